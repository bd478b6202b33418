-- 004: what-if scenarios (issue 6). Migration 001 made the table (name, base scheme, definition
-- JSON, created_at); a scenario also has a note and the time it was last saved. `scheme_id`
-- NULL means the scenario is laid over the standard computation rather than a stored scheme.
ALTER TABLE scenarios ADD COLUMN note TEXT;
ALTER TABLE scenarios ADD COLUMN updated_at TEXT;
UPDATE scenarios SET updated_at = created_at WHERE updated_at IS NULL;
