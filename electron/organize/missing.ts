// What to say when something a person pointed at (a clip, a statement, a highlight) is not in the library: which
// kind of thing, its id, and the likely reason, so the message helps rather than merely refuses.
import { RouteError } from '../api/errors';

const NAMES: Record<'article' | 'statement' | 'annotation', { noun: string; why: string }> = {
  article: { noun: 'clip', why: 'it may have been deleted from the trash' },
  statement: { noun: 'statement', why: 'it may have been removed, merged, or found again differently when its clip changed' },
  annotation: { noun: 'highlight', why: 'it may have been removed, or its clip deleted' },
};

export function missingTarget(kind: 'article' | 'statement' | 'annotation', id: string): RouteError {
  const { noun, why } = NAMES[kind];
  return new RouteError('NOT_FOUND', `There is no ${noun} with the id ${id}; ${why}.`);
}
