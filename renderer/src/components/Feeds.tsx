// Feeds: the list of feeds followed, a field to follow another, and the chosen feed's settings and state.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FeedInfo } from '../../../electron/api/types';
import { call, errorMessage } from '../api/client';
import { invalidateLibrary, keys } from '../api/queries';
import { formatCount } from '../format';
import { useToast } from './Toasts';

export const feedKeys = { all: keys.feeds };

export function useFeeds() {
  return useQuery({ queryKey: feedKeys.all, queryFn: () => call('feeds.list', {}) });
}

function ago(iso: string | null): string {
  if (!iso) return 'never';
  const minutes = Math.round((Date.now() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : new Date(iso).toLocaleDateString();
}

export function FeedsPane({ selectedId, onSelect }: { selectedId: string | null; onSelect(id: string): void }) {
  const client = useQueryClient();
  const toast = useToast();
  const feeds = useFeeds();
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const follow = async () => {
    if (address.trim() === '' || busy) return;
    setBusy(true);
    setError(null);
    try {
      const { feed, poll } = await call('feeds.subscribe', { url: address.trim() });
      setAddress('');
      void client.invalidateQueries({ queryKey: feedKeys.all });
      invalidateLibrary(client);
      onSelect(feed.id);
      toast({ message: `Following ${feed.title ?? feed.url}: ${poll.imported} new clip${poll.imported === 1 ? '' : 's'}.` });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="feeds-pane">
      <form
        className="feed-add"
        onSubmit={(e) => {
          e.preventDefault();
          void follow();
        }}
      >
        <label className="field">
          <span className="field-label">Follow a feed</span>
          <input type="url" value={address} placeholder="https://… (a feed, or a site that has one)" onChange={(e) => setAddress(e.target.value)} aria-describedby="feed-add-error" />
        </label>
        <button type="submit" className="button primary" disabled={busy || address.trim() === ''}>
          {busy ? 'Checking…' : 'Follow'}
        </button>
        {error && (
          <p id="feed-add-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {feeds.data && feeds.data.length === 0 && (
        <div className="empty">
          <h2>No feeds yet</h2>
          <p>Give the address of an RSS or Atom feed, or of a news site that offers one. Verbatim checks it on a schedule and clips what is new, fetching full articles when the feed has only summaries.</p>
        </div>
      )}
      <ul className="feed-list" role="listbox" aria-label="Feeds">
        {feeds.data?.map((feed) => (
          <li key={feed.id} role="option" aria-selected={feed.id === selectedId} className={`list-row static${feed.id === selectedId ? ' selected' : ''}`} onClick={() => onSelect(feed.id)}>
            <div className="row-title">{feed.title ?? feed.url}</div>
            <div className="row-meta">
              {formatCount(feed.clipCount)} clips · checked {ago(feed.lastPolledAt)}
              {feed.paused ? ' · paused' : ''}
            </div>
            {feed.lastError ? <div className="row-excerpt row-error">{feed.lastError}</div> : <div className="row-excerpt">{feed.url}</div>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FeedDetail({ feed, onRemoved }: { feed: FeedInfo | undefined; onRemoved(): void }) {
  const client = useQueryClient();
  const toast = useToast();
  const [checking, setChecking] = useState(false);
  if (!feed) {
    return (
      <div className="reader-empty">
        <p className="reader-empty-title">No feed selected</p>
        <p>Choose a feed to see when it was last checked, change how often, or check it now.</p>
      </div>
    );
  }
  const refresh = () => void client.invalidateQueries({ queryKey: feedKeys.all });
  const update = (changes: { pollMinutes?: number; paused?: boolean }) =>
    call('feeds.update', { id: feed.id, ...changes })
      .then(refresh)
      .catch((err: unknown) => toast({ tone: 'error', message: errorMessage(err) }));
  const check = async () => {
    setChecking(true);
    try {
      const r = await call('feeds.poll', { id: feed.id });
      refresh();
      invalidateLibrary(client);
      toast({
        tone: r.error ? 'error' : 'info',
        message: r.error ? `${r.title}: ${r.error}` : r.notModified ? `${r.title} has not changed.` : `${r.title}: ${r.imported} new clip${r.imported === 1 ? '' : 's'}${r.failed.length ? `, ${r.failed.length} failed` : ''}.`,
      });
    } catch (err) {
      toast({ tone: 'error', message: errorMessage(err) });
    } finally {
      setChecking(false);
    }
  };
  return (
    <article className="reader" aria-label="Feed">
      <header className="reader-header">
        <div className="reader-meta">
          <span>Feed</span>
          <span aria-hidden="true">·</span>
          <span>since {new Date(feed.createdAt).toLocaleDateString()}</span>
        </div>
        <h1 className="reader-title">{feed.title ?? feed.url}</h1>
        <p className="provisional">{feed.url}</p>
      </header>
      <dl className="feed-facts">
        <dt>Last checked</dt>
        <dd>{ago(feed.lastPolledAt)}</dd>
        <dt>Items seen</dt>
        <dd>
          {formatCount(feed.itemCount)} ({formatCount(feed.clipCount)} clipped)
        </dd>
        {feed.lastError && (
          <>
            <dt>Last error</dt>
            <dd className="field-error">{feed.lastError}</dd>
          </>
        )}
        <dt>
          <label htmlFor="feed-interval">Check every</label>
        </dt>
        <dd>
          <select id="feed-interval" value={feed.pollMinutes} onChange={(e) => void update({ pollMinutes: Number(e.target.value) })}>
            {[15, 30, 60, 180, 360, 720, 1440].concat([feed.pollMinutes]).filter((v, i, all) => all.indexOf(v) === i).sort((a, b) => a - b).map((m) => (
              <option key={m} value={m}>
                {m < 60 ? `${m} minutes` : m === 60 ? 'hour' : m < 1440 ? `${m / 60} hours` : 'day'}
              </option>
            ))}
          </select>
        </dd>
      </dl>
      <div className="reader-actions">
        <button type="button" className="button primary" onClick={() => void check()} disabled={checking}>
          {checking ? 'Checking…' : 'Check now'}
        </button>
        <button type="button" className="button" onClick={() => void update({ paused: !feed.paused })}>
          {feed.paused ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          className="button subtle"
          onClick={() =>
            call('feeds.remove', { id: feed.id })
              .then(() => {
                refresh();
                onRemoved();
                toast({ message: `No longer following ${feed.title ?? feed.url}; its clips stay in the library.` });
              })
              .catch((err: unknown) => toast({ tone: 'error', message: errorMessage(err) }))
          }
        >
          Stop following
        </button>
      </div>
    </article>
  );
}

