-- Organizing what was clipped: topics with rules, tags with colours, annotations (highlights with notes), and tone,
-- on articles and on statements alike.

CREATE TABLE topics (
  id          TEXT PRIMARY KEY,
  parent_id   TEXT REFERENCES topics (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  -- A query in the search language; null for a topic that only people assign.
  rule        TEXT,
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
-- Sibling names are unique; a top-level topic has no parent, which UNIQUE alone would not compare.
CREATE UNIQUE INDEX topics_sibling_name ON topics (coalesce(parent_id, ''), name COLLATE NOCASE);

-- Who gave a topic to an article or a statement, and what a person made of it. A rule's assignment is 'suggested'
-- until a person confirms it; a person's removal is kept as 'removed' so that re-running the rules respects it.
CREATE TABLE article_topics (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  topic_id    TEXT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
  origin      TEXT NOT NULL CHECK (origin IN ('rule', 'person')),
  status      TEXT NOT NULL CHECK (status IN ('suggested', 'confirmed', 'removed')),
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (article_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX article_topics_topic ON article_topics (topic_id, status);

CREATE TABLE statement_topics (
  statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  topic_id     TEXT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
  origin       TEXT NOT NULL CHECK (origin IN ('rule', 'person')),
  status       TEXT NOT NULL CHECK (status IN ('suggested', 'confirmed', 'removed')),
  updated_at   TEXT NOT NULL,
  PRIMARY KEY (statement_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX statement_topics_topic ON statement_topics (topic_id, status);

CREATE TABLE tags (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  color       TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

CREATE TABLE article_tags (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  tag_id      TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags (tag_id);

CREATE TABLE statement_tags (
  statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  tag_id       TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (statement_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX statement_tags_tag ON statement_tags (tag_id);

-- A highlight keeps both W3C selectors: the position (start/end, null while orphaned) and the quote with its
-- context, so that it can find its place again when the text changes.
CREATE TABLE annotations (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  statement_id  TEXT REFERENCES statements (id) ON DELETE SET NULL,
  start_offset  INTEGER,
  end_offset    INTEGER,
  exact         TEXT NOT NULL,
  prefix        TEXT NOT NULL DEFAULT '',
  suffix        TEXT NOT NULL DEFAULT '',
  anchor_status TEXT NOT NULL DEFAULT 'exact' CHECK (anchor_status IN ('exact', 'moved', 'fuzzy', 'orphaned')),
  color         TEXT NOT NULL,
  note          TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK ((start_offset IS NULL) = (anchor_status = 'orphaned'))
);
CREATE INDEX annotations_article ON annotations (article_id, start_offset);
CREATE INDEX annotations_statement ON annotations (statement_id) WHERE statement_id IS NOT NULL;

CREATE TABLE annotation_tags (
  annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  tag_id        TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_tag ON annotation_tags (tag_id);

-- Notes are searchable, and so is the highlighted text.
CREATE VIRTUAL TABLE annotations_fts USING fts5 (
  note, exact,
  content = 'annotations',
  content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER annotations_fts_after_insert AFTER INSERT ON annotations BEGIN
  INSERT INTO annotations_fts (rowid, note, exact) VALUES (new.seq, new.note, new.exact);
END;
CREATE TRIGGER annotations_fts_after_delete AFTER DELETE ON annotations BEGIN
  INSERT INTO annotations_fts (annotations_fts, rowid, note, exact) VALUES ('delete', old.seq, old.note, old.exact);
END;
CREATE TRIGGER annotations_fts_after_update AFTER UPDATE OF note, exact ON annotations BEGIN
  INSERT INTO annotations_fts (annotations_fts, rowid, note, exact) VALUES ('delete', old.seq, old.note, old.exact);
  INSERT INTO annotations_fts (rowid, note, exact) VALUES (new.seq, new.note, new.exact);
END;

-- Tone: `tone` is what a person set (articles had the column since schema 1); the suggestion of the lexicon scorer
-- is kept beside it and shown as a suggestion until a person confirms or changes it.
ALTER TABLE articles ADD COLUMN tone_suggested TEXT CHECK (tone_suggested IN ('positive', 'neutral', 'negative'));
ALTER TABLE articles ADD COLUMN tone_score REAL;
ALTER TABLE statements ADD COLUMN tone TEXT CHECK (tone IN ('positive', 'neutral', 'negative'));
ALTER TABLE statements ADD COLUMN tone_suggested TEXT CHECK (tone_suggested IN ('positive', 'neutral', 'negative'));
ALTER TABLE statements ADD COLUMN tone_score REAL;
