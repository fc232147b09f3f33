// The left column: saved reports, then the definition from top to bottom as the report reads (who and what, which
// clips, how).
import type { QueryError } from '../search/QueryBox';
import { DetailsFields } from './DetailsFields';
import { OptionsFields } from './OptionsFields';
import { SavedReports } from './SavedReports';
import { SelectionFields } from './SelectionFields';
import type { DraftActions } from './useReportDraft';

interface Props {
  draft: DraftActions;
  queryError: QueryError | null;
}

export function DefinitionPanel({ draft, queryError }: Props) {
  const { definition, saved } = draft.draft;
  return (
    <section className="report-definition" aria-label="Report definition">
      <SavedReports currentId={saved?.id ?? null} onLoad={draft.load} />
      <h2 className="section-title">Report</h2>
      <DetailsFields definition={definition} onChange={draft.set} />
      <SelectionFields selection={definition.selection} queryError={queryError} onQuery={(query) => draft.setSelection({ query })} onPeriod={draft.setPeriod} />
      <OptionsFields options={definition.options} onChange={draft.setOptions} />
    </section>
  );
}
