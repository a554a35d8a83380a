"""The program's own SQL functions. Its views and triggers call them, so every connection that
runs them registers them: the one storage.py opens on the file, and the empty database in
memory where schema_check.py takes the schema steps to learn what a version should have."""

from __future__ import annotations

from kienan_awards.core.search.search_text import search_words, spelled_words
from kienan_awards.core.text import fold


def add_program_functions(db) -> None:
    """Register the functions on db's connection; db keeps ``audit_deferred`` (a set of table
    names) and ``search_index_deferred`` (a flag), which two of them read at each call."""
    connection = db.conn
    connection.create_function("fold", 1, fold, deterministic=True)
    # The search index's triggers call these in the same transaction as every award change.
    connection.create_function("search_words", -1, search_words, deterministic=True)
    connection.create_function("spelled_words", -1, spelled_words, deterministic=True)
    # The audit triggers record who wrote each change.
    connection.create_function("os_user", 0, _os_user, deterministic=True)
    connection.create_function(
        "audit_deferred", 1, lambda table: table in db.audit_deferred, deterministic=False
    )
    connection.create_function(
        "search_index_deferred", 0, lambda: db.search_index_deferred, deterministic=False
    )


def _os_user() -> str | None:
    # Only a write calls it: a command that only reads does not import the audit log's reader.
    from kienan_awards.core.records.audit_log import os_user

    return os_user()
