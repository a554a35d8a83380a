-- Schema step 23: the city's answer to the lines of a proposal sent up to it. A line the
-- city's list names is decided (its award in award_id); a line of the city's the list leaves
-- out is not chosen. Either way the city's decision that answered is kept beside it.

ALTER TABLE proposal_lines ADD COLUMN city_outcome TEXT
    CHECK (city_outcome IS NULL OR city_outcome IN ('decided', 'not_chosen'));
ALTER TABLE proposal_lines ADD COLUMN city_decision_id INTEGER REFERENCES decisions(id);
CREATE INDEX proposal_lines_city_decision ON proposal_lines(city_decision_id);
