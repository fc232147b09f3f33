// The statements of the open clip: speaker, kind, cue and status, corrected in place. A selection in the text
// can be added as a statement. A long list is rendered a few cards at a time around what is in view.
import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { ArticleOrganization, StatementInfo } from '../../../electron/api/types';
import { call, errorMessage } from '../api/client';
import { StatementCard, type ChosenSpeakerKind, type StatementActions } from './reader/StatementCard';
import { useToast } from './Toasts';

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

/** Up to this many cards everything is rendered at once. */
const RENDER_ALL_UP_TO = 60;
const CARD_ESTIMATE_PX = 118;

export function StatementsPanel({ articleId, statements, activeId, onActivate, officialNames, selection, onAdded, organization }: Props) {
  const client = useQueryClient();
  const toast = useToast();
  const scrollRef = useRef<HTMLDivElement>(null);
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
  const actions: StatementActions = {
    correctSpeaker: (s, speaker, kind) => void correctSpeaker(s, speaker, kind),
    confirm: (s) => void act(call('statements.correct', { id: s.id, status: 'confirmed' })),
    reject: (s) => void act(call('statements.correct', { id: s.id, status: 'rejected' }), 'Marked as not a statement.'),
    restore: (s) => void act(call('statements.correct', { id: s.id, status: 'found' })),
    merge: (s, next) => void act(call('statements.merge', { ids: [s.id, next.id] }), 'Merged with the next statement.'),
  };

  const shown = useMemo(() => statements.filter((s) => s.status !== 'rejected').sort((a, b) => a.start - b.start), [statements]);
  const active = statements.find((s) => s.id === activeId);
  const rejected = statements.length - shown.length;
  // The statement right after each by the same speaker (a quotation cut in two by its attribution), which a merge
  // would join to it; found in one pass over the statements in reading order.
  const mergeable = useMemo(() => {
    const map = new Map<string, StatementInfo>();
    for (let i = 0; i + 1 < shown.length; i++) {
      const s = shown[i]!;
      const following = shown[i + 1]!;
      if (following.start >= s.end && following.start - s.end <= 80 && following.speakerName === s.speakerName) map.set(s.id, following);
    }
    return map;
  }, [shown]);

  const partial = statements.length > RENDER_ALL_UP_TO;
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: partial ? statements.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ESTIMATE_PX,
    overscan: 6,
  });
  const activeIndex = statements.findIndex((s) => s.id === activeId);
  // The chosen statement (clicked in the text, or opened from the explorer) is brought into the list's view, by
  // scrolling the list alone: the text beside it stays where the reader is.
  useEffect(() => {
    if (activeIndex < 0) return;
    if (partial) {
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
      return;
    }
    const box = scrollRef.current;
    const card = box?.querySelector<HTMLElement>(`[data-statement-index="${activeIndex}"]`);
    if (!box || !card) return;
    const top = card.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + card.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - 8);
  }, [activeIndex, partial, virtualizer]);

  const card = (s: StatementInfo) => (
    <StatementCard
      statement={s}
      articleId={articleId}
      active={s.id === activeId}
      mergeable={s.status === 'rejected' ? undefined : mergeable.get(s.id)}
      organization={organization?.[s.id]}
      actions={actions}
      onActivate={onActivate}
    />
  );

  return (
    <section className="statements-panel" aria-label="Statements">
      {selection && (
        <div className="statements-head">
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
          {active && (
            <button type="button" className="button" onClick={() => void act(call('statements.correct', { id: active.id, start: selection.start, end: selection.end }), 'The statement now covers your selection.').then(onAdded)}>
              Fit the chosen statement to the selection
            </button>
          )}
          {active && selection.start > active.start && selection.start < active.end && (
            <button type="button" className="button" onClick={() => void act(call('statements.split', { id: active.id, at: selection.start }), 'Split in two.').then(onAdded)}>
              Split it where the selection starts
            </button>
          )}
        </div>
      )}
      {shown.length === 0 && <p className="hint-text">No statements found. Select words in the text to add one.</p>}
      <div className="statement-scroll" ref={scrollRef}>
        {partial ? (
          <ol className="statement-list partial" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => (
              <li key={statements[item.index]!.id} data-index={item.index} data-statement-index={item.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${item.start}px)` }}>
                {card(statements[item.index]!)}
              </li>
            ))}
          </ol>
        ) : (
          <ol className="statement-list">
            {statements.map((s, index) => (
              <li key={s.id} data-statement-index={index}>
                {card(s)}
              </li>
            ))}
          </ol>
        )}
      </div>
      {rejected > 0 && <p className="hint-text">{rejected} marked as not a statement (kept, so they are not found again).</p>}
      <datalist id="official-names">
        {officialNames.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
    </section>
  );
}
