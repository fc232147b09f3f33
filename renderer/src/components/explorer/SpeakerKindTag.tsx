// What a speaker is, said in words beside the name (never by colour alone). A person needs no tag; a name the
// library has not yet classed (a statement found before speakers were typed) says so rather than pass for a person.
import type { StatementInfo } from '../../../../electron/api/types';

type SpeakerKind = StatementInfo['speakerKind'];

const LABELS: Record<Exclude<SpeakerKind, 'person'>, string> = {
  institution: 'Institution',
  anonymous: 'Anonymous source',
  unknown: 'Kind not known',
};

export function SpeakerKindTag({ kind, speaker }: { kind: SpeakerKind; speaker: string | null }) {
  // With no speaker at all the name slot already reads "Unknown speaker".
  if (kind === 'person' || speaker === null) return null;
  return <span className={`speaker-kind speaker-kind-${kind}`}>{LABELS[kind]}</span>;
}
