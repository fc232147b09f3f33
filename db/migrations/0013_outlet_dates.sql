-- "Everything from this outlet since …": the clips of an outlet by date, live ones first, read from the index alone
-- instead of a clip row (which holds the whole text) per candidate. It starts with outlet_id, so it also serves
-- everything the old single-column index did.
CREATE INDEX articles_outlet_live ON articles (outlet_id, deleted_at, sort_at);
DROP INDEX articles_outlet;
