// The report as it will print, in a sandboxed frame: the page is the report's own self-contained HTML, and no
// script in it runs (the sandbox has no allow-scripts). Errors replace the page with what to do about them.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReportPreview as Preview } from '../../../../electron/api/types';
import { ApiError } from '../../api/client';
import { ReportFrame } from './ReportFrame';

interface Props {
  preview: UseQueryResult<Preview>;
  /** True while the definition is still changing (the preview follows 400 ms after the last change). */
  settling: boolean;
}

function problem(error: Error): { title: string; text: string } {
  const code = error instanceof ApiError ? error.code : '';
  switch (code) {
    case 'REPORT_EMPTY':
      return { title: 'Nothing to report', text: 'No clip matches this selection. Widen the period, change the query, take excluded clips back in, or add clips by hand.' };
    case 'INVALID_QUERY':
      return { title: 'The query does not parse', text: 'Correct it where it is marked, under the query box; the “?” beside the box shows how searches are written.' };
    case 'REPORT_TOO_LARGE':
      return { title: 'Too many clips for one report', text: error.message };
    default:
      return { title: 'The preview cannot be made', text: error.message.replace(/^definition\.[\w.]+: /, '') };
  }
}

export function ReportPreview({ preview, settling }: Props) {
  const failure = preview.isError ? problem(preview.error) : null;
  return (
    <div className="report-preview" aria-busy={settling || preview.isFetching}>
      {failure ? (
        <div className="empty preview-problem" role="alert">
          <h2>{failure.title}</h2>
          <p>{failure.text}</p>
        </div>
      ) : preview.data ? (
        <ReportFrame html={preview.data.html} stale={settling || preview.isPlaceholderData} />
      ) : (
        <div className="empty">
          <p>Preparing the preview…</p>
        </div>
      )}
    </div>
  );
}
