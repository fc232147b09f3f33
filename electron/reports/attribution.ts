// What a report does with statements whose attribution nobody has checked (electron/statements/review.ts decides
// which those are): leave them out, which is the default because a report goes to a client and a guessed speaker
// there reads as a fact; show them marked; or include them as found.
import type { ReportStatement } from './model';

export type AttributionPolicy = 'leave-out' | 'mark' | 'include';

/** The words every format puts after the speaker of a marked statement. */
export const UNVERIFIED_MARK = '(unverified attribution)';

/** The Attribution cell of a marked statement in the CSV and XLSX statement rows (empty for every other one). */
export const UNVERIFIED_CELL = 'Unverified';

/** A statement as read for the report, with whether it still needs review. */
export type StatementRead = Omit<ReportStatement, 'unverified'> & { needsReview: boolean };

export function applyAttributionPolicy(statements: StatementRead[], policy: AttributionPolicy): { kept: ReportStatement[]; leftOut: number } {
  const kept: ReportStatement[] = [];
  let leftOut = 0;
  for (const { needsReview, ...statement } of statements) {
    if (needsReview && policy === 'leave-out') leftOut++;
    else kept.push({ ...statement, unverified: needsReview && policy === 'mark' });
  }
  return { kept, leftOut };
}

export function leftOutSentence(count: number): string | null {
  if (count === 0) return null;
  return `${count} statement${count === 1 ? '' : 's'} whose speaker was found by the extractor but not yet checked by a person ${count === 1 ? 'was' : 'were'} left out.`;
}
