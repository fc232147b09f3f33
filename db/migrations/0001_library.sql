-- The first library: outlets and articles.
CREATE TABLE outlets (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  name_key   TEXT NOT NULL UNIQUE,          -- folded name, so "news.az" and "News.Az" are one outlet
  domain     TEXT,
  country    TEXT,
  language   TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE articles (
  seq                 INTEGER PRIMARY KEY,  -- internal rowid, used by the full-text index
  id                  TEXT NOT NULL UNIQUE, -- stable UUID, the only id that leaves the database
  url                 TEXT,
  canonical_url       TEXT,
  outlet_id           INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
  title               TEXT NOT NULL,
  title_provisional   INTEGER NOT NULL DEFAULT 1 CHECK (title_provisional IN (0, 1)),
  byline              TEXT,
  published_at        TEXT,                 -- ISO 8601: a date, or a date-time with its offset when known
  clipped_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  language            TEXT,
  text                TEXT NOT NULL,        -- plain text: the reference every character offset points into
  html                TEXT,                 -- sanitized HTML for display, when the source had markup
  original            TEXT,                 -- the input as received, so a better extractor can redo the work
  source_kind         TEXT NOT NULL CHECK (source_kind IN ('paste', 'text-file', 'html', 'url', 'feed', 'email', 'pdf', 'list')),
  content_hash        TEXT NOT NULL,
  fingerprint         TEXT,                 -- near-duplicate fingerprint (syndication)
  syndication_group   TEXT,
  tone                TEXT CHECK (tone IN ('positive', 'neutral', 'negative')),
  deleted_at          TEXT,                 -- soft delete: set while the article is in the trash
  sort_at             TEXT GENERATED ALWAYS AS (coalesce(published_at, clipped_at)) VIRTUAL
);

CREATE INDEX articles_live_by_date ON articles (sort_at DESC, seq DESC) WHERE deleted_at IS NULL;
CREATE INDEX articles_trash_by_date ON articles (deleted_at DESC, seq DESC) WHERE deleted_at IS NOT NULL;
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_outlet ON articles (outlet_id);
