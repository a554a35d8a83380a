-- Schema step 6: proposals and their review, the eligibility rules as data, and the acts
-- that correct or revoke a decided award (an award is never edited in place).

CREATE TABLE eligibility_rules (
    code TEXT PRIMARY KEY,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    message TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    parameter TEXT,  -- the adjustable figure, where the regulation allows one
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    proposed_by TEXT,
    received_on TEXT,
    achievement_year INTEGER NOT NULL,
    movement_id INTEGER REFERENCES movements(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE TABLE proposal_lines (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    form_id INTEGER NOT NULL REFERENCES award_forms(id),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('individual', 'collective', 'household')),
    person_id INTEGER REFERENCES people(id),
    recipient_unit_id INTEGER REFERENCES units(id),
    recipient_name TEXT NOT NULL,
    unit_id INTEGER REFERENCES units(id),
    position TEXT,
    achievement TEXT,
    -- What the unit's review says of the candidate, which the rules read.
    task_rating TEXT CHECK (task_rating IN ('excellent', 'good', 'completed', 'not_completed')),
    has_initiative INTEGER NOT NULL DEFAULT 0 CHECK (has_initiative IN (0, 1)),
    under_discipline INTEGER NOT NULL DEFAULT 0 CHECK (under_discipline IN (0, 1)),
    review_status TEXT NOT NULL DEFAULT 'pending'
        CHECK (review_status IN ('pending', 'accepted', 'returned', 'rejected')),
    review_reason TEXT,
    override_reason TEXT,
    award_id INTEGER REFERENCES awards(id),
    CHECK (review_status NOT IN ('returned', 'rejected') OR review_reason IS NOT NULL)
);
CREATE INDEX proposal_lines_proposal ON proposal_lines(proposal_id);

CREATE TABLE award_acts (
    id INTEGER PRIMARY KEY,
    award_id INTEGER NOT NULL REFERENCES awards(id),
    act TEXT NOT NULL CHECK (act IN ('correction', 'revocation')),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    changes_json TEXT,
    acted_on TEXT NOT NULL,
    os_user TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now'))
);
CREATE INDEX award_acts_award ON award_acts(award_id);
