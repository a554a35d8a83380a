"""Units, people and the office, their edits, the trash and the audit trail, the database's
settings, and one award as the window shows it."""
