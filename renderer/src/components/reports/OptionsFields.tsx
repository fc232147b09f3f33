// How the report reads: grouping, excerpt or full text, and which of the user's additions it carries.
import type { ReportDefinition, ReportGrouping } from '../../../../electron/api/types';

const GROUPINGS: Array<[ReportGrouping, string]> = [
  ['none', 'No grouping'],
  ['topic', 'By topic'],
  ['outlet', 'By outlet'],
  ['official', 'By official'],
  ['day', 'By day'],
];

type Options = ReportDefinition['options'];

// A guessed speaker in a client's report reads as a fact, so leaving such statements out comes first.
const ATTRIBUTIONS: Array<[Options['attributions'], string]> = [
  ['leave-out', 'Leave out'],
  ['mark', 'Mark as unverified attribution'],
  ['include', 'Include as found'],
];

interface Props {
  options: Options;
  onChange(patch: Partial<Options>): void;
}

export function OptionsFields({ options, onChange }: Props) {
  const check = (key: 'annotations' | 'statements' | 'charts', label: string) => (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={options[key]}
        onChange={(e) => {
          const patch: Partial<Options> = {};
          patch[key] = e.target.checked;
          onChange(patch);
        }}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="report-fieldset">
      <legend className="field-label">Options</legend>
      <label className="field">
        <span className="field-label subtle">Grouping</span>
        <select value={options.grouping} onChange={(e) => onChange({ grouping: e.target.value as ReportGrouping })}>
          {GROUPINGS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented" role="radiogroup" aria-label="Text of each clip">
        {(
          [
            [false, 'Excerpt'],
            [true, 'Full text'],
          ] as const
        ).map(([full, label]) => (
          <label key={label} className={`segment${options.fullText === full ? ' on' : ''}`}>
            <input type="radio" name="report-text" checked={options.fullText === full} onChange={() => onChange({ fullText: full })} />
            {label}
          </label>
        ))}
      </div>
      <div className="option-checks">
        {check('annotations', 'Highlights and notes')}
        {check('statements', 'Statements')}
        {check('charts', 'Charts')}
      </div>
      <label className="field">
        <span className="field-label subtle">Statements whose speaker nobody checked</span>
        <select value={options.attributions ?? 'leave-out'} onChange={(e) => onChange({ attributions: e.target.value as Options['attributions'] })}>
          {ATTRIBUTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
