-- What a speaker is (a person, an institution, an anonymous source, or unknown) and the chain of mentions the
-- extractor resolved it through (statements of one article with the same number share it, so one correction can
-- be offered for all of them). Existing rows get only the kind their data proves: no speaker is 'unknown'; a speaker
-- linked to an official, or one a person wrote or corrected, is a person. A machine's speaker with no official
-- stays 'unknown' until the article is extracted again: guessing from the name here would be inventing.
ALTER TABLE statements ADD COLUMN speaker_kind TEXT NOT NULL DEFAULT 'unknown'
  CHECK (speaker_kind IN ('person', 'institution', 'anonymous', 'unknown'));
ALTER TABLE statements ADD COLUMN speaker_chain INTEGER;

UPDATE statements SET speaker_kind = 'person'
  WHERE speaker_name IS NOT NULL AND (official_id IS NOT NULL OR origin = 'person' OR status IN ('confirmed', 'corrected'));

-- Facets count statements by kind; the chain is looked up within one article when a correction is offered to all.
CREATE INDEX statements_by_speaker_kind ON statements (speaker_kind);
CREATE INDEX statements_by_chain ON statements (article_id, speaker_chain) WHERE speaker_chain IS NOT NULL;
