// The article's highlights in reading order: colour, quoted words, note, tags and the statement each is on. Those
// that lost their place when the text changed are listed apart, to be placed again on a new selection or deleted.
// The whole set can be exported as W3C Web Annotations (JSON-LD).
import type { AnnotationRecord, StatementInfo } from '../../../../electron/api/types';
import { call, errorMessage } from '../../api/client';
import { useToast } from '../Toasts';
import { colorName } from './colors';
import { TagChip } from './TagChips';
import { useOrganizeAction } from './useOrganization';
import './reader-organize.css';

interface Props {
  articleId: string;
  articleTitle: string;
  annotations: AnnotationRecord[];
  statements: StatementInfo[];
  selection: { start: number; end: number } | null;
  onOpen(annotation: AnnotationRecord): void;
  onPlaced(): void;
}

function quote(exact: string): string {
  return exact.length > 160 ? `${exact.slice(0, 160)}…` : exact;
}

export function AnnotationsList({ articleId, articleTitle, annotations, statements, selection, onOpen, onPlaced }: Props) {
  const act = useOrganizeAction(articleId);
  const toast = useToast();
  const placed = annotations.filter((a) => a.anchorStatus !== 'orphaned').sort((x, y) => (x.start ?? 0) - (y.start ?? 0));
  const orphaned = annotations.filter((a) => a.anchorStatus === 'orphaned');
  const speakerOf = (id: string | null) => statements.find((s) => s.id === id)?.speakerName ?? 'an unknown speaker';

  const exportJson = async () => {
    try {
      const data = await call('annotations.export', { articleId });
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/ld+json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${articleTitle.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'article'}.annotations.jsonld`;
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      toast({ tone: 'error', message: `Could not export the highlights: ${errorMessage(err)}` });
    }
  };

  return (
    <section className="ro-annotations-panel" aria-label="Highlights">
      {annotations.length === 0 ? (
        <p className="hint-text">
          No highlights yet. Select words in the text and press <kbd>H</kbd>, or choose a colour in the box that opens.
        </p>
      ) : (
        <ol className="ro-annotation-list" aria-label="Highlights in the text">
          {placed.map((a) => (
            <li key={a.id}>
              <button type="button" className="ro-annotation-item" onClick={() => onOpen(a)} aria-label={`Highlight: ${quote(a.exact)}`}>
                <span className="ro-annotation-swatch" style={{ background: a.color }} title={colorName(a.color)} aria-hidden="true" />
                <span className="ro-annotation-body">
                  <q dir="auto">{quote(a.exact)}</q>
                  {a.note && (
                    <span className="ro-annotation-note" dir="auto">
                      {a.note}
                    </span>
                  )}
                  <span className="ro-annotation-meta">
                    {a.tags.map((t) => (
                      <TagChip key={t.id} tag={t} />
                    ))}
                    {a.statementId && <span>on the statement by {speakerOf(a.statementId)}</span>}
                    {a.anchorStatus !== 'exact' && <span>found again after an edit</span>}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {orphaned.length > 0 && (
        <div className="ro-orphans">
          <h3>Lost their place ({orphaned.length})</h3>
          <p className="hint-text">The text changed and these words are no longer in it. Select where each belongs now, then click Place again.</p>
          <ul aria-label="Highlights that lost their place">
            {orphaned.map((a) => (
              <li key={a.id} className="ro-orphan-item">
                <span className="ro-annotation-swatch" style={{ background: a.color }} title={colorName(a.color)} aria-hidden="true" />
                <span className="ro-annotation-body">
                  <q dir="auto">{quote(a.exact)}</q>
                  {a.note && (
                    <span className="ro-annotation-note" dir="auto">
                      {a.note}
                    </span>
                  )}
                </span>
                <button
                  type="button"
                  className="button"
                  disabled={selection === null}
                  title={selection === null ? 'Select the words in the text first' : 'Place the highlight on the selected words'}
                  onClick={() => {
                    if (!selection) return;
                    void act(call('annotations.place', { id: a.id, ...selection }), 'Could not place the highlight', 'Highlight placed again.').then(onPlaced);
                  }}
                >
                  Place again
                </button>
                <button type="button" className="button subtle" onClick={() => void act(call('annotations.remove', { id: a.id }), 'Could not delete the highlight', 'Highlight deleted.')}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="ro-annotations-actions">
        <button type="button" className="button" onClick={() => void exportJson()} disabled={annotations.length === 0}>
          Export (W3C JSON-LD)
        </button>
      </div>
    </section>
  );
}
