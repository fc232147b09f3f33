-- Search in every script. FTS5's own tokenizer folds accents but not ı or ə, nor Arabic vowel marks, and cannot find
-- a one- or two-character Chinese word inside a run of characters. So the search index holds text folded by the
-- search module (electron/query: the same folding the query gets) plus the CJK characters one by one. Folding is code,
-- not SQL: triggers only mark rows as changed, and the search module indexes them before it answers (and in bulk
-- after an import). The index is contentless: the text lives in articles and statements.

CREATE VIRTUAL TABLE articles_search USING fts5 (
  title, body, cjk,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE statements_search USING fts5 (
  body, speaker, cjk,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Rows whose text changed since they were indexed: kind 'article' (articles.seq) or 'statement' (statements.rowid).
CREATE TABLE search_dirty (
  kind TEXT NOT NULL CHECK (kind IN ('article', 'statement')),
  id   INTEGER NOT NULL,
  PRIMARY KEY (kind, id)
) WITHOUT ROWID;

CREATE TRIGGER articles_search_dirty_insert AFTER INSERT ON articles BEGIN
  INSERT OR IGNORE INTO search_dirty (kind, id) VALUES ('article', new.seq);
END;
CREATE TRIGGER articles_search_dirty_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT OR IGNORE INTO search_dirty (kind, id) VALUES ('article', new.seq);
END;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
  DELETE FROM articles_search WHERE rowid = old.seq;
  DELETE FROM search_dirty WHERE kind = 'article' AND id = old.seq;
END;

CREATE TRIGGER statements_search_dirty_insert AFTER INSERT ON statements BEGIN
  INSERT OR IGNORE INTO search_dirty (kind, id) VALUES ('statement', new.rowid);
END;
CREATE TRIGGER statements_search_dirty_update AFTER UPDATE OF text, speaker_name ON statements BEGIN
  INSERT OR IGNORE INTO search_dirty (kind, id) VALUES ('statement', new.rowid);
END;
CREATE TRIGGER statements_search_delete AFTER DELETE ON statements BEGIN
  DELETE FROM statements_search WHERE rowid = old.rowid;
  DELETE FROM search_dirty WHERE kind = 'statement' AND id = old.rowid;
END;

-- Libraries that already hold clips have them all indexed on first search.
INSERT INTO search_dirty (kind, id) SELECT 'article', seq FROM articles;
INSERT INTO search_dirty (kind, id) SELECT 'statement', rowid FROM statements;

-- Saved searches double as watchlists: clips and statements that match when they arrive are recorded as hits and
-- count as new until the saved search is opened.
CREATE TABLE saved_searches (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  query       TEXT NOT NULL,
  scope       TEXT NOT NULL CHECK (scope IN ('articles', 'statements')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE saved_search_hits (
  saved_search_id TEXT NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
  -- An article id, or a statement id for a statements watchlist.
  target_id       TEXT NOT NULL,
  found_at        TEXT NOT NULL,
  seen            INTEGER NOT NULL DEFAULT 0 CHECK (seen IN (0, 1)),
  PRIMARY KEY (saved_search_id, target_id)
) WITHOUT ROWID;
CREATE INDEX saved_search_hits_unseen ON saved_search_hits (saved_search_id) WHERE seen = 0;

-- Facets by month and sorting by date read this; statements reach their article's date through it.
CREATE INDEX statements_official_article ON statements (official_id, article_id);
