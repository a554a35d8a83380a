"""The database file: opening it, its schema steps, checks, backups and moving it."""
