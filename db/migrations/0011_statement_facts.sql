-- A statement carries its clip's facts that searches filter, sort and count by (whether it is live, its date, outlet
-- and language), kept in step by triggers: a search over a million statements then reads one row per hit, not two.
ALTER TABLE statements ADD COLUMN live INTEGER NOT NULL DEFAULT 1;
ALTER TABLE statements ADD COLUMN sort_at TEXT;
ALTER TABLE statements ADD COLUMN outlet_id INTEGER;
ALTER TABLE statements ADD COLUMN language TEXT;

UPDATE statements SET
  live = (status <> 'rejected' AND (SELECT a.deleted_at IS NULL FROM articles a WHERE a.id = statements.article_id)),
  sort_at = (SELECT a.sort_at FROM articles a WHERE a.id = statements.article_id),
  outlet_id = (SELECT a.outlet_id FROM articles a WHERE a.id = statements.article_id),
  language = (SELECT a.language FROM articles a WHERE a.id = statements.article_id);

CREATE TRIGGER statements_facts_after_insert AFTER INSERT ON statements BEGIN
  UPDATE statements SET
    live = (new.status <> 'rejected' AND (SELECT a.deleted_at IS NULL FROM articles a WHERE a.id = new.article_id)),
    sort_at = (SELECT a.sort_at FROM articles a WHERE a.id = new.article_id),
    outlet_id = (SELECT a.outlet_id FROM articles a WHERE a.id = new.article_id),
    language = (SELECT a.language FROM articles a WHERE a.id = new.article_id)
  WHERE rowid = new.rowid;
END;

CREATE TRIGGER statements_facts_after_status AFTER UPDATE OF status ON statements BEGIN
  UPDATE statements SET live = (new.status <> 'rejected' AND (SELECT a.deleted_at IS NULL FROM articles a WHERE a.id = new.article_id))
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

CREATE INDEX statements_live_facts ON statements (official_id, live, sort_at, outlet_id, language, kind);
CREATE INDEX statements_not_live ON statements (live) WHERE live = 0;
