-- Schema step 20: searching as the clerk types stays quick on a large register, and an import
-- indexes its awards at less cost.
-- - The full-text index keeps prefix indexes of one and two characters: "h" and "ng" are each
--   read from one list instead of the lists of every word they begin, merged first. A longer
--   beginning ("hoa") is looked up in a list of the index's words (search_index_words) and the
--   index asked for the whole words it begins, each read only as far as the results need.
-- - search_index_entries holds the same words as in step 16, one row per award, now keyed by
--   award: an import adds its entries at the end of the table instead of between the older
--   ones. The place in "newest first" (recency) stays the full-text index's key.
-- - The words of an award are made from one view of its texts (award_search_source): the
--   triggers read them through award_search_text, a function call a column; a writer of many
--   awards reads the texts and works out each name's words once (search_index.py).
-- - The full-text index keeps no column sizes: its results are ordered by key, never by rank.

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

ALTER TABLE search_index_entries RENAME TO search_index_entries_16;
CREATE TABLE search_index_entries (
    award_id INTEGER PRIMARY KEY,
    recency INTEGER NOT NULL,     -- year << 49 | days since 1900 << 32 | (2^32 - 1 - award id)
    name_folded TEXT NOT NULL,    -- the words of the recipient's name as written, folded
    name_spelled TEXT NOT NULL,   -- the same name spelt with its marks (search_text.py)
    names TEXT,            -- folded: that name, the person's or collective's name now
    others TEXT,           -- folded: units then and now, achievement, decision number
    spelled_names TEXT,    -- names spelt with their marks
    spelled_others TEXT,   -- the units spelt with their marks
    -- The key holds the award's id, so no two entries have the same key.
    CHECK (recency & 4294967295 = 4294967295 - award_id)
);
INSERT INTO search_index_entries (award_id, recency, name_folded, name_spelled, names, others,
    spelled_names, spelled_others)
SELECT award_id, recency, name_folded, name_spelled, names, others, spelled_names, spelled_others
FROM search_index_entries_16 ORDER BY award_id;
DROP TABLE search_index_entries_16;
-- A whole name is found by this index, newest first.
CREATE INDEX search_index_entries_name ON search_index_entries(name_folded, recency);

CREATE VIRTUAL TABLE search_index USING fts5(
    names, others, spelled_names, spelled_others,
    content = 'search_index_entries', content_rowid = 'recency',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2', columnsize = 0
);
-- Words wait in memory up to 16 MB before they are written out (the default is 1 MB): a large
-- import or a rebuild writes fewer, larger segments, and merges them less often (indexing a
-- 100,000-award import: 0.45 s of processor time instead of 0.85 s).
INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 16777216);
-- In the order of the key: the full-text index writes its pending words out whenever a key
-- comes lower than the one before.
INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
SELECT recency, names, others, spelled_names, spelled_others
FROM search_index_entries ORDER BY recency;

-- Every word the index holds, folded or spelt, once. A word still being typed ("hoa") is
-- looked up here and the index asked for the whole words it begins ("hoa", "hoai", "hoang"):
-- asked for the beginning itself, the index would first gather the lists of all those words
-- into one. A word stays listed when no award holds it any more (asked for, it finds none);
-- a rebuild lists the words afresh.
CREATE TABLE search_index_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE VIRTUAL TABLE temp.search_index_terms USING fts5vocab(main, search_index, 'row');
INSERT INTO search_index_words (word) SELECT term FROM temp.search_index_terms;
DROP TABLE temp.search_index_terms;

-- The words of each entry, as its triggers list them (a writer of many awards at once lists
-- the words of all their entries itself, search_index.py). A word is letters and digits only.
CREATE VIEW search_index_entry_words AS
SELECT e.award_id AS award_id, w.value AS word
FROM search_index_entries e, json_each('["' || replace(coalesce(e.names, '') || ' '
    || coalesce(e.others, '') || ' ' || coalesce(e.spelled_names, '') || ' '
    || coalesce(e.spelled_others, ''), ' ', '","') || '"]') w
WHERE w.value <> '';

-- Each award's texts the words are made of; the later units of a unit are those of step 14.
-- A name or unit now that is the one written on the award is left out: its words would be
-- given once anyway.
CREATE VIEW award_search_source AS
SELECT a.id AS id,
       ((min(max(a.achievement_year, 0), 4095) * 131072
         + min(max(coalesce(CAST(julianday(d.decided_on) - 2415020.5 AS INTEGER), 0), 0),
               131071)) << 32) + (4294967295 - a.id) AS recency,
       a.recipient_name AS recipient_name,
       nullif(p.full_name, a.recipient_name) AS person_name,
       ru.name AS recipient_unit_name,
       (SELECT group_concat(s.name, ' ') FROM unit_later_units l
        JOIN units s ON s.id = l.later_id WHERE l.unit_id = ru.id) AS recipient_unit_later,
       a.unit_name AS unit_name,
       nullif(u.name, a.unit_name) AS unit_now,
       (SELECT group_concat(s.name, ' ') FROM unit_later_units l
        JOIN units s ON s.id = l.later_id WHERE l.unit_id = u.id) AS unit_later,
       a.achievement AS achievement,
       d.number AS decision_number
FROM awards a
JOIN decisions d ON d.id = a.decision_id
LEFT JOIN people p ON p.id = a.person_id
LEFT JOIN units ru ON ru.id = a.recipient_unit_id
LEFT JOIN units u ON u.id = a.unit_id;

-- The words, as search_index.py makes them from the same texts.
CREATE VIEW award_search_text AS
SELECT id, recency,
       search_words(recipient_name) AS name_folded,
       spelled_words(recipient_name) AS name_spelled,
       search_words(recipient_name, person_name, recipient_unit_name, recipient_unit_later)
           AS names,
       search_words(unit_name, unit_now, unit_later, achievement, decision_number) AS others,
       spelled_words(recipient_name, person_name, recipient_unit_name, recipient_unit_later)
           AS spelled_names,
       spelled_words(unit_name, unit_now, unit_later) AS spelled_others
FROM award_search_source;

-- Each trigger below takes the awards it changes out of the index (the index needs the words
-- it was given to take them out), then writes their entries again from the view and lists
-- their words.

-- A writer of many awards at once (a list import) sets search_index_deferred() for the length
-- of its insert and indexes the new rows in one statement before it commits.
CREATE TRIGGER awards_search_insert AFTER INSERT ON awards WHEN NOT search_index_deferred()
BEGIN
    INSERT INTO search_index_entries (recency, award_id, name_folded, name_spelled, names,
        others, spelled_names, spelled_others)
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id = new.id;
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id = new.id;
    INSERT OR IGNORE INTO search_index_words (word)
    SELECT word FROM search_index_entry_words WHERE award_id = new.id;
END;

CREATE TRIGGER awards_search_update AFTER UPDATE OF recipient_name, person_id,
    recipient_unit_id, unit_id, unit_name, achievement, decision_id, achievement_year ON awards
BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id = old.id;
    DELETE FROM search_index_entries WHERE award_id = old.id;
    INSERT INTO search_index_entries (recency, award_id, name_folded, name_spelled, names,
        others, spelled_names, spelled_others)
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id = new.id;
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id = new.id;
    INSERT OR IGNORE INTO search_index_words (word)
    SELECT word FROM search_index_entry_words WHERE award_id = new.id;
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
    INSERT INTO search_index_entries (recency, award_id, name_folded, name_spelled, names,
        others, spelled_names, spelled_others)
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id IN (SELECT id FROM awards WHERE decision_id = new.id);
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (SELECT id FROM awards WHERE decision_id = new.id);
    INSERT OR IGNORE INTO search_index_words (word)
    SELECT word FROM search_index_entry_words
    WHERE award_id IN (SELECT id FROM awards WHERE decision_id = new.id);
END;

CREATE TRIGGER people_search_update AFTER UPDATE OF full_name ON people BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (SELECT id FROM awards WHERE person_id = new.id);
    DELETE FROM search_index_entries
    WHERE award_id IN (SELECT id FROM awards WHERE person_id = new.id);
    INSERT INTO search_index_entries (recency, award_id, name_folded, name_spelled, names,
        others, spelled_names, spelled_others)
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id IN (SELECT id FROM awards WHERE person_id = new.id);
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (SELECT id FROM awards WHERE person_id = new.id);
    INSERT OR IGNORE INTO search_index_words (word)
    SELECT word FROM search_index_entry_words
    WHERE award_id IN (SELECT id FROM awards WHERE person_id = new.id);
END;

-- A unit renamed changes the words of its awards and of the awards of the units it came from.
CREATE TRIGGER units_search_update AFTER UPDATE OF name ON units BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries
    WHERE award_id IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.id);
    DELETE FROM search_index_entries
    WHERE award_id IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.id);
    INSERT INTO search_index_entries (recency, award_id, name_folded, name_spelled, names,
        others, spelled_names, spelled_others)
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text
    WHERE id IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.id);
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others FROM search_index_entries
    WHERE award_id IN (SELECT award_id FROM unit_award_words WHERE unit_id = new.id);
    INSERT OR IGNORE INTO search_index_words (word)
    SELECT word FROM search_index_entry_words
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
    INSERT INTO search_index_entries (recency, award_id, name_folded, name_spelled, names,
        others, spelled_names, spelled_others)
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = new.predecessor_id);
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = new.predecessor_id);
    INSERT OR IGNORE INTO search_index_words (word)
    SELECT word FROM search_index_entry_words WHERE award_id IN (
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
    INSERT INTO search_index_entries (recency, award_id, name_folded, name_spelled, names,
        others, spelled_names, spelled_others)
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id IN (SELECT award_id FROM unit_award_words
        WHERE unit_id IN (old.predecessor_id, new.predecessor_id));
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (SELECT award_id FROM unit_award_words
        WHERE unit_id IN (old.predecessor_id, new.predecessor_id));
    INSERT OR IGNORE INTO search_index_words (word)
    SELECT word FROM search_index_entry_words WHERE award_id IN (SELECT award_id
        FROM unit_award_words WHERE unit_id IN (old.predecessor_id, new.predecessor_id));
END;

CREATE TRIGGER unit_successions_search_delete AFTER DELETE ON unit_successions BEGIN
    INSERT INTO search_index (search_index, rowid, names, others, spelled_names, spelled_others)
    SELECT 'delete', recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = old.predecessor_id);
    DELETE FROM search_index_entries WHERE award_id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = old.predecessor_id);
    INSERT INTO search_index_entries (recency, award_id, name_folded, name_spelled, names,
        others, spelled_names, spelled_others)
    SELECT recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others
    FROM award_search_text WHERE id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = old.predecessor_id);
    INSERT INTO search_index (rowid, names, others, spelled_names, spelled_others)
    SELECT recency, names, others, spelled_names, spelled_others
    FROM search_index_entries WHERE award_id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = old.predecessor_id);
    INSERT OR IGNORE INTO search_index_words (word)
    SELECT word FROM search_index_entry_words WHERE award_id IN (
        SELECT award_id FROM unit_award_words WHERE unit_id = old.predecessor_id);
END;
