-- Schema step 8: the honour roll's search index. One row per award, holding folded words
-- (no case, no diacritics, đ as d) of what a clerk searches by, and the same names spelt
-- with their marks so that exact spellings can rank first. Triggers keep it in step inside
-- the transaction that changes the records; the text comes from one view, which the rebuild
-- reads too. The functions it calls are registered by the program's connection, so another
-- program that writes awards without them fails instead of leaving the index behind.

CREATE VIRTUAL TABLE search_index USING fts5(
    names,    -- recipient as written on the decision, the person's or collective's name now
    units,    -- unit at the time, the unit's name now, the unit it merged into
    about,    -- achievement and decision number
    spelled UNINDEXED,  -- names | units, with their marks, to rank exact spellings first
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE VIEW award_search_text AS
SELECT a.id AS id,
       search_words(a.recipient_name, p.full_name, ru.name, rs.name) AS names,
       search_words(a.unit_name, u.name, us.name) AS units,
       search_words(a.achievement, d.number) AS about,
       spelled_words(a.recipient_name, p.full_name, ru.name, rs.name) || ' | '
           || spelled_words(a.unit_name, u.name, us.name) AS spelled
FROM awards a
JOIN decisions d ON d.id = a.decision_id
LEFT JOIN people p ON p.id = a.person_id
LEFT JOIN units ru ON ru.id = a.recipient_unit_id
LEFT JOIN units rs ON rs.id = ru.successor_id
LEFT JOIN units u ON u.id = a.unit_id
LEFT JOIN units us ON us.id = u.successor_id;

-- A writer of many awards at once (a list import) sets search_index_deferred() for the length
-- of its insert and indexes the new rows in one statement before it commits.
CREATE TRIGGER awards_search_insert AFTER INSERT ON awards WHEN NOT search_index_deferred()
BEGIN
    INSERT INTO search_index (rowid, names, units, about, spelled)
    SELECT id, names, units, about, spelled FROM award_search_text WHERE id = new.id;
END;

CREATE TRIGGER awards_search_update AFTER UPDATE OF recipient_name, person_id,
    recipient_unit_id, unit_id, unit_name, achievement, decision_id ON awards BEGIN
    DELETE FROM search_index WHERE rowid = old.id;
    INSERT INTO search_index (rowid, names, units, about, spelled)
    SELECT id, names, units, about, spelled FROM award_search_text WHERE id = new.id;
END;

CREATE TRIGGER awards_search_delete AFTER DELETE ON awards BEGIN
    DELETE FROM search_index WHERE rowid = old.id;
END;

CREATE TRIGGER decisions_search_update AFTER UPDATE OF number ON decisions BEGIN
    DELETE FROM search_index
    WHERE rowid IN (SELECT id FROM awards WHERE decision_id = new.id);
    INSERT INTO search_index (rowid, names, units, about, spelled)
    SELECT t.id, t.names, t.units, t.about, t.spelled
    FROM award_search_text t JOIN awards a ON a.id = t.id WHERE a.decision_id = new.id;
END;

CREATE TRIGGER people_search_update AFTER UPDATE OF full_name ON people BEGIN
    DELETE FROM search_index
    WHERE rowid IN (SELECT id FROM awards WHERE person_id = new.id);
    INSERT INTO search_index (rowid, names, units, about, spelled)
    SELECT t.id, t.names, t.units, t.about, t.spelled
    FROM award_search_text t JOIN awards a ON a.id = t.id WHERE a.person_id = new.id;
END;

-- A unit renamed, or merged into another, changes the words of its awards and of the awards
-- of the units merged into it.
CREATE TRIGGER units_search_update AFTER UPDATE OF name, successor_id ON units BEGIN
    DELETE FROM search_index WHERE rowid IN (
        SELECT a.id FROM awards a
        WHERE a.unit_id = new.id OR a.recipient_unit_id = new.id
           OR a.unit_id IN (SELECT id FROM units WHERE successor_id = new.id)
           OR a.recipient_unit_id IN (SELECT id FROM units WHERE successor_id = new.id));
    INSERT INTO search_index (rowid, names, units, about, spelled)
    SELECT t.id, t.names, t.units, t.about, t.spelled
    FROM award_search_text t JOIN awards a ON a.id = t.id
    WHERE a.unit_id = new.id OR a.recipient_unit_id = new.id
       OR a.unit_id IN (SELECT id FROM units WHERE successor_id = new.id)
       OR a.recipient_unit_id IN (SELECT id FROM units WHERE successor_id = new.id);
END;
