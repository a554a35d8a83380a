-- Schema step 26: the review meeting of a cluster-year (họp cụm, khối: the members present,
-- who chaired and who kept the minutes, each proposed member's vote), and the proposal lines
-- made from a cluster's ranking, which keep the rank and total they were proposed on.

CREATE TABLE cluster_reviews (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2100),
    held_on TEXT NOT NULL,
    place TEXT,
    -- The chair's and the secretary's names with their titles, as the minutes print them.
    chaired_by TEXT,
    recorded_by TEXT,
    note TEXT,
    UNIQUE (cluster_id, year)
);

-- The members present at the review, and who came for each.
CREATE TABLE cluster_review_attendees (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES cluster_reviews(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    represented_by TEXT,
    UNIQUE (review_id, unit_id)
);

-- The vote to propose a member: how many of the members present voted for it.
CREATE TABLE cluster_review_votes (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES cluster_reviews(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    votes_for INTEGER NOT NULL CHECK (votes_for >= 0),
    UNIQUE (review_id, unit_id)
);

-- A proposal line made from a cluster's ranking: the cluster-year, the member's rank among
-- how many, and its total (exact text) as they stood when proposed; its score sheet is the
-- line's evidence.
CREATE TABLE proposal_line_rankings (
    id INTEGER PRIMARY KEY,
    proposal_line_id INTEGER NOT NULL UNIQUE REFERENCES proposal_lines(id) ON DELETE CASCADE,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2100),
    rank INTEGER NOT NULL CHECK (rank >= 1),
    member_count INTEGER NOT NULL CHECK (member_count >= rank),
    total_points TEXT NOT NULL
);

CREATE INDEX idx_cluster_reviews_cluster ON cluster_reviews(cluster_id, year);
CREATE INDEX idx_proposal_line_rankings_cluster ON proposal_line_rankings(cluster_id, year);

-- Why an agreed score stands apart from the points computed from the program's figures (an
-- override needs a reason): written when the reviewers agree other points on a target criterion.
ALTER TABLE cluster_scores ADD COLUMN agreed_reason TEXT;
