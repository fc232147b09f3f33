-- Dates are never invented (issue 13, point 6). Until now articles.sort_at was coalesce(published_at, clipped_at),
-- so an undated clip took the time it was imported as its date: in the explorer, the date filters (after:/before:),
-- the month facets, the report period and every export. sort_at is now the publication date alone, NULL for an
-- undated clip; the import time stays in clipped_at and is shown only as "clipped on …".
--
-- SQLite cannot change a generated column's expression, so the column is dropped and added again. Dropping it needs
-- every index and trigger that names it gone first; each is recreated exactly as before (migrations 1, 10, 11, 13).

DROP INDEX articles_live_by_date;
DROP INDEX articles_search_facts;
DROP INDEX articles_search_facts_by_id;
DROP INDEX articles_outlet_live;
DROP TRIGGER statements_facts_after_insert;
DROP TRIGGER articles_facts_to_statements;

ALTER TABLE articles DROP COLUMN sort_at;
ALTER TABLE articles ADD COLUMN sort_at TEXT GENERATED ALWAYS AS (published_at) VIRTUAL;

-- Newest first: NULL is the smallest value, so in descending order undated clips come after every dated one.
CREATE INDEX articles_live_by_date ON articles (sort_at DESC, seq DESC) WHERE deleted_at IS NULL;
-- Oldest first with undated clips still last: ORDER BY sort_at IS NULL, sort_at, seq reads this index in order.
CREATE INDEX articles_live_by_date_oldest ON articles (sort_at IS NULL, sort_at, seq) WHERE deleted_at IS NULL;
CREATE INDEX articles_search_facts ON articles (seq, deleted_at, sort_at, id, outlet_id, language, tone, tone_suggested);
CREATE INDEX articles_search_facts_by_id ON articles (id, deleted_at, sort_at, outlet_id, language, seq);
CREATE INDEX articles_outlet_live ON articles (outlet_id, deleted_at, sort_at);

CREATE TRIGGER statements_facts_after_insert AFTER INSERT ON statements BEGIN
  UPDATE statements SET
    live = (new.status <> 'rejected' AND (SELECT a.deleted_at IS NULL FROM articles a WHERE a.id = new.article_id)),
    sort_at = (SELECT a.sort_at FROM articles a WHERE a.id = new.article_id),
    outlet_id = (SELECT a.outlet_id FROM articles a WHERE a.id = new.article_id),
    language = (SELECT a.language FROM articles a WHERE a.id = new.article_id)
  WHERE rowid = new.rowid;
END;

CREATE TRIGGER articles_facts_to_statements AFTER UPDATE OF deleted_at, published_at, clipped_at, outlet_id, language ON articles BEGIN
  UPDATE statements SET
    live = (status <> 'rejected' AND new.deleted_at IS NULL),
    sort_at = new.sort_at,
    outlet_id = new.outlet_id,
    language = new.language
  WHERE article_id = new.id;
END;

-- The statements' copies of the date (statements.sort_at, and through its trigger statement_search_rows.sort_at)
-- lose the invented ones too. Only statements of undated clips change.
UPDATE statements SET sort_at = NULL
  WHERE sort_at IS NOT NULL AND article_id IN (SELECT id FROM articles WHERE published_at IS NULL);
