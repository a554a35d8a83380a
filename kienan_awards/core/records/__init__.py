"""Units, people and the office, their edits, the trash and the audit trail."""
