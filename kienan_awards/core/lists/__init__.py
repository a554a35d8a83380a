"""Spreadsheets in and out: reading an office's list, finding its table, matching, importing,
exporting."""
