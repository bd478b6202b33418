-- 003: saved peer groups (对标组, issue 5): a hand-picked list of units a committee compares a
-- unit with. Only the list is stored; the other peer groups (category, township, level, the k
-- most similar) are worked out from the data each time. Members are units by code, kept in the
-- order they were picked; deleting a group deletes its members with it.
CREATE TABLE peer_groups (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  note        TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE peer_group_members (
  group_id  INTEGER NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
  unit      TEXT NOT NULL REFERENCES units (code),
  position  INTEGER NOT NULL,
  PRIMARY KEY (group_id, unit)
);
