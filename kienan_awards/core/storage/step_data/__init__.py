"""Rows that schema steps load, each module named for its step and frozen as it shipped: a step
run on a new database today loads exactly what it loaded on the first one. Nothing but the steps
reads them; the program's live catalogue and rules are the database's own rows."""
