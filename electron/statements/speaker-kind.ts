// What a speaker is: a person, an institution, an anonymous source, or no one known.
import type { SpeakerKind } from './types';

/** The kind of a resolved speaker; 'unknown' exactly when there is none. */
export function speakerKindOf(speaker: string | null): SpeakerKind {
  return speaker === null ? 'unknown' : 'person';
}
