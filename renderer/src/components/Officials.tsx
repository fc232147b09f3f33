// The registry of officials: proposals from the clips to accept, every spelling of each name, their roles, and
// what each said, newest first.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { OfficialSummary } from '../../../electron/api/types';
import { call, errorMessage } from '../api/client';
import { countOf, formatCount, formatPublished } from '../format';
import { AddOfficialDialog } from './AddOfficialDialog';
import { speakerHue } from './ArticleText';
import { EditableText } from './EditableText';
import { ExportOfficialsDialog } from './officials/ExportOfficialsDialog';
import { ImportOfficialsDialog } from './officials/ImportOfficialsDialog';
import { useRegistryUndo } from './officials/useRegistryUndo';
import { useToast } from './Toasts';

export const officialKeys = { all: ['officials', 'list'] as const, one: (id: string) => ['officials', 'one', id] as const, timeline: (id: string) => ['officials', 'timeline', id] as const };

export function useOfficials() {
  return useQuery({ queryKey: officialKeys.all, queryFn: () => call('officials.list', {}) });
}

export function OfficialsPane({ selectedId, onSelect }: { selectedId: string | null; onSelect(id: string): void }) {
  const officials = useOfficials();
  const [adding, setAdding] = useState(false);
  const [transfer, setTransfer] = useState<'import' | 'export' | null>(null);
  const groups: Array<[string, OfficialSummary[]]> = [
    ['Proposed from your clips', officials.data?.filter((o) => o.status === 'proposed') ?? []],
    ['In the registry', officials.data?.filter((o) => o.status === 'accepted') ?? []],
  ];
  return (
    <div className="feeds-pane">
      <div className="officials-toolbar">
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add official…
        </button>
        <button type="button" className="button" onClick={() => setTransfer('import')}>
          Import…
        </button>
        <button type="button" className="button" onClick={() => setTransfer('export')}>
          Export…
        </button>
      </div>
      <AddOfficialDialog open={adding} onClose={() => setAdding(false)} onAdded={(official) => onSelect(official.id)} />
      <ImportOfficialsDialog open={transfer === 'import'} onClose={() => setTransfer(null)} />
      <ExportOfficialsDialog open={transfer === 'export'} onClose={() => setTransfer(null)} />
      {officials.data && officials.data.length === 0 && (
        <div className="empty">
          <h2>No officials yet</h2>
          <p>When a clip introduces someone with their title (“Hikmet Hajiyev, Assistant to the President of Azerbaijan, said”), Verbatim proposes them here. Accept them to follow what they say across your clips, in every spelling, or add them yourself.</p>
        </div>
      )}
      {groups
        .filter(([, list]) => list.length > 0)
        .map(([label, list]) => (
          <section key={label}>
            <h3 className="group-label">{label}</h3>
            <ul className="feed-list" role="listbox" aria-label={label}>
              {list.map((o) => (
                <li key={o.id} role="option" aria-selected={o.id === selectedId} className={`list-row static${o.id === selectedId ? ' selected' : ''}`} onClick={() => onSelect(o.id)}>
                  <div className="row-title">
                    <span className={`dot hue-${speakerHue(o.canonicalName)}`} aria-hidden="true" /> {o.canonicalName}
                  </div>
                  <div className="row-meta">{countOf(o.statementCount, 'statement', 'statements')}</div>
                  <div className="row-excerpt">{o.role ?? 'No role on record'}</div>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}

export function OfficialDetailView({ id, onOpenArticle, onRemoved }: { id: string | null; onOpenArticle(articleId: string): void; onRemoved(): void }) {
  const client = useQueryClient();
  const toast = useToast();
  const offerUndo = useRegistryUndo();
  const detail = useQuery({ queryKey: officialKeys.one(id ?? ''), queryFn: () => call('officials.get', { id: id! }), enabled: id !== null });
  const timeline = useQuery({ queryKey: officialKeys.timeline(id ?? ''), queryFn: () => call('officials.timeline', { id: id! }), enabled: id !== null });
  const all = useOfficials();
  const [alias, setAlias] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const [role, setRole] = useState({ title: '', from: '', to: '' });
  if (!id) {
    return (
      <div className="reader-empty">
        <p className="reader-empty-title">No official selected</p>
        <p>Choose someone to see every spelling of their name, their roles, and what they said.</p>
      </div>
    );
  }
  if (!detail.data) return <div className="reader-empty" aria-busy="true" />;
  const o = detail.data;
  const refresh = () => void client.invalidateQueries({ queryKey: ['officials'] });
  // Resolves to whether it worked, so a form keeps what was typed when the change is refused.
  // `leave` runs at once: a removed or merged official must be deselected first, or the open detail view asks for
  // it again (404) while the ['officials'] queries reload. A removal or merge answers with the token its Undo needs;
  // the toast offers it instead of a plain message.
  const act = (p: Promise<unknown>, message: string, leave?: () => void): Promise<boolean> => {
    if (leave) {
      // Before the answer: the change's announcement (library.changed) may come first and reload every ['officials']
      // query. The official's own queries are dropped, not reloaded; a refusal says so in a toast.
      leave();
      client.removeQueries({ predicate: (q) => q.queryKey[0] === 'officials' && q.queryKey[2] === o.id });
    }
    return p
      .then((result) => {
        if (leave) void client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'officials' && q.queryKey[2] !== o.id });
        else refresh();
        void client.invalidateQueries({ queryKey: ['statements'] });
        const undoToken = result !== null && typeof result === 'object' && 'undoToken' in result ? result.undoToken : undefined;
        if (typeof undoToken === 'string') offerUndo(undoToken, message);
        else toast({ message });
        return true;
      })
      .catch((err: unknown) => {
        toast({ tone: 'error', message: errorMessage(err) });
        return false;
      });
  };

  // Edits report their errors beside the field (EditableText keeps what was typed); success says so once.
  const save = async (changes: { canonicalName?: string; country?: string | null; organization?: string | null }, message: string) => {
    await call('officials.update', { id: o.id, ...changes });
    refresh();
    toast({ message });
  };

  return (
    <article className="reader" aria-label="Official">
      <header className="reader-header">
        <div className="reader-meta">
          <span>{o.status === 'proposed' ? 'Proposed official' : 'Official'}</span>
        </div>
        <h1 className="reader-title">
          <EditableText label="Name" value={o.canonicalName} placeholder="Name" onSave={(v) => save({ canonicalName: v }, 'Renamed; the old name stays as a spelling.')} />
        </h1>
        <div className="reader-meta">
          <EditableText label="Country" value={o.country ?? ''} placeholder="Add country" onSave={(v) => save({ country: v || null }, 'Country saved.')} />
          <span aria-hidden="true">·</span>
          <EditableText label="Organization" value={o.organization ?? ''} placeholder="Add organization" onSave={(v) => save({ organization: v || null }, 'Organization saved.')} />
        </div>
        <div className="reader-actions">
          {o.status === 'proposed' && (
            <button type="button" className="button primary" onClick={() => void act(call('officials.accept', { id: o.id }), `${o.canonicalName} is in the registry.`)}>
              Accept into the registry
            </button>
          )}
          <button
            type="button"
            className="button subtle"
            onClick={() =>
              void act(call('officials.remove', { id: o.id }), `${o.canonicalName} was removed from the registry; the statements stay.`, onRemoved)
            }
          >
            Remove
          </button>
        </div>
      </header>
      <section className="official-section">
        <h2>Roles</h2>
        <ul className="alias-list">
          {o.roles.map((r) => (
            <li key={r.id}>
              <span>
                {r.title}
                {(r.validFrom || r.validTo) && (
                  <span className="hint-text">
                    {' '}
                    ({r.validFrom ? formatPublished(r.validFrom) : '…'} – {r.validTo ? formatPublished(r.validTo) : 'now'})
                  </span>
                )}
              </span>
              <button type="button" className="link-button inline" onClick={() => void act(call('officials.removeRole', { id: o.id, roleId: r.id }), 'Role removed.')}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (role.title.trim() === '') return;
            void act(call('officials.addRole', { id: o.id, title: role.title, validFrom: role.from || null, validTo: role.to || null }), 'Role added.').then((ok) => {
              if (ok) setRole({ title: '', from: '', to: '' });
            });
          }}
        >
          <input value={role.title} onChange={(e) => setRole({ ...role, title: e.target.value })} placeholder="A role (Minister of Foreign Affairs)" aria-label="Role" />
          <input className="date-input" value={role.from} onChange={(e) => setRole({ ...role, from: e.target.value })} placeholder="from YYYY-MM-DD" aria-label="Role from" />
          <input className="date-input" value={role.to} onChange={(e) => setRole({ ...role, to: e.target.value })} placeholder="to YYYY-MM-DD" aria-label="Role to" />
          <button type="submit" className="button">
            Add role
          </button>
        </form>
      </section>
      <section className="official-section">
        <h2>Names</h2>
        <ul className="alias-list">
          {o.aliases.map((a) => (
            <li key={a.id}>
              <span dir="auto">{a.alias}</span>
              {o.aliases.length > 1 && (
                <button type="button" className="link-button inline" onClick={() => void act(call('officials.splitAlias', { aliasId: a.id }), `${a.alias} is now an official of their own.`)}>
                  Split off
                </button>
              )}
            </li>
          ))}
        </ul>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (alias.trim() === '') return;
            void act(call('officials.addAlias', { id: o.id, alias }), `Added the spelling ${alias}.`).then((ok) => {
              if (ok) setAlias('');
            });
          }}
        >
          <input value={alias} onChange={(e) => setAlias(e.target.value)} placeholder="Another spelling (Hikmət Hacıyev, Хикмет Гаджиев)" aria-label="Another spelling" />
          <button type="submit" className="button">
            Add spelling
          </button>
        </form>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!mergeInto) return;
            const into = all.data?.find((x) => x.id === mergeInto)?.canonicalName ?? 'the other official';
            void act(call('officials.merge', { fromId: o.id, intoId: mergeInto }), `${o.canonicalName} was merged into ${into}.`, onRemoved);
          }}
        >
          <select value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} aria-label="Merge into">
            <option value="">Merge into another official…</option>
            {all.data
              ?.filter((x) => x.id !== o.id)
              .map((x) => (
                <option key={x.id} value={x.id}>
                  {x.canonicalName}
                </option>
              ))}
          </select>
          <button type="submit" className="button" disabled={!mergeInto}>
            Merge
          </button>
        </form>
      </section>
      <section className="official-section">
        <h2>What {o.canonicalName} said ({formatCount(timeline.data?.length ?? 0)})</h2>
        <ol className="timeline">
          {timeline.data?.map((t) => (
            <li key={t.id}>
              <div className="timeline-meta">
                {formatPublished(t.publishedAt)} · {t.outlet ?? 'Unknown outlet'} · {t.kind === 'direct' ? 'quotation' : 'reported'}
              </div>
              <button type="button" className="timeline-text" onClick={() => onOpenArticle(t.articleId)} title={t.articleTitle}>
                {t.kind === 'direct' ? `“${t.text}”` : t.text}
              </button>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
