-- Schema step 25: a cluster-year's scoring table (bảng tiêu chí chấm điểm thi đua), its
-- criteria, and each member's self-score (tự chấm) and agreed score (cụm chấm) per criterion.
-- Every formula parameter is a column, never code; decimals are kept as exact text.

CREATE TABLE cluster_scoring_tables (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2100),
    -- The tie-break rules' codes in their order, separated by commas.
    tie_breaks TEXT NOT NULL DEFAULT '',
    leading_count INTEGER NOT NULL DEFAULT 1 CHECK (leading_count >= 0),
    leading_basis TEXT,
    source_document TEXT,
    UNIQUE (cluster_id, year)
);

CREATE TABLE scoring_criteria (
    id INTEGER PRIMARY KEY,
    scoring_table_id INTEGER NOT NULL REFERENCES cluster_scoring_tables(id),
    sort_order INTEGER NOT NULL,
    number TEXT NOT NULL CHECK (length(trim(number)) > 0),
    text TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('target', 'yesno', 'judged', 'bonus', 'penalty')),
    criterion_group TEXT NOT NULL DEFAULT '',
    maximum TEXT NOT NULL DEFAULT '0',
    must INTEGER NOT NULL DEFAULT 0 CHECK (must IN (0, 1)),
    target_id INTEGER REFERENCES targets(id),
    plan_source TEXT,
    bonus_per_percent TEXT NOT NULL DEFAULT '0',
    bonus_cap TEXT NOT NULL DEFAULT '0',
    points_per_event TEXT NOT NULL DEFAULT '0',
    cap TEXT NOT NULL DEFAULT '0',
    UNIQUE (scoring_table_id, number)
);
CREATE INDEX scoring_criteria_target ON scoring_criteria(target_id);

-- A member's scores on one criterion: points, or for a bonus or penalty item the number of
-- times it happened; who entered each and when.
CREATE TABLE cluster_scores (
    id INTEGER PRIMARY KEY,
    criterion_id INTEGER NOT NULL REFERENCES scoring_criteria(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    self_points TEXT,
    self_events INTEGER CHECK (self_events IS NULL OR self_events >= 0),
    self_entered_by TEXT,
    self_entered_at TEXT,
    agreed_points TEXT,
    agreed_events INTEGER CHECK (agreed_events IS NULL OR agreed_events >= 0),
    agreed_entered_by TEXT,
    agreed_entered_at TEXT,
    UNIQUE (criterion_id, unit_id)
);
CREATE INDEX cluster_scores_unit ON cluster_scores(unit_id);
