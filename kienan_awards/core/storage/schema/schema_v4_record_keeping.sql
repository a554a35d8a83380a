-- Schema step 4: record keeping in the window. Names carry a stored Vietnamese sort key (given
-- name first) so lists sort in SQL; people and units go to a trash instead of being deleted,
-- and a person merged into another keeps a link to the record that holds their awards now.

ALTER TABLE people ADD COLUMN name_sort_key TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN deleted_at TEXT;
ALTER TABLE people ADD COLUMN merged_into_id INTEGER REFERENCES people(id);
ALTER TABLE units ADD COLUMN name_sort_key TEXT NOT NULL DEFAULT '';
ALTER TABLE units ADD COLUMN deleted_at TEXT;

-- Partial and covering: the People list reads its ordered ids from the index alone.
CREATE INDEX people_sort ON people(name_sort_key, id) WHERE deleted_at IS NULL;
CREATE INDEX units_sort ON units(name_sort_key, id);
