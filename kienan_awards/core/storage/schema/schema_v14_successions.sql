-- Schema step 14: a unit may have several successors, each from a date. A ward of the 2025
-- reform was often split between two new wards: each holds part of it. The links units kept in
-- units.successor_id move here; that column is retired (SQLite cannot drop a column a table
-- CHECK names) and a trigger keeps it empty.

CREATE TABLE unit_successions (
    id INTEGER PRIMARY KEY,
    predecessor_id INTEGER NOT NULL REFERENCES units(id),
    successor_id INTEGER NOT NULL REFERENCES units(id),
    valid_from TEXT,  -- the first day the successor holds it
    whole INTEGER NOT NULL DEFAULT 1 CHECK (whole IN (0, 1)),  -- 0: a part of the predecessor
    confirmed INTEGER NOT NULL DEFAULT 1 CHECK (confirmed IN (0, 1)),  -- 0: as reported
    note TEXT,
    CHECK (predecessor_id <> successor_id),
    UNIQUE (predecessor_id, successor_id)
);
CREATE INDEX unit_successions_successor ON unit_successions(successor_id);

INSERT INTO unit_successions (predecessor_id, successor_id, valid_from, whole, confirmed)
SELECT id, successor_id, date(valid_to, '+1 day'), 1, 1 FROM units
WHERE successor_id IS NOT NULL;

UPDATE units SET successor_id = NULL WHERE successor_id IS NOT NULL;

CREATE TRIGGER units_successor_retired_insert BEFORE INSERT ON units
WHEN new.successor_id IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'units.successor_id is retired: successors are unit_successions rows');
END;
CREATE TRIGGER units_successor_retired_update BEFORE UPDATE OF successor_id ON units
WHEN new.successor_id IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'units.successor_id is retired: successors are unit_successions rows');
END;

-- Every later unit of a unit, through any number of merges and splits.
CREATE VIEW unit_later_units AS
WITH RECURSIVE later(unit_id, later_id) AS (
    SELECT predecessor_id, successor_id FROM unit_successions
    UNION
    SELECT l.unit_id, s.successor_id FROM later l
    JOIN unit_successions s ON s.predecessor_id = l.later_id
)
SELECT unit_id, later_id FROM later;

-- The search words of an award's units now hold the names of every later unit, so searching
-- a new ward finds the awards of each ward it came from, wholly or in part.
DROP TRIGGER units_search_update;
DROP VIEW award_search_text;
CREATE VIEW award_search_text AS
SELECT a.id AS id,
       search_words(a.recipient_name, p.full_name, ru.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = ru.id)) AS names,
       search_words(a.unit_name, u.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = u.id)) AS units,
       search_words(a.achievement, d.number) AS about,
       spelled_words(a.recipient_name, p.full_name, ru.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = ru.id)) || ' | '
           || spelled_words(a.unit_name, u.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = u.id)) AS spelled
FROM awards a
JOIN decisions d ON d.id = a.decision_id
LEFT JOIN people p ON p.id = a.person_id
LEFT JOIN units ru ON ru.id = a.recipient_unit_id
LEFT JOIN units u ON u.id = a.unit_id;

-- The awards whose words name a unit: its own, and those of every unit it came from.
CREATE VIEW unit_award_words AS
SELECT a.id AS award_id, x.unit_id AS unit_id
FROM (SELECT id AS unit_id, id AS earlier_id FROM units
      UNION SELECT later_id, unit_id FROM unit_later_units) x
JOIN awards a ON a.unit_id = x.earlier_id OR a.recipient_unit_id = x.earlier_id;

CREATE TRIGGER units_search_update AFTER UPDATE OF name ON units BEGIN
    DELETE FROM search_index
    WHERE rowid IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.id);
    INSERT INTO search_index (rowid, names, units, about, spelled)
    SELECT t.id, t.names, t.units, t.about, t.spelled FROM award_search_text t
    WHERE t.id IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.id);
END;

-- A link made or undone changes the words of the predecessor's awards and its earlier units'.
CREATE TRIGGER unit_successions_search_insert AFTER INSERT ON unit_successions BEGIN
    DELETE FROM search_index
    WHERE rowid IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.predecessor_id);
    INSERT INTO search_index (rowid, names, units, about, spelled)
    SELECT t.id, t.names, t.units, t.about, t.spelled FROM award_search_text t
    WHERE t.id IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.predecessor_id);
END;
CREATE TRIGGER unit_successions_search_update AFTER UPDATE OF predecessor_id, successor_id
    ON unit_successions BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT award_id FROM unit_award_words
        WHERE unit_id IN (old.predecessor_id, new.predecessor_id));
    INSERT INTO search_index (rowid, names, units, about, spelled)
    SELECT t.id, t.names, t.units, t.about, t.spelled FROM award_search_text t
    WHERE t.id IN (SELECT award_id FROM unit_award_words
        WHERE unit_id IN (old.predecessor_id, new.predecessor_id));
END;
CREATE TRIGGER unit_successions_search_delete AFTER DELETE ON unit_successions BEGIN
    DELETE FROM search_index
    WHERE rowid IN (SELECT award_id FROM unit_award_words WHERE unit_id = old.predecessor_id);
    INSERT INTO search_index (rowid, names, units, about, spelled)
    SELECT t.id, t.names, t.units, t.about, t.spelled FROM award_search_text t
    WHERE t.id IN (SELECT award_id FROM unit_award_words WHERE unit_id = old.predecessor_id);
END;

-- A unit merged twice (into one unit, which later merged again) now carries the later name too.
DELETE FROM search_index WHERE rowid IN (
    SELECT id FROM awards WHERE unit_id IN (SELECT unit_id FROM unit_later_units)
        OR recipient_unit_id IN (SELECT unit_id FROM unit_later_units));
INSERT INTO search_index (rowid, names, units, about, spelled)
SELECT t.id, t.names, t.units, t.about, t.spelled FROM award_search_text t
JOIN awards a ON a.id = t.id
WHERE a.unit_id IN (SELECT unit_id FROM unit_later_units)
   OR a.recipient_unit_id IN (SELECT unit_id FROM unit_later_units);
