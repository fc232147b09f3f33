-- Search at library scale. The first full-text indexes (articles_fts, statements_fts) indexed raw text; the search
-- index of migration 8 replaced them, so they go (about a sixth of a large library's file, and a write per clip).
-- Covering indexes let a search read what it filters, sorts and counts by without the article's long text, which
-- (with the HTML and the original) fills overflow pages that a lookup by row would otherwise walk.
DROP TRIGGER IF EXISTS articles_fts_after_insert;
DROP TRIGGER IF EXISTS articles_fts_after_delete;
DROP TRIGGER IF EXISTS articles_fts_after_update;
DROP TABLE IF EXISTS articles_fts;
DROP TRIGGER IF EXISTS statements_fts_after_insert;
DROP TRIGGER IF EXISTS statements_fts_after_delete;
DROP TRIGGER IF EXISTS statements_fts_after_update;
DROP TABLE IF EXISTS statements_fts;

CREATE INDEX articles_search_facts ON articles (seq, deleted_at, sort_at, id, outlet_id, language, tone, tone_suggested);
CREATE INDEX statements_search_facts ON statements (article_id, status, official_id, kind);
-- Statements reach their article by its text id: the same facts, keyed by it.
CREATE INDEX articles_search_facts_by_id ON articles (id, deleted_at, sort_at, outlet_id, language, seq);

-- Relevance: a title match weighs more than one in the body (articles), a speaker's name more than the words of a
-- statement. Set as the tables' rank so that FTS5 orders and pages by it itself.
INSERT INTO articles_search (articles_search, rank) VALUES ('rank', 'bm25(8.0, 1.0, 1.0)');
INSERT INTO statements_search (statements_search, rank) VALUES ('rank', 'bm25(1.0, 2.0, 1.0)');
