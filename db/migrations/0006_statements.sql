-- Statements and the registry of officials.
CREATE TABLE officials (
  id             TEXT PRIMARY KEY,
  canonical_name TEXT NOT NULL,
  country        TEXT,
  organization   TEXT,
  -- proposed: suggested by an apposition in a clip, waiting for a person; accepted: in the registry.
  status         TEXT NOT NULL DEFAULT 'accepted' CHECK (status IN ('proposed', 'accepted')),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);

CREATE TABLE official_aliases (
  id           INTEGER PRIMARY KEY,
  official_id  TEXT NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  alias        TEXT NOT NULL,        -- as written: Hikmet Hajiyev, Hikmət Hacıyev, Хикмет Гаджиев
  folded       TEXT NOT NULL,        -- case and diacritics folded: hikmet hajiyev
  skeleton     TEXT NOT NULL,        -- across scripts and transliterations: hkmt hjv
  UNIQUE (official_id, folded)
);
CREATE INDEX official_aliases_folded ON official_aliases (folded);
CREATE INDEX official_aliases_skeleton ON official_aliases (skeleton);

CREATE TABLE official_roles (
  id           INTEGER PRIMARY KEY,
  official_id  TEXT NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  title        TEXT NOT NULL,
  organization TEXT,
  valid_from   TEXT,
  valid_to     TEXT,
  source_article_id TEXT            -- the clip whose apposition gave this role
);

CREATE TABLE statements (
  id              TEXT PRIMARY KEY,
  article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset      INTEGER NOT NULL CHECK (end_offset > start_offset),
  text            TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('direct', 'reported')),
  speaker_mention TEXT,              -- as written at the statement: "he", "the presidential aide"
  speaker_name    TEXT,              -- the person it resolves to
  official_id     TEXT REFERENCES officials (id) ON DELETE SET NULL,
  cue             TEXT,
  confidence      REAL NOT NULL DEFAULT 1,
  -- found: by the machine; confirmed: a person agreed; corrected: a person changed it; rejected: not a statement.
  status          TEXT NOT NULL DEFAULT 'found' CHECK (status IN ('found', 'confirmed', 'corrected', 'rejected')),
  origin          TEXT NOT NULL DEFAULT 'machine' CHECK (origin IN ('machine', 'person')),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX statements_article ON statements (article_id, start_offset);
CREATE INDEX statements_official ON statements (official_id) WHERE official_id IS NOT NULL;

CREATE VIRTUAL TABLE statements_fts USING fts5 (
  text, speaker_name,
  content = 'statements',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_after_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts (rowid, text, speaker_name) VALUES (new.rowid, new.text, new.speaker_name);
END;
CREATE TRIGGER statements_fts_after_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, text, speaker_name) VALUES ('delete', old.rowid, old.text, old.speaker_name);
END;
CREATE TRIGGER statements_fts_after_update AFTER UPDATE OF text, speaker_name ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, text, speaker_name) VALUES ('delete', old.rowid, old.text, old.speaker_name);
  INSERT INTO statements_fts (rowid, text, speaker_name) VALUES (new.rowid, new.text, new.speaker_name);
END;
