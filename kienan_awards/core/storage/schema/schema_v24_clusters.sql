-- Schema step 24: emulation clusters (cụm thi đua) and blocks (khối thi đua). A cluster is set
-- up once by a decision; its members, leader and deputy are kept per year (they change year to
-- year, and history is kept), as is the pact its members sign.

CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_folded TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('cluster', 'block')),
    organiser TEXT NOT NULL CHECK (organiser IN ('city', 'office')),
    decision_number TEXT,
    decided_on TEXT CHECK (decided_on IS NULL OR date(decided_on) IS decided_on),
    deciding_authority TEXT,
    import_batch_id INTEGER REFERENCES import_batches(id),
    deleted_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
-- One cluster of a name for each organiser, among those not in the trash.
CREATE UNIQUE INDEX clusters_name ON clusters(organiser, name_folded) WHERE deleted_at IS NULL;

-- A unit's place in a cluster for a year: any unit, this office's or not (the other wards of a
-- city cluster are units under the city); a unit may sit in several clusters in one year.
CREATE TABLE cluster_members (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2100),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    cluster_role TEXT NOT NULL DEFAULT 'member'
        CHECK (cluster_role IN ('leader', 'deputy', 'member')),
    import_batch_id INTEGER REFERENCES import_batches(id),
    UNIQUE (cluster_id, year, unit_id)
);
CREATE UNIQUE INDEX cluster_members_one_leader ON cluster_members(cluster_id, year)
    WHERE cluster_role = 'leader';
CREATE UNIQUE INDEX cluster_members_one_deputy ON cluster_members(cluster_id, year)
    WHERE cluster_role = 'deputy';
CREATE INDEX cluster_members_unit ON cluster_members(unit_id, year);

-- The year's pact (bản giao ước thi đua) and the members that signed it.
CREATE TABLE cluster_pacts (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2100),
    signed_on TEXT CHECK (signed_on IS NULL OR date(signed_on) IS signed_on),
    text TEXT,
    UNIQUE (cluster_id, year)
);

CREATE TABLE pact_signatories (
    id INTEGER PRIMARY KEY,
    pact_id INTEGER NOT NULL REFERENCES cluster_pacts(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    UNIQUE (pact_id, unit_id)
);
