"""Damage that SQLite's quick check does not see: one byte of an index's keys changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

_INDEX_LEAF_PAGE = 0x0A


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at data[at:]: (value, its length in bytes)."""
    value = 0
    for length in range(1, 10):
        byte = data[at + length - 1]
        if length == 9:
            return (value << 8) | byte, length
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, length
    raise AssertionError("unreachable")


def damage_an_index(path: Path) -> str:
    """Change the last byte (the row id) of the first key in the root page of the first index
    whose root is a leaf; returns the index's name. The file must be closed (no -wal)."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    indexes = connection.execute(
        "SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name"
    ).fetchall()
    connection.close()
    data = bytearray(path.read_bytes())
    for name, root in indexes:
        page = (root - 1) * page_size
        cells = int.from_bytes(data[page + 3 : page + 5], "big")
        if data[page] != _INDEX_LEAF_PAGE or cells == 0:
            continue
        cell = page + int.from_bytes(data[page + 8 : page + 10], "big")
        payload_size, length = _varint(data, cell)
        data[cell + length + payload_size - 1] ^= 0x01
        path.write_bytes(bytes(data))
        return name
    raise AssertionError(f"{path} has no index whose root page is a leaf with keys")
