-- Full-text index over articles, kept in step with the table by triggers.
-- remove_diacritics 2 folds accents (Zürich = zurich). Letters that are not accented forms (ə, ı) need the
-- search module's own folding on top.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, byline, text,
  content = 'articles',
  content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, byline, text) VALUES (new.seq, new.title, new.byline, new.text);
END;

CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, byline, text) VALUES ('delete', old.seq, old.title, old.byline, old.text);
END;

CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF title, byline, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, byline, text) VALUES ('delete', old.seq, old.title, old.byline, old.text);
  INSERT INTO articles_fts (rowid, title, byline, text) VALUES (new.seq, new.title, new.byline, new.text);
END;

-- Libraries that already hold articles (written at schema 1) get them indexed now.
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
