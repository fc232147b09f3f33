// The statements of the open clip: speaker, kind, cue and status, corrected in place. A selection in the text
// can be added as a statement. Each statement carries its own tone, tags and topics, compactly.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ArticleOrganization, StatementInfo } from '../../../electron/api/types';
import { TargetOrganize } from './reader/OrganizeStrip';
import { SpeakerKindTag } from './explorer/SpeakerKindTag';
import { call, errorMessage } from '../api/client';
import { speakerHue } from './ArticleText';
import { useToast } from './Toasts';

/** The kinds a person can give a speaker: "unknown" is what no speaker is, not a choice. */
type ChosenSpeakerKind = Exclude<StatementInfo['speakerKind'], 'unknown'>;

interface Props {
  articleId: string;
  statements: StatementInfo[];
  activeId: string | null;
  onActivate(id: string | null): void;
  officialNames: string[];
  selection: { start: number; end: number } | null;
  onAdded(): void;
  /** Tone, tags and topics per statement; absent while they load. */
  organization?: ArticleOrganization['statements'] | undefined;
}

const STATUS_LABEL: Record<StatementInfo['status'], string> = { found: 'found', confirmed: 'confirmed', corrected: 'corrected', rejected: 'rejected' };

export function StatementsPanel({ articleId, statements, activeId, onActivate, officialNames, selection, onAdded, organization }: Props) {
  const client = useQueryClient();
  const toast = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [draftKind, setDraftKind] = useState<ChosenSpeakerKind>('person');
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['statements', articleId] });
    void client.invalidateQueries({ queryKey: ['officials'] });
  };
  const act = (promise: Promise<unknown>, done?: string) =>
    promise
      .then(() => {
        refresh();
        if (done) toast({ message: done });
      })
      .catch((err: unknown) => toast({ tone: 'error', message: errorMessage(err) }));

  // A speaker corrected on one statement is offered to the others the machine attributed through the same chain of
  // mentions ("Hajiyev", "he", "the presidential aide"), in one step that can be undone.
  const correctSpeaker = async (s: StatementInfo, speaker: string | null, speakerKind: ChosenSpeakerKind) => {
    try {
      const siblings = await call('statements.sameChain', { id: s.id });
      await call('statements.correct', { id: s.id, speaker, speakerKind });
      refresh();
      if (siblings.length === 0) {
        toast({ message: 'Speaker corrected.' });
        return;
      }
      const was = s.speakerName ?? s.speakerMention ?? 'no speaker';
      toast({
        message: `Speaker corrected. ${siblings.length === 1 ? '1 other statement' : `${siblings.length} other statements`} in this clip ${siblings.length === 1 ? 'was' : 'were'} attributed through the same mentions (${was}).`,
        action: {
          label: siblings.length === 1 ? 'Change it too' : `Change all ${siblings.length}`,
          run: () => void changeChain(s.id, speaker, speakerKind, siblings),
        },
      });
    } catch (err) {
      toast({ tone: 'error', message: errorMessage(err) });
    }
  };
  const changeChain = async (id: string, speaker: string | null, speakerKind: ChosenSpeakerKind, before: StatementInfo[]) => {
    try {
      const changed = await call('statements.correctChain', { id, speaker, speakerKind });
      refresh();
      toast({
        message: `${changed.length === 1 ? '1 more statement' : `${changed.length} more statements`} now attributed to ${speaker ?? 'no speaker'}.`,
        action: {
          label: 'Undo',
          // Each goes back to the speaker and kind the machine gave it, still waiting for a person's check.
          run: () =>
            void Promise.all(
              before.map((b) => call('statements.correct', { id: b.id, speaker: b.speakerName, ...(b.speakerKind !== 'unknown' && { speakerKind: b.speakerKind }), status: 'found' })),
            )
              .then(refresh)
              .catch((err: unknown) => toast({ tone: 'error', message: `Could not undo: ${errorMessage(err)}` })),
        },
      });
    } catch (err) {
      toast({ tone: 'error', message: errorMessage(err) });
    }
  };

  const shown = statements.filter((s) => s.status !== 'rejected');
  const active = statements.find((s) => s.id === activeId);
  const rejected = statements.length - shown.length;
  // The statement right after this one by the same speaker (a quotation cut in two by its attribution), which a
  // merge would join to it.
  const next = (s: StatementInfo) => {
    const following = shown.filter((o) => o.start >= s.end).sort((a, b) => a.start - b.start)[0];
    const adjacent = following !== undefined && following.start - s.end <= 80;
    return adjacent && following.speakerName === s.speakerName && s.status !== 'rejected' ? following : undefined;
  };

  return (
    <section className="statements-panel" aria-label="Statements">
      <header className="statements-head">
        <h2>
          Statements <span className="count">{shown.length}</span>
        </h2>
        {selection && active && (
          <>
            <button type="button" className="button" onClick={() => void act(call('statements.correct', { id: active.id, start: selection.start, end: selection.end }), 'The statement now covers your selection.').then(onAdded)}>
              Fit the chosen statement to the selection
            </button>
            {selection.start > active.start && selection.start < active.end && (
              <button type="button" className="button" onClick={() => void act(call('statements.split', { id: active.id, at: selection.start }), 'Split in two.').then(onAdded)}>
                Split it where the selection starts
              </button>
            )}
          </>
        )}
        {selection && (
          <button
            type="button"
            className="button primary"
            onClick={() => {
              void act(call('statements.add', { articleId, start: selection.start, end: selection.end, speaker: null }), 'Statement added from your selection.');
              onAdded();
            }}
          >
            Add the selection as a statement
          </button>
        )}
      </header>
      {shown.length === 0 && <p className="hint-text">No statements found. Select words in the text to add one.</p>}
      <ol className="statement-list">
        {statements.map((s) => (
          <li
            key={s.id}
            className={`statement-item${s.id === activeId ? ' active' : ''}${s.status === 'rejected' ? ' rejected' : ''}`}
            onClick={() => onActivate(s.id)}
            aria-current={s.id === activeId}
          >
            <div className="statement-meta">
              {editing === s.id ? (
                <form
                  className="speaker-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    setEditing(null);
                    void correctSpeaker(s, draft.trim() === '' ? null : draft, draftKind);
                  }}
                >
                  <input
                    autoFocus
                    list="official-names"
                    value={draft}
                    aria-label="Speaker"
                    onChange={(e) => setDraft(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') setEditing(null);
                    }}
                  />
                  <select aria-label="Person, institution or anonymous source" value={draftKind} onChange={(e) => setDraftKind(e.target.value as ChosenSpeakerKind)}>
                    <option value="person">Person</option>
                    <option value="institution">Institution</option>
                    <option value="anonymous">Anonymous source</option>
                  </select>
                  <button type="submit" className="button">
                    Save
                  </button>
                </form>
              ) : (
                <button
                  type="button"
                  className={`speaker-chip hue-${speakerHue(s.speakerName)}`}
                  title="Change the speaker"
                  onClick={(e) => {
                    e.stopPropagation();
                    setDraft(s.speakerName ?? '');
                    setDraftKind(s.speakerKind === 'unknown' ? 'person' : s.speakerKind);
                    setEditing(s.id);
                  }}
                >
                  {s.speakerName ?? 'Unknown speaker'}
                </button>
              )}
              <span className="statement-kind">{s.kind === 'direct' ? 'quotation' : 'reported'}</span>
              {s.cue && <span className="statement-cue">“{s.cue}”</span>}
              {s.official && s.official !== s.speakerName && <span className="statement-official">{s.official}</span>}
              <span className={`statement-status status-${s.status}`}>{STATUS_LABEL[s.status]}</span>
              <SpeakerKindTag kind={s.speakerKind} speaker={s.speakerName} />
              {s.needsReview && <span className="needs-review">Needs review</span>}
            </div>
            <p className="statement-text" dir="auto">
              {s.text.length > 220 ? `${s.text.slice(0, 220)}…` : s.text}
            </p>
            {s.status !== 'rejected' && organization?.[s.id] && (
              <TargetOrganize kind="statement" id={s.id} articleId={articleId} compact tone={organization[s.id]!.tone} tags={organization[s.id]!.tags} topics={organization[s.id]!.topics} />
            )}
            <div className="statement-actions">
              {s.status !== 'confirmed' && s.status !== 'rejected' && (
                <button type="button" className="link-button inline" onClick={(e) => (e.stopPropagation(), void act(call('statements.correct', { id: s.id, status: 'confirmed' })))}>
                  Confirm
                </button>
              )}
              {next(s) && (
                <button
                  type="button"
                  className="link-button inline"
                  title="One statement that the machine cut in two"
                  onClick={(e) => (e.stopPropagation(), void act(call('statements.merge', { ids: [s.id, next(s)!.id] }), 'Merged with the next statement.'))}
                >
                  Merge with the next
                </button>
              )}
              {s.status !== 'rejected' ? (
                <button type="button" className="link-button inline" onClick={(e) => (e.stopPropagation(), void act(call('statements.correct', { id: s.id, status: 'rejected' }), 'Marked as not a statement.'))}>
                  Not a statement
                </button>
              ) : (
                <button type="button" className="link-button inline" onClick={(e) => (e.stopPropagation(), void act(call('statements.correct', { id: s.id, status: 'found' })))}>
                  Restore
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {rejected > 0 && <p className="hint-text">{rejected} marked as not a statement (kept, so they are not found again).</p>}
      <datalist id="official-names">
        {officialNames.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
    </section>
  );
}
