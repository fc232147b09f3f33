// One statement in the reader's list: who said it (a chip that changes the speaker), how (quotation or reported,
// the cue), its status, the words, and one set of actions. The statement's own tone, tags and topics are shown on
// the chosen card only, so a long list stays a list of statements rather than a wall of controls.
import { useState, type MouseEvent } from 'react';
import type { ArticleOrganization, StatementInfo } from '../../../../electron/api/types';
import { speakerHue } from '../ArticleText';
import { SpeakerKindTag } from '../explorer/SpeakerKindTag';
import { TargetOrganize } from './OrganizeStrip';

/** The kinds a person can give a speaker: "unknown" is what no speaker is, not a choice. */
export type ChosenSpeakerKind = Exclude<StatementInfo['speakerKind'], 'unknown'>;

export interface StatementActions {
  correctSpeaker(s: StatementInfo, speaker: string | null, kind: ChosenSpeakerKind): void;
  confirm(s: StatementInfo): void;
  reject(s: StatementInfo): void;
  restore(s: StatementInfo): void;
  merge(s: StatementInfo, next: StatementInfo): void;
}

interface Props {
  statement: StatementInfo;
  articleId: string;
  active: boolean;
  /** The statement right after it by the same speaker, which a merge would join to it. */
  mergeable: StatementInfo | undefined;
  organization: ArticleOrganization['statements'][string] | undefined;
  actions: StatementActions;
  onActivate(id: string): void;
}

const STATUS_LABEL: Record<StatementInfo['status'], string> = { found: 'found', confirmed: 'confirmed', corrected: 'corrected', rejected: 'rejected' };

export function StatementCard({ statement: s, articleId, active, mergeable, organization, actions, onActivate }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [draftKind, setDraftKind] = useState<ChosenSpeakerKind>('person');
  const rejected = s.status === 'rejected';
  // Buttons inside the card act on the statement without also re-choosing the card.
  const quiet = (run: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    run();
  };

  return (
    <div className={`statement-item${active ? ' active' : ''}${rejected ? ' rejected' : ''}`} onClick={() => onActivate(s.id)} aria-current={active}>
      <div className="statement-meta">
        {editing ? (
          <form
            className="speaker-form"
            onClick={(e) => e.stopPropagation()}
            onSubmit={(e) => {
              e.preventDefault();
              setEditing(false);
              actions.correctSpeaker(s, draft.trim() === '' ? null : draft, draftKind);
            }}
          >
            <input
              autoFocus
              list="official-names"
              value={draft}
              aria-label="Speaker"
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setEditing(false);
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
            onClick={quiet(() => {
              setDraft(s.speakerName ?? '');
              setDraftKind(s.speakerKind === 'unknown' ? 'person' : s.speakerKind);
              setEditing(true);
            })}
          >
            {s.speakerName ?? 'Unknown speaker'}
          </button>
        )}
        <span className="statement-kind">{s.kind === 'direct' ? 'quotation' : 'reported'}</span>
        {s.cue && <span className="statement-cue">“{s.cue}”</span>}
        {s.official && s.official !== s.speakerName && <span className="statement-official">{s.official}</span>}
        <SpeakerKindTag kind={s.speakerKind} speaker={s.speakerName} />
        {s.needsReview && <span className="needs-review">Needs review</span>}
        <span className={`statement-status status-${s.status}`}>{STATUS_LABEL[s.status]}</span>
      </div>
      <p className="statement-text" dir="auto">
        {s.text.length > 220 ? `${s.text.slice(0, 220)}…` : s.text}
      </p>
      {active && !rejected && organization && (
        <TargetOrganize kind="statement" id={s.id} articleId={articleId} compact tone={organization.tone} tags={organization.tags} topics={organization.topics} />
      )}
      <div className="statement-actions">
        {rejected ? (
          <button type="button" className="link-button inline" onClick={quiet(() => actions.restore(s))}>
            Restore
          </button>
        ) : (
          <>
            {s.status !== 'confirmed' && (
              <button type="button" className="link-button inline" title="The words and the speaker are right" onClick={quiet(() => actions.confirm(s))}>
                Confirm
              </button>
            )}
            {mergeable && (
              <button type="button" className="link-button inline" title="One statement that the machine cut in two" onClick={quiet(() => actions.merge(s, mergeable))}>
                Merge with the next
              </button>
            )}
            <button type="button" className="link-button inline" onClick={quiet(() => actions.reject(s))}>
              Not a statement
            </button>
          </>
        )}
      </div>
    </div>
  );
}
