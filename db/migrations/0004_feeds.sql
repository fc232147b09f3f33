-- Feed subscriptions, and every item each feed has shown, so that a poll clips only what is new.
CREATE TABLE feeds (
  id               TEXT PRIMARY KEY,
  url              TEXT NOT NULL UNIQUE,
  title            TEXT,
  site_url         TEXT,
  poll_minutes     INTEGER NOT NULL DEFAULT 60 CHECK (poll_minutes >= 5),
  paused           INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
  etag             TEXT,                      -- validators from the last answer, sent back as If-None-Match /
  last_modified    TEXT,                      -- If-Modified-Since so an unchanged feed costs one 304
  last_polled_at   TEXT,
  last_success_at  TEXT,
  last_error       TEXT,
  created_at       TEXT NOT NULL
);

CREATE TABLE feed_items (
  feed_id     TEXT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  guid        TEXT NOT NULL,                  -- the item's GUID or id, else its link
  article_id  TEXT,                           -- the clip it became; NULL if it could not be clipped
  error       TEXT,
  seen_at     TEXT NOT NULL,
  PRIMARY KEY (feed_id, guid)
);
