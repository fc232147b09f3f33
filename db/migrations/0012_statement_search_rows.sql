-- A narrow copy of each statement's searchable facts, keyed by the statement's rowid (the search index's key). A
-- search joins every hit of its words to these facts; a statement's own row holds its text and bookkeeping, so
-- reading the facts from it costs a page per hit, while here a page holds some forty statements, in the order
-- the search index gives them. Kept in step by triggers that read the statement's row as it stands after every
-- change (the triggers of migration 11 fill the clip's facts in on insert, in either order with these).
CREATE TABLE statement_search_rows (
  seq            INTEGER PRIMARY KEY,  -- the statement's rowid
  id             TEXT NOT NULL,
  article_id     TEXT NOT NULL,
  official_id    TEXT,
  kind           TEXT NOT NULL,
  live           INTEGER NOT NULL,
  sort_at        TEXT,
  outlet_id      INTEGER,
  language       TEXT,
  tone           TEXT,
  tone_suggested TEXT
);

INSERT INTO statement_search_rows
  SELECT rowid, id, article_id, official_id, kind, live, sort_at, outlet_id, language, tone, tone_suggested FROM statements;

CREATE TRIGGER statement_search_rows_after_insert AFTER INSERT ON statements BEGIN
  INSERT OR REPLACE INTO statement_search_rows
    SELECT rowid, id, article_id, official_id, kind, live, sort_at, outlet_id, language, tone, tone_suggested FROM statements WHERE rowid = new.rowid;
END;

CREATE TRIGGER statement_search_rows_after_update
AFTER UPDATE OF id, article_id, official_id, kind, live, sort_at, outlet_id, language, tone, tone_suggested ON statements BEGIN
  UPDATE statement_search_rows SET
    id = new.id, article_id = new.article_id, official_id = new.official_id, kind = new.kind, live = new.live,
    sort_at = new.sort_at, outlet_id = new.outlet_id, language = new.language, tone = new.tone, tone_suggested = new.tone_suggested
  WHERE seq = new.rowid;
END;

CREATE TRIGGER statement_search_rows_after_delete AFTER DELETE ON statements BEGIN
  DELETE FROM statement_search_rows WHERE seq = old.rowid;
END;

CREATE INDEX statement_search_rows_by_official ON statement_search_rows (official_id, live, sort_at);
