-- Near-duplicate detection for syndication: a MinHash signature per article, and its locality-sensitive
-- hashing bands, so that the few earlier articles that may share a story are found without reading them all.
CREATE TABLE article_minhash (
  article_seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  signature   BLOB NOT NULL
);

CREATE TABLE article_lsh (
  band        INTEGER NOT NULL,
  bucket      INTEGER NOT NULL,
  article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  PRIMARY KEY (band, bucket, article_seq)
) WITHOUT ROWID;

CREATE INDEX article_lsh_article ON article_lsh (article_seq);
