// What the report is called, who sends it, and which of the four templates lays it out.
import type { ReportDefinition, ReportTemplate } from '../../../../electron/api/types';

export const TEMPLATES: Array<[ReportTemplate, string, string]> = [
  ['digest', 'Daily digest', 'Newest first, short: the morning read.'],
  ['coverage', 'Coverage report', 'Figures, charts, every clip and an appendix of statements.'],
  ['statements', 'Statements by official', 'What each official said, with the clips it came from.'],
  ['dossier', 'Topic dossier', 'One subject in depth, grouped by topic.'],
];

interface Props {
  definition: ReportDefinition;
  onChange(patch: Partial<Pick<ReportDefinition, 'title' | 'author' | 'organization' | 'template'>>): void;
}

/** Empty optional fields are stored as null, as the definition has them. */
const orNull = (value: string) => (value.trim() === '' ? null : value);

export function DetailsFields({ definition, onChange }: Props) {
  const template = TEMPLATES.find(([t]) => t === definition.template);
  return (
    <div className="report-fields">
      <label className="field">
        <span className="field-label">Title</span>
        <input value={definition.title} onChange={(e) => onChange({ title: e.target.value })} aria-invalid={definition.title.trim() === ''} />
        {definition.title.trim() === '' && <span className="field-error">A report needs a title.</span>}
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Organization</span>
          <input value={definition.organization ?? ''} onChange={(e) => onChange({ organization: orNull(e.target.value) })} />
        </label>
        <label className="field">
          <span className="field-label">Author</span>
          <input value={definition.author ?? ''} onChange={(e) => onChange({ author: orNull(e.target.value) })} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">Template</span>
        <select value={definition.template} onChange={(e) => onChange({ template: e.target.value as ReportTemplate })}>
          {TEMPLATES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {template && <span className="hint-text">{template[2]}</span>}
      </label>
    </div>
  );
}
