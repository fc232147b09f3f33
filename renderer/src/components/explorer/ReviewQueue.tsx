// The statements whose attribution is a guess, across the library, to confirm, give the right speaker or reject
// one after another from the keyboard: J/K or the arrows move, C confirms, E or Enter changes the speaker, R
// rejects, N skips to the next, O opens the clip at the statement. A confirmed or rejected statement leaves the queue
// and the next one is selected; the toast's Undo puts it back. The queue comes in pages (reviewPaging.ts): "Show
// more" or moving past the last loaded item fetches the next one.
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ReviewItem, StatementSearchHit } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { formatCount, formatPublished } from '../../format';
import { useToast } from '../Toasts';
import { REVIEW_PAGE, reviewStep, shownOf } from './reviewPaging';

export const reviewKey = ['statements', 'review'] as const;

/** Where a statement is, enough to open its clip at it in the reader. */
export type StatementPlace = Pick<StatementSearchHit, 'articleId' | 'start'>;

/** The queue's pages loaded so far and its total; the Explorer's tab badge reads the same query. */
export function useReviewQueue() {
  return useInfiniteQuery({
    queryKey: reviewKey,
    queryFn: ({ pageParam }) => call('statements.review', { cursor: pageParam, limit: REVIEW_PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

function Context({ item }: { item: ReviewItem }) {
  return (
    <p className="review-context" dir="auto">
      {item.context.slice(0, item.contextStart)}
      <mark className="review-words">{item.context.slice(item.contextStart, item.contextEnd)}</mark>
      {item.context.slice(item.contextEnd)}
    </p>
  );
}

export function ReviewQueue({ onOpen }: { onOpen(place: StatementPlace): void }) {
  const queue = useReviewQueue();
  const client = useQueryClient();
  const toast = useToast();
  const listRef = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  // After the last item leaves the queue the selection falls back to the one before it.
  const current = items[Math.min(index, items.length - 1)];

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [index]);

  const refresh = () => client.invalidateQueries({ queryKey: ['statements'] });
  const judge = async (item: ReviewItem, status: 'confirmed' | 'rejected') => {
    try {
      await call('statements.correct', { id: item.id, status });
      await refresh();
      toast({
        message: status === 'confirmed' ? 'Attribution confirmed.' : 'Marked as not a statement.',
        action: { label: 'Undo', run: () => void call('statements.correct', { id: item.id, status: 'found' }).then(refresh) },
      });
    } catch (error) {
      toast({ message: errorMessage(error), tone: 'error' });
    }
  };
  const saveSpeaker = async (item: ReviewItem) => {
    setEditing(null);
    listRef.current?.focus();
    try {
      await call('statements.correct', { id: item.id, speaker: draft.trim() === '' ? null : draft });
      await refresh();
      toast({ message: 'Speaker corrected.' });
    } catch (error) {
      toast({ message: errorMessage(error), tone: 'error' });
    }
  };
  const startEditing = (item: ReviewItem) => {
    setDraft(item.speakerName ?? '');
    setEditing(item.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || !current || e.metaKey || e.ctrlKey || e.altKey) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const move = (by: number) => {
      const step = reviewStep(Math.min(index, items.length - 1), by, items.length, queue.hasNextPage);
      if (!step.loadMore) return setIndex(step.index);
      // Select the first item of the next page once it is there; a second key press meanwhile asks nothing more.
      if (!queue.isFetchingNextPage) void queue.fetchNextPage().then(() => setIndex(step.index));
    };
    const actions: Record<string, () => void> = {
      j: () => move(1),
      n: () => move(1),
      ArrowDown: () => move(1),
      k: () => move(-1),
      ArrowUp: () => move(-1),
      c: () => void judge(current, 'confirmed'),
      r: () => void judge(current, 'rejected'),
      e: () => startEditing(current),
      Enter: () => startEditing(current),
      o: () => onOpen(current),
    };
    const action = actions[key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  if (queue.isPending) return <div className="empty">Loading…</div>;
  if (queue.isError) return <div className="empty">The review queue could not be loaded: {queue.error.message}</div>;
  if (items.length === 0) {
    return (
      <div className="empty">
        <h2>Nothing to review</h2>
        <p>Every statement whose speaker was guessed has been confirmed, corrected or rejected.</p>
      </div>
    );
  }
  const total = queue.data.pages[0]?.total ?? items.length;
  return (
    <div className="review-queue">
      <p className="review-help">
        {formatCount(total)} {total === 1 ? 'statement needs' : 'statements need'} review{total > items.length ? ` (${shownOf(items.length, total)} shown)` : ''}. J/K move, C
        confirms, E changes the speaker, R rejects, N skips, O opens the clip.
      </p>
      <div ref={listRef} className="review-list st-list" role="listbox" aria-label="Statements to review" tabIndex={0} onKeyDown={onKeyDown} aria-activedescendant={current ? `review-${current.id}` : undefined}>
        {items.map((item, i) => (
          <div key={item.id} id={`review-${item.id}`} role="option" aria-selected={item === current} className={`review-item${item === current ? ' selected' : ''}`} onClick={() => setIndex(i)}>
            <div className="st-meta">
              <span className="st-speaker">{item.official ?? item.speakerName ?? 'Unknown speaker'}</span>
              <span className="needs-review">Needs review</span>
              <span className="st-kind">{item.kind === 'direct' ? 'quotation' : 'reported'}</span>
              <span className="st-date">{formatPublished(item.publishedAt)}</span>
            </div>
            <Context item={item} />
            <div className="st-source">
              <span className="st-title" dir="auto">
                {item.articleTitle}
              </span>
            </div>
            {editing === item.id ? (
              <form
                className="review-speaker"
                onSubmit={(e) => {
                  e.preventDefault();
                  void saveSpeaker(item);
                }}
              >
                <input
                  autoFocus
                  value={draft}
                  aria-label="Speaker"
                  onChange={(e) => setDraft(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      setEditing(null);
                      listRef.current?.focus();
                    }
                  }}
                />
                <button type="submit" className="button">
                  Save
                </button>
              </form>
            ) : (
              item === current && (
                <div className="review-actions">
                  <button type="button" className="link-button inline" onClick={() => void judge(item, 'confirmed')}>
                    Confirm (C)
                  </button>
                  <button type="button" className="link-button inline" onClick={() => startEditing(item)}>
                    Change speaker (E)
                  </button>
                  <button type="button" className="link-button inline" onClick={() => void judge(item, 'rejected')}>
                    Not a statement (R)
                  </button>
                  <button type="button" className="link-button inline" onClick={() => onOpen(item)}>
                    Open clip (O)
                  </button>
                </div>
              )
            )}
          </div>
        ))}
      </div>
      {queue.hasNextPage && (
        <div className="review-more">
          <span>{shownOf(items.length, total)}</span>
          <button type="button" className="button" disabled={queue.isFetchingNextPage} onClick={() => void queue.fetchNextPage()}>
            {queue.isFetchingNextPage ? 'Loading…' : `Show ${formatCount(Math.min(REVIEW_PAGE, total - items.length))} more`}
          </button>
        </div>
      )}
    </div>
  );
}
