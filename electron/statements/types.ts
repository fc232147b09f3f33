// A statement: a span of an article's text that a person said, with who said it and how.

export type StatementKind = 'direct' | 'reported';

/**
 * Who a speaker is: a person (a name), an institution (a ministry, a government, a party, a company, an agency, a
 * court, "the Pentagon"), an anonymous source ("a source close to the talks"), or unknown (no speaker found). Never a
 * document, a law, a place, a common noun or a quantifier: those are not speakers at all.
 */
export type SpeakerKind = 'person' | 'institution' | 'anonymous' | 'unknown';

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
  /** What the speaker is; 'unknown' exactly when speaker is null. */
  speakerKind: SpeakerKind;
  /**
   * The entity of the article the speaker was resolved through: statements of one article with the same number were
   * attributed through the same chain of mentions (full name, surname, title, role noun, pronoun), so a person who
   * corrects one of them may want to correct them all. Null when no entity was resolved.
   */
  chain: number | null;
}

/** A person the text introduces, with the role an apposition gives them. */
export interface PersonMention {
  name: string;
  role: string | null;
  start: number;
  end: number;
  /**
   * An apposition closed by its verb, not a comma ("Mika Brzezinski, the Democratic presidential candidate said"):
   * as often the next clause's subject as a description of the name, so it is not read as the person's role.
   */
  closedByVerb?: boolean;
}
