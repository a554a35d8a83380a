-- Schema step 3: every imported list is remembered, so the same list is never imported twice
-- and each record created from it can be traced back to its file.

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    list_kind TEXT NOT NULL CHECK (list_kind IN ('awards', 'proposals', 'people', 'units')),
    file_name TEXT NOT NULL,
    content_digest TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    os_user TEXT,
    rows_read INTEGER NOT NULL,
    summary TEXT
);

ALTER TABLE units ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);
ALTER TABLE people ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);
ALTER TABLE decisions ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);
ALTER TABLE awards ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);
