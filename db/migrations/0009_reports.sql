-- Report definitions, kept so that a report can be run again for a new period. The definition (selection,
-- template, options) is JSON validated by the reports module; the library keeps it as written.
CREATE TABLE report_definitions (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  definition  TEXT NOT NULL CHECK (json_valid(definition)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
