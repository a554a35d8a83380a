-- Schema step 13: the law by date. Which level of authority confers each form is a dated row
-- (the 2025 reform moved the district's powers to the commune), an authority says its level
-- and whether it is this office, a bonus rate may hold for one level only, and the lines a
-- decision prints (its legal bases, whose proposal it answers, who carries it out) are dated
-- rows too.

-- 'other': a body outside the People's Committees (a ministry, a mass organisation).
ALTER TABLE issuing_authorities ADD COLUMN level TEXT
    CHECK (level IS NULL OR level IN ('commune', 'district', 'city', 'national', 'other'));
-- 1: this office, whose decisions the program makes and prints. 0: another body (the city,
-- a ministry), whose decisions are recorded so the honour roll is whole and never printed.
ALTER TABLE issuing_authorities ADD COLUMN is_this_office INTEGER NOT NULL DEFAULT 1
    CHECK (is_this_office IN (0, 1));

CREATE TABLE conferring_levels (
    id INTEGER PRIMARY KEY,
    form_id INTEGER NOT NULL REFERENCES award_forms(id),
    level TEXT NOT NULL CHECK (level IN ('commune', 'district', 'city', 'national', 'other')),
    legal_basis TEXT NOT NULL,
    valid_from TEXT,
    valid_to TEXT,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX conferring_levels_form ON conferring_levels(form_id, level);

-- NULL: the rate holds whoever confers the form.
ALTER TABLE bonus_rates ADD COLUMN conferring_level TEXT
    CHECK (conferring_level IS NULL
           OR conferring_level IN ('commune', 'district', 'city', 'national', 'other'));

CREATE TABLE decision_wording (
    id INTEGER PRIMARY KEY,
    part TEXT NOT NULL CHECK (part IN ('legal_basis', 'proposer', 'implementers')),
    level TEXT CHECK (level IS NULL OR level IN ('commune', 'district', 'city', 'national', 'other')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    valid_from TEXT,
    valid_to TEXT,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
