// One statement among search results: who said it (in the speaker's colour, always named), the words with the
// matches marked, and where it was published.
import type { StatementSearchHit } from '../../../../electron/api/types';
import { formatPublished } from '../../format';
import { speakerHue } from '../ArticleText';
import { Highlighted } from '../search/Highlighted';
import { SpeakerKindTag } from './SpeakerKindTag';

export function speakerOf(hit: StatementSearchHit): string {
  return hit.official ?? hit.speaker ?? 'Unknown speaker';
}

export function StatementRowBody({ hit, isNew, compact = false }: { hit: StatementSearchHit; isNew: boolean; compact?: boolean }) {
  const who = speakerOf(hit);
  return (
    <>
      <div className="st-meta">
        {!compact && (
          <span className={`st-speaker hue-${speakerHue(hit.official ?? hit.speaker)}`}>
            <span className="dot" aria-hidden="true" />
            {who}
          </span>
        )}
        <SpeakerKindTag kind={hit.speakerKind} speaker={hit.official ?? hit.speaker} />
        {compact && <span className="st-date">{formatPublished(hit.date)}</span>}
        {hit.needsReview && <span className="needs-review">Needs review</span>}
        <span className="st-kind">{hit.kind === 'direct' ? 'quotation' : 'reported'}</span>
        {hit.cue && <span className="st-cue">“{hit.cue}”</span>}
        {hit.tone && <span className={`st-tone tone-${hit.tone}`}>{hit.tone}</span>}
        {isNew && <span className="new-chip">New</span>}
      </div>
      <div className="st-text" dir="auto">
        <Highlighted text={hit.text} ranges={hit.highlights} />
      </div>
      <div className="st-source">
        <span className="st-title" dir="auto">
          {hit.articleTitle}
        </span>
        <span aria-hidden="true"> · </span>
        <span>{hit.outlet ?? 'Unknown outlet'}</span>
        {!compact && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{formatPublished(hit.date)}</span>
          </>
        )}
        {hit.topics.length > 0 && <span className="st-topics"> · {hit.topics.join(', ')}</span>}
      </div>
    </>
  );
}
