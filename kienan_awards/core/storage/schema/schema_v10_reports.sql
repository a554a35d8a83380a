-- Reports count awards by year without sorting a million rows: one index serves the counts by
-- form, recipient kind, unit and decision; the other the counts by gender and position,
-- read person by person (it replaces the plain index on person_id).
CREATE INDEX awards_by_year ON awards(
    status, achievement_year, form_id, recipient_kind, unit_id, decision_id, bonus_amount
);
DROP INDEX awards_person;
CREATE INDEX awards_by_person ON awards(person_id, status, achievement_year, position);
