"""Emulation clusters and blocks: members, scoring tables, scores and ranking."""
