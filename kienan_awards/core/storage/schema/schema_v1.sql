-- Schema step 1: every record the desk keeps. Dates are ISO text (YYYY-MM-DD); plan figures
-- and coefficients are exact decimal text; money is whole VND as INTEGER.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_folded TEXT NOT NULL,
    short_name TEXT,
    kind TEXT NOT NULL,
    parent_id INTEGER REFERENCES units(id),
    valid_from TEXT,
    valid_to TEXT,
    successor_id INTEGER REFERENCES units(id),
    note TEXT,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CHECK (successor_id IS NULL OR successor_id <> id)
);
CREATE INDEX units_parent ON units(parent_id);
CREATE INDEX units_name_folded ON units(name_folded);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    name_folded TEXT NOT NULL,
    gender TEXT CHECK (gender IN ('male', 'female')),
    birth_date TEXT,
    birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    position TEXT,
    unit_id INTEGER REFERENCES units(id),
    personal_id TEXT CHECK (personal_id IS NULL
        OR (length(personal_id) = 12 AND personal_id NOT GLOB '*[^0-9]*')),
    recruited_on TEXT,
    note TEXT,
    CHECK (birth_date IS NULL OR birth_year = CAST(substr(birth_date, 1, 4) AS INTEGER))
);
CREATE INDEX people_unit ON people(unit_id);
CREATE INDEX people_name_folded ON people(name_folded, birth_year);
CREATE UNIQUE INDEX people_personal_id ON people(personal_id) WHERE personal_id IS NOT NULL;

CREATE TABLE issuing_authorities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    issuer_title TEXT NOT NULL,
    body_name TEXT NOT NULL,
    signer_title TEXT NOT NULL,
    signer_name TEXT NOT NULL,
    place TEXT NOT NULL,
    decision_suffix TEXT NOT NULL DEFAULT 'QĐ-UBND',
    unit_id INTEGER REFERENCES units(id),
    valid_from TEXT,
    valid_to TEXT,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);

CREATE TABLE movements (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('regular', 'campaign')),
    starts_on TEXT,
    ends_on TEXT,
    launching_decision TEXT,
    themes TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('planned', 'active', 'closed')),
    authority_id INTEGER REFERENCES issuing_authorities(id),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE movement_units (
    movement_id INTEGER NOT NULL REFERENCES movements(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    PRIMARY KEY (movement_id, unit_id)
);

CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    movement_id INTEGER NOT NULL REFERENCES movements(id) ON DELETE CASCADE,
    unit_id INTEGER REFERENCES units(id),  -- NULL: assigned to the whole area
    indicator TEXT NOT NULL CHECK (length(trim(indicator)) > 0),
    measure_unit TEXT NOT NULL DEFAULT '',
    period_year INTEGER,
    same_period_value TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX targets_movement ON targets(movement_id, unit_id);

-- One target may carry several plans, each from its own source (the city's, the council's).
CREATE TABLE target_plans (
    id INTEGER PRIMARY KEY,
    target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    plan_form TEXT NOT NULL CHECK (plan_form IN ('at_least', 'at_most', 'range', 'about')),
    value TEXT NOT NULL,
    value_high TEXT,
    CHECK ((plan_form = 'range') = (value_high IS NOT NULL)),
    UNIQUE (target_id, source)
);

CREATE TABLE progress_reports (
    id INTEGER PRIMARY KEY,
    target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    reported_on TEXT NOT NULL,
    period_start TEXT,
    period_end TEXT,
    actual_value TEXT NOT NULL,
    source TEXT,
    note TEXT
);
CREATE INDEX progress_reports_target ON progress_reports(target_id, reported_on);

CREATE TABLE award_forms (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('title', 'commendation')),
    recipient_kinds TEXT NOT NULL,  -- comma-separated: individual, collective, household
    conferring_level TEXT NOT NULL,  -- comma-separated: commune, district, city, national
    legal_basis TEXT NOT NULL,
    valid_from TEXT,
    valid_to TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0,
    note TEXT
);

-- Cash bonus = coefficient x base salary in force on the decision date, rounded up to
-- the next 10,000 VND. A form without a rate for a recipient kind carries no cash bonus.
CREATE TABLE bonus_rates (
    id INTEGER PRIMARY KEY,
    form_id INTEGER NOT NULL REFERENCES award_forms(id),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('individual', 'collective', 'household')),
    coefficient TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    valid_from TEXT,
    valid_to TEXT,
    note TEXT
);
CREATE INDEX bonus_rates_form ON bonus_rates(form_id, recipient_kind);

CREATE TABLE base_salaries (
    id INTEGER PRIMARY KEY,
    amount INTEGER NOT NULL CHECK (amount > 0),
    valid_from TEXT NOT NULL UNIQUE,
    legal_basis TEXT NOT NULL
);

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL CHECK (length(trim(number)) > 0),
    decided_on TEXT NOT NULL,
    authority_id INTEGER REFERENCES issuing_authorities(id),
    signer_title TEXT,
    signer_name TEXT,
    movement_id INTEGER REFERENCES movements(id),
    title TEXT,
    legal_bases TEXT,
    proposed_by TEXT,
    status TEXT NOT NULL DEFAULT 'signed' CHECK (status IN ('draft', 'signed')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    UNIQUE (number, decided_on)
);
CREATE INDEX decisions_decided_on ON decisions(decided_on);

CREATE TABLE awards (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES decisions(id),
    form_id INTEGER NOT NULL REFERENCES award_forms(id),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('individual', 'collective', 'household')),
    person_id INTEGER REFERENCES people(id),
    recipient_unit_id INTEGER REFERENCES units(id),
    -- As written on the decision, so later changes to the records never rewrite history.
    recipient_name TEXT NOT NULL,
    unit_id INTEGER REFERENCES units(id),
    unit_name TEXT,
    position TEXT,
    achievement TEXT,
    achievement_year INTEGER NOT NULL,
    register_book TEXT,
    register_year INTEGER,
    register_number INTEGER,
    bonus_amount INTEGER CHECK (bonus_amount IS NULL OR bonus_amount >= 0),
    status TEXT NOT NULL DEFAULT 'awarded' CHECK (status IN ('awarded', 'revoked')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CHECK ((recipient_kind = 'individual') = (person_id IS NOT NULL)),
    CHECK (recipient_kind = 'individual' OR recipient_unit_id IS NOT NULL
           OR recipient_kind = 'household'),
    UNIQUE (register_book, register_year, register_number)
);
CREATE INDEX awards_decision ON awards(decision_id);
CREATE INDEX awards_person ON awards(person_id);
CREATE INDEX awards_recipient_unit ON awards(recipient_unit_id);
CREATE INDEX awards_unit ON awards(unit_id);
CREATE INDEX awards_form_year ON awards(form_id, achievement_year);

CREATE TABLE print_log (
    id INTEGER PRIMARY KEY,
    award_id INTEGER NOT NULL REFERENCES awards(id),
    printed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    mode TEXT NOT NULL,
    template TEXT,
    printer TEXT,
    verification_code TEXT,
    os_user TEXT,
    note TEXT
);
CREATE INDEX print_log_award ON print_log(award_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now')),
    os_user TEXT,
    table_name TEXT NOT NULL,
    record_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
