-- 002: expert marks (专家评分, the workbook's optional `marks` sheet, rule R13): one row per
-- expert, unit, period and leaf indicator. Superseded per (unit, period) like observations and
-- goals: a re-import marks the pair's current marks as superseded by it, keeps them as history
-- and inserts the new ones. At most one current mark per expert and cell.
CREATE TABLE marks (
  id                    INTEGER PRIMARY KEY,
  unit                  TEXT NOT NULL REFERENCES units (code),
  period                TEXT NOT NULL REFERENCES periods (code),
  indicator             TEXT NOT NULL REFERENCES indicators (code),
  expert                TEXT NOT NULL,
  value                 REAL NOT NULL,
  note                  TEXT,
  import_id             INTEGER NOT NULL REFERENCES imports (id),
  superseded_by_import  INTEGER REFERENCES imports (id),
  superseded_at         TEXT
);
CREATE UNIQUE INDEX marks_current
  ON marks (period, unit, indicator, expert) WHERE superseded_by_import IS NULL;
CREATE INDEX marks_indicator ON marks (indicator);
