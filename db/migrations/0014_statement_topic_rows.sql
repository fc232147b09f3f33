-- Which statements each topic holds, by the statement's rowid (the search index's key): "what the minister said about
-- the Middle Corridor" intersects one official's statements with one topic's, and doing it on integers is several
-- times cheaper than on the statements' text ids. Only live assignments (not 'removed') are listed. Kept in step by
-- triggers on statement_topics, which a statement's or a topic's deletion reaches through ON DELETE CASCADE.
CREATE TABLE statement_topic_rows (
  topic_id      TEXT NOT NULL,
  statement_seq INTEGER NOT NULL,  -- the statement's rowid
  PRIMARY KEY (topic_id, statement_seq)
) WITHOUT ROWID;

INSERT INTO statement_topic_rows
  SELECT x.topic_id, s.rowid FROM statement_topics x JOIN statements s ON s.id = x.statement_id WHERE x.status <> 'removed';

CREATE TRIGGER statement_topic_rows_after_insert AFTER INSERT ON statement_topics WHEN new.status <> 'removed' BEGIN
  INSERT OR IGNORE INTO statement_topic_rows SELECT new.topic_id, s.rowid FROM statements s WHERE s.id = new.statement_id;
END;

CREATE TRIGGER statement_topic_rows_after_update AFTER UPDATE OF topic_id, statement_id, status ON statement_topics BEGIN
  DELETE FROM statement_topic_rows
    WHERE topic_id = old.topic_id AND statement_seq = (SELECT s.rowid FROM statements s WHERE s.id = old.statement_id);
  INSERT OR IGNORE INTO statement_topic_rows
    SELECT new.topic_id, s.rowid FROM statements s WHERE s.id = new.statement_id AND new.status <> 'removed';
END;

CREATE TRIGGER statement_topic_rows_after_delete AFTER DELETE ON statement_topics BEGIN
  DELETE FROM statement_topic_rows
    WHERE topic_id = old.topic_id AND statement_seq = (SELECT s.rowid FROM statements s WHERE s.id = old.statement_id);
END;

-- A statement's deletion cascades to its assignments after its own row is gone, when its rowid can no longer be looked
-- up by id: its rows are removed here by the rowid itself (which a later statement could otherwise reuse).
CREATE INDEX statement_topic_rows_by_statement ON statement_topic_rows (statement_seq);
CREATE TRIGGER statement_topic_rows_after_statement_delete AFTER DELETE ON statements BEGIN
  DELETE FROM statement_topic_rows WHERE statement_seq = old.rowid;
END;
