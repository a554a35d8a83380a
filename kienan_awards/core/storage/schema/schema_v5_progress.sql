-- Schema step 5: how far targets have come, and the evidence an award was given on.

-- A rate (%) is judged as it stands at each report; an amount accumulates through the year
-- and is judged during the year against the share of the period that has elapsed.
ALTER TABLE targets ADD COLUMN accumulates INTEGER NOT NULL DEFAULT 1 CHECK (accumulates IN (0, 1));
UPDATE targets SET accumulates = 0 WHERE trim(measure_unit) = '%';

-- The targets' figures as they stood when the award was decided, copied so that later
-- reports never change what the award was given on.
CREATE TABLE award_evidence (
    id INTEGER PRIMARY KEY,
    award_id INTEGER NOT NULL REFERENCES awards(id) ON DELETE CASCADE,
    target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL,
    as_of TEXT NOT NULL,
    movement_name TEXT NOT NULL,
    unit_name TEXT,
    indicator TEXT NOT NULL,
    measure_unit TEXT NOT NULL,
    plans TEXT NOT NULL,
    actual_value TEXT,
    reported_on TEXT,
    percent_of_plan TEXT,
    percent_of_same_period TEXT,
    status TEXT NOT NULL
);
CREATE INDEX award_evidence_award ON award_evidence(award_id);
