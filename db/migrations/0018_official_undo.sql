-- What a removal or a merge of officials took away, kept for a while so that Undo can put it back exactly: the
-- official with its id, every spelling and role (with their ids, dates and source clips), and which statements were
-- linked to whom. Written in the same transaction as the change it undoes; a token is used once, and old ones are
-- purged when new ones are written. A JSON document, since only the restore reads it, all at once.
CREATE TABLE official_undo (
  token      TEXT PRIMARY KEY,
  action     TEXT NOT NULL CHECK (action IN ('remove', 'merge')),
  snapshot   TEXT NOT NULL CHECK (json_valid(snapshot)),
  created_at TEXT NOT NULL
);
CREATE INDEX official_undo_by_age ON official_undo (created_at);
