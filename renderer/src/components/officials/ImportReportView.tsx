// What a checked import will do, in sentences: the counts, then each clash and refusal by its row.
import type { RegistryImportReport } from '../../../../electron/api/types';
import { countOf } from '../../format';

export function ImportReportView({ report }: { report: RegistryImportReport }) {
  return (
    <section className="registry-report" aria-label="What the import will do" role="status">
      <p>
        {countOf(report.added, 'official', 'officials')} to add; {countOf(report.merged, 'official', 'officials')} already in the registry, to gain what they lack.
      </p>
      {report.conflicts.length > 0 && (
        <>
          <h3>Spellings that belong to someone else (left out)</h3>
          <ul>
            {report.conflicts.map((c) => (
              <li key={`${c.row}-${c.spelling}`}>
                Row {c.row}: {c.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.refused.length > 0 && (
        <>
          <h3>Rows refused</h3>
          <ul>
            {report.refused.map((r) => (
              <li key={r.row}>
                Row {r.row}: {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
