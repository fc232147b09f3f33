// A statement: a span of an article's text that a person said, with who said it and how.

export type StatementKind = 'direct' | 'reported';

export interface FoundStatement {
  /** The words attributed to the speaker: inside the quotation marks, or the reported clause. */
  text: string;
  /** Offsets into the article's text as a JavaScript string (UTF-16 code units); end is exclusive. */
  start: number;
  end: number;
  kind: StatementKind;
  /** The resolved person's name, or null when no person could be found. */
  speaker: string | null;
  /** How the speaker is named at the statement ("he", "the presidential aide", "Hajiyev"). */
  mention: string | null;
  /** The verb or phrase of attribution: "said", "stressed", "according to", "заявил". */
  cue: string | null;
  /** 0..1: how sure the extractor is. */
  confidence: number;
}

/** A person the text introduces, with the role an apposition gives them. */
export interface PersonMention {
  name: string;
  role: string | null;
  start: number;
  end: number;
}
