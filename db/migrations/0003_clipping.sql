-- Clipping from every source: where an article was found, the publication it was first given to, and the
-- extractor that produced its text (so a better extractor can redo old clips). Settings for tunable behaviour.
ALTER TABLE articles ADD COLUMN url_key TEXT;                 -- normalized URL (no tracking parameters, no fragment)
ALTER TABLE articles ADD COLUMN original_publication TEXT;    -- "in an interview with … Global Times"
ALTER TABLE articles ADD COLUMN dir TEXT CHECK (dir IN ('ltr', 'rtl'));
ALTER TABLE articles ADD COLUMN extractor_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE articles ADD COLUMN source_name TEXT;             -- the file, feed or message it came from

CREATE INDEX articles_url_key ON articles (url_key) WHERE url_key IS NOT NULL;
CREATE INDEX articles_syndication ON articles (syndication_group) WHERE syndication_group IS NOT NULL;

CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,                                   -- JSON
  updated_at TEXT NOT NULL
);
