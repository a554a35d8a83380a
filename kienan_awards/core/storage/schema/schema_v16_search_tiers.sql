-- Schema step 16: the honour roll's results come in tiers (the name as typed, the name without
-- diacritics, the names holding the words in order, in any order, then the words found through
-- the unit), each read from an index, newest first within a tier.
--
-- search_index_entries holds one row per award: the recipient's name folded and spelt, for the
-- lookups of a whole name, and the words the full-text index search_index is built from (it
-- keeps no copy of its own: content = search_index_entries). The entry's key is the award's place
-- in "newest first": its year, its decision's day, then the award first written, so a query
-- walking the index by descending rowid meets the newest awards first and can stop at 200.
-- Triggers keep both in step inside the transaction that changes the records.

DROP TRIGGER awards_search_insert;
DROP TRIGGER awards_search_update;
DROP TRIGGER awards_search_delete;
DROP TRIGGER decisions_search_update;
DROP TRIGGER people_search_update;
DROP TRIGGER units_search_update;
DROP TRIGGER unit_successions_search_insert;
DROP TRIGGER unit_successions_search_update;
DROP TRIGGER unit_successions_search_delete;
DROP VIEW award_search_text;
DROP TABLE search_index;

CREATE TABLE search_index_entries (
    recency INTEGER PRIMARY KEY,  -- year << 49 | days since 1900 << 32 | (2^32 - 1 - award id)
    award_id INTEGER NOT NULL UNIQUE,
    name_folded TEXT NOT NULL,    -- the words of the recipient's name as written, folded
    name_spelled TEXT NOT NULL,   -- the same name spelt with its marks (search_text.py)
    names TEXT,            -- folded: that name, the person's or collective's name now
    others TEXT,           -- folded: units then and now, achievement, decision number
    spelled_names TEXT,    -- names spelt with their marks
    spelled_others TEXT    -- the units spelt with their marks
);
-- A whole name is found by this index, newest first (the index ends with the key).
CREATE INDEX search_index_entries_name ON search_index_entries(name_folded);

CREATE VIRTUAL TABLE search_index USING fts5(
    names, others, spelled_names, spelled_others,
    content = 'search_index_entries', content_rowid = 'recency',
    tokenize = 'unicode61 remove_diacritics 0'
);

-- The later units of a unit, and their words, are those of schema step 14.
CREATE VIEW award_search_text AS
SELECT a.id AS id,
       ((min(max(a.achievement_year, 0), 4095) * 131072
         + min(max(coalesce(CAST(julianday(d.decided_on) - 2415020.5 AS INTEGER), 0), 0),
               131071)) << 32) + (4294967295 - a.id) AS recency,
       search_words(a.recipient_name) AS name_folded,
       spelled_words(a.recipient_name) AS name_spelled,
       search_words(a.recipient_name, p.full_name, ru.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = ru.id)) AS names,
       search_words(a.unit_name, u.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = u.id),
           a.achievement, d.number) AS others,
       spelled_words(a.recipient_name, p.full_name, ru.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = ru.id)) AS spelled_names,
       spelled_words(a.unit_name, u.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = u.id)) AS spelled_others
FROM awards a
JOIN decisions d ON d.id = a.decision_id
LEFT JOIN people p ON p.id = a.person_id
LEFT JOIN units ru ON ru.id = a.recipient_unit_id
LEFT JOIN units u ON u.id = a.unit_id;

-- Each trigger below takes the awards it changes out of the index (the index needs the words
-- it was given to take them out), then writes their entries again from the view.

-- A writer of many awards at once (a list import) sets search_index_deferred() for the length
-- of its insert and indexes the new rows in one statement before it commits.
CREATE TRIGGER awards_search_insert AFTER INSERT ON awards WHEN NOT search_index_deferred()
BEGIN
    INSERT INTO search_index_entries
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id = new.id;
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id = new.id;
END;

CREATE TRIGGER awards_search_update AFTER UPDATE OF recipient_name, person_id,
    recipient_unit_id, unit_id, unit_name, achievement, decision_id, achievement_year ON awards
BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id = old.id;
    DELETE FROM search_index_entries WHERE award_id = old.id;
    INSERT INTO search_index_entries
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id = new.id;
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id = new.id;
END;

CREATE TRIGGER awards_search_delete AFTER DELETE ON awards BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id = old.id;
    DELETE FROM search_index_entries WHERE award_id = old.id;
END;

-- A change of a decision, a person, a unit or a succession writes its awards again.
CREATE TRIGGER decisions_search_update AFTER UPDATE OF number, decided_on ON decisions BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (SELECT id FROM awards WHERE decision_id = new.id);
    DELETE FROM search_index_entries
    WHERE award_id IN (SELECT id FROM awards WHERE decision_id = new.id);
    INSERT INTO search_index_entries
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id IN (SELECT id FROM awards WHERE decision_id = new.id);
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (SELECT id FROM awards WHERE decision_id = new.id);
END;

CREATE TRIGGER people_search_update AFTER UPDATE OF full_name ON people BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (SELECT id FROM awards WHERE person_id = new.id);
    DELETE FROM search_index_entries
    WHERE award_id IN (SELECT id FROM awards WHERE person_id = new.id);
    INSERT INTO search_index_entries
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id IN (SELECT id FROM awards WHERE person_id = new.id);
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (SELECT id FROM awards WHERE person_id = new.id);
END;

-- A unit renamed changes the words of its awards and of the awards of the units it came from.
CREATE TRIGGER units_search_update AFTER UPDATE OF name ON units BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries
    WHERE award_id IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.id);
    DELETE FROM search_index_entries
    WHERE award_id IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.id);
    INSERT INTO search_index_entries
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text
    WHERE id IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.id);
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others FROM search_index_entries
    WHERE award_id IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.id);
END;

-- A link made or undone changes the words of the predecessor's awards and its earlier units'.
CREATE TRIGGER unit_successions_search_insert AFTER INSERT ON unit_successions BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = new.predecessor_id);
    DELETE FROM search_index_entries WHERE award_id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = new.predecessor_id);
    INSERT INTO search_index_entries
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = new.predecessor_id);
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = new.predecessor_id);
END;

CREATE TRIGGER unit_successions_search_update AFTER UPDATE OF predecessor_id, successor_id
    ON unit_successions BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (SELECT award_id FROM unit_award_words
        WHERE unit_id IN (old.predecessor_id, new.predecessor_id));
    DELETE FROM search_index_entries WHERE award_id IN (SELECT award_id FROM unit_award_words
        WHERE unit_id IN (old.predecessor_id, new.predecessor_id));
    INSERT INTO search_index_entries
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id IN (SELECT award_id FROM unit_award_words
        WHERE unit_id IN (old.predecessor_id, new.predecessor_id));
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (SELECT award_id FROM unit_award_words
        WHERE unit_id IN (old.predecessor_id, new.predecessor_id));
END;

CREATE TRIGGER unit_successions_search_delete AFTER DELETE ON unit_successions BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = old.predecessor_id);
    DELETE FROM search_index_entries WHERE award_id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = old.predecessor_id);
    INSERT INTO search_index_entries
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = old.predecessor_id);
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = old.predecessor_id);
END;
