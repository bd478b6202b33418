-- 001: the evaluation database (issue 2).
-- Codes (units, indicators, periods) are the identities of the workbook format, so rows are
-- keyed and referenced by code. JSON columns hold objects of strings (groups, attributes) or
-- documents the store writes itself (summaries, settings, scenario definitions).

-- Who is evaluated. `parent` is not a foreign key: the workbook format lets a unit name a
-- containing unit that the units sheet does not list.
CREATE TABLE units (
  code        TEXT PRIMARY KEY NOT NULL,
  name        TEXT NOT NULL,
  parent      TEXT,
  level       TEXT,
  category    TEXT,
  groups      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(groups)),
  attributes  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
  position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE periods (
  code  TEXT PRIMARY KEY NOT NULL,
  kind  TEXT NOT NULL CHECK (kind IN ('year', 'half', 'quarter', 'month', 'other')),
  year  INTEGER
);

-- The indicator tree, every column of the workbook's `indicators` sheet
-- (docs/workbook-format.md). A node that a later workbook no longer lists but that history
-- still references is retired (retired_at set), not deleted. The parent key is checked at
-- commit, so a tree can be written in any order.
-- `kind`, `scoring` and `aggregation` are not CHECKed: later issues add methods, and SQLite
-- cannot alter a CHECK without rebuilding the table; the importer validates them.
CREATE TABLE indicators (
  code         TEXT PRIMARY KEY NOT NULL,
  name         TEXT NOT NULL,
  name_en      TEXT,
  parent       TEXT REFERENCES indicators (code) DEFERRABLE INITIALLY DEFERRED,
  weight       REAL NOT NULL DEFAULT 1,
  direction    INTEGER NOT NULL DEFAULT 1 CHECK (direction IN (1, -1)),
  unit         TEXT,
  kind         TEXT NOT NULL DEFAULT 'indicator',
  fine_kind    TEXT,
  scoring      TEXT NOT NULL DEFAULT 'minmax',
  aggregation  TEXT NOT NULL DEFAULT 'arithmetic',
  target       REAL,
  typical_min  REAL,
  typical_max  REAL,
  department   TEXT,
  description  TEXT,
  attributes   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
  position     INTEGER NOT NULL DEFAULT 0,
  retired_at   TEXT
);
CREATE INDEX indicators_parent ON indicators (parent);

-- One row per applied workbook.
CREATE TABLE imports (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  user       TEXT NOT NULL,
  file_name  TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  -- The period named at import time for a wide sheet without a period column, if any.
  period     TEXT,
  summary    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary))
);

-- Raw values. A re-import marks the rows it replaces as superseded and never deletes them;
-- a NULL value is a missing value (not zero). At most one current row per cell.
CREATE TABLE observations (
  id                    INTEGER PRIMARY KEY,
  unit                  TEXT NOT NULL REFERENCES units (code),
  period                TEXT NOT NULL REFERENCES periods (code),
  indicator             TEXT NOT NULL REFERENCES indicators (code),
  value                 REAL,
  import_id             INTEGER NOT NULL REFERENCES imports (id),
  superseded_by_import  INTEGER REFERENCES imports (id),
  superseded_at         TEXT
);
CREATE UNIQUE INDEX observations_current
  ON observations (period, unit, indicator) WHERE superseded_by_import IS NULL;
CREATE INDEX observations_cell ON observations (unit, indicator, period);
CREATE INDEX observations_indicator ON observations (indicator);

-- Units' annual goals (赶考目标), superseded per (unit, period) like observations.
CREATE TABLE goals (
  id                    INTEGER PRIMARY KEY,
  unit                  TEXT NOT NULL REFERENCES units (code),
  period                TEXT NOT NULL REFERENCES periods (code),
  code                  TEXT NOT NULL,
  title                 TEXT NOT NULL,
  indicator             TEXT REFERENCES indicators (code),
  target                REAL,
  actual                REAL,
  status                TEXT NOT NULL CHECK (status IN ('set', 'done', 'partial', 'missed', 'dropped')),
  verified_by           TEXT,
  note                  TEXT,
  import_id             INTEGER NOT NULL REFERENCES imports (id),
  superseded_by_import  INTEGER REFERENCES imports (id),
  superseded_at         TEXT
);
CREATE UNIQUE INDEX goals_current
  ON goals (period, unit, code) WHERE superseded_by_import IS NULL;
CREATE INDEX goals_indicator ON goals (indicator);

CREATE TABLE weight_schemes (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  note          TEXT,
  is_baseline   INTEGER NOT NULL DEFAULT 0 CHECK (is_baseline IN (0, 1)),
  finalised_at  TEXT,
  created_at    TEXT NOT NULL,
  settings      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings))
);

-- A weight of one node, for one peer category or (category NULL) for all units.
CREATE TABLE scheme_weights (
  scheme_id  INTEGER NOT NULL REFERENCES weight_schemes (id) ON DELETE CASCADE,
  indicator  TEXT NOT NULL REFERENCES indicators (code),
  category   TEXT,
  weight     REAL NOT NULL CHECK (weight >= 0)
);
-- NULLs are distinct in a UNIQUE constraint, so the "all units" row is keyed as ''.
CREATE UNIQUE INDEX scheme_weights_key
  ON scheme_weights (scheme_id, indicator, ifnull(category, ''));
CREATE INDEX scheme_weights_indicator ON scheme_weights (indicator);

CREATE TABLE scenarios (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  scheme_id   INTEGER REFERENCES weight_schemes (id),
  definition  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(definition)),
  created_at  TEXT NOT NULL
);

-- Who did what, when: append-only (the triggers below refuse UPDATE and DELETE).
CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  user         TEXT NOT NULL,
  action       TEXT NOT NULL,
  entity       TEXT NOT NULL,
  entity_key   TEXT,
  before       TEXT CHECK (before IS NULL OR json_valid(before)),
  after        TEXT CHECK (after IS NULL OR json_valid(after)),
  file_sha256  TEXT
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
