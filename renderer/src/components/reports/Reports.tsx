// The report builder: the definition on the left, the clips it selects in the middle, and the report as it will
// print on the right, with the exports above it. It takes the list and reader panes together, as Organize does.
import { useAppInfo } from '../../api/queries';
import { useDebounced } from '../organize/api';
import { ClipsPanel } from './ClipsPanel';
import { DefinitionPanel } from './DefinitionPanel';
import { ExportBar } from './ExportBar';
import { ReportPreview } from './ReportPreview';
import { ReportsHeader } from './ReportsHeader';
import { selectionQuery, useQueryCheck, useReportPreview, useSelectionClips } from './api';
import { useReportDraft } from './useReportDraft';
import { plural } from '../organize/api';
import './reports.css';

export function Reports() {
  const info = useAppInfo();
  const draft = useReportDraft();
  const { definition, saved } = draft.draft;
  // Typing and clicking change the definition at once; the preview and the searches follow once it settles.
  const settled = useDebounced(definition, 400);
  const settling = settled !== definition;
  const preview = useReportPreview(settled);
  const clips = useSelectionClips(definition.selection, selectionQuery(settled.selection), definition.template === 'digest');
  const typed = definition.selection.query ?? '';
  const checked = useQueryCheck(settled.selection.query ?? '');
  // An error found for an older text would mark the wrong characters of what is typed now.
  const queryError = typed === (settled.selection.query ?? '') ? checked : null;

  if (info.data?.articleCount === 0) {
    return (
      <section className="reports" aria-label="Reports">
        <ReportsHeader saved={null} definition={definition} onNew={draft.reset} onSaved={draft.markSaved} />
        <div className="empty reports-empty">
          <h2>Clip some articles first</h2>
          <p>A report gathers clips from your library. Paste an article anywhere with Ctrl+V, press N for a new clip, or import files, then come back here.</p>
        </div>
      </section>
    );
  }

  return (
    <section className="reports" aria-label="Reports">
      <ReportsHeader saved={saved} definition={definition} onNew={draft.reset} onSaved={draft.markSaved} />
      <div className="reports-body">
        <DefinitionPanel draft={draft} queryError={queryError} />
        <ClipsPanel clips={clips} selection={definition.selection} newestFirst={definition.template === 'digest'} onSelection={draft.setSelection} />
        <section className="report-output" aria-label="Preview">
          <header className="pane-head">
            <h2>Preview</h2>
            <span className="pane-note" aria-live="polite">
              {preview.isError ? '' : preview.data ? plural(preview.data.clipCount, 'clip', 'clips') : ''}
              {settling || preview.isFetching ? <span className="updating"> · updating…</span> : null}
            </span>
          </header>
          <ExportBar definition={definition} ready={!preview.isError && definition.title.trim() !== ''} />
          <ReportPreview preview={preview} settling={settling} />
        </section>
      </div>
    </section>
  );
}
