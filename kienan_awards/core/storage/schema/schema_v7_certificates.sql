-- Schema step 7: certificates. Their text is frozen when the decision is saved, so a reprint
-- years later prints the same words; each carries a verification code derived with a keyed
-- hash from that text and a secret created with the database.

CREATE TABLE certificates (
    award_id INTEGER PRIMARY KEY REFERENCES awards(id),
    data_json TEXT NOT NULL,
    verification_code TEXT NOT NULL UNIQUE,
    qr_modules TEXT NOT NULL,  -- the code's QR symbol, rows of 0/1 joined by '/'
    frozen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

-- Per printer and stock: how far the printer shifts and scales what it prints.
CREATE TABLE calibration_profiles (
    name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
    offset_x_mm TEXT NOT NULL DEFAULT '0',
    offset_y_mm TEXT NOT NULL DEFAULT '0',
    scale TEXT NOT NULL DEFAULT '1'
);

ALTER TABLE print_log ADD COLUMN copy_number INTEGER NOT NULL DEFAULT 1;
ALTER TABLE print_log ADD COLUMN reissue_reason TEXT;
