"""Where things stand in a guideline pack's text, for error messages that name the line.

tomllib reports no positions for valid TOML, so a plain scan of the text finds
the line of each table header and key.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"\s*\[\[?([^\[\]]+)\]\]?\s*(#.*)?\Z")
_KEY = re.compile(r"\s*([A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')\s*[.=]")

Where = tuple[str | int, ...]
"""A place in the pack: table names and, for lists of tables, 0-based indexes."""


def table_name(where: Where) -> tuple[str, int]:
    """The header a place is written under, and which occurrence of that header."""
    name = ".".join(part for part in where if isinstance(part, str))
    indexes = [part for part in where if isinstance(part, int)]
    return name, indexes[-1] if indexes else 0


def section_name(where: Where) -> str:
    """A place as a person reads it, counting from 1: ``checklists.closing.steps[2]``."""
    parts = (f"[{part + 1}]" if isinstance(part, int) else f".{part}" for part in where)
    return "".join(parts).lstrip(".")


class SourceLines:
    """Where table headers and keys stand in the pack's text, found by a plain scan.

    tomllib reports no positions, so lines are looked up in the text. A pack
    written in an unusual style may leave a line unfound; errors then go
    without one.
    """

    def __init__(self, source: str) -> None:
        self._headers: dict[tuple[str, int], int] = {}
        self._keys: dict[tuple[str, int], dict[str, int]] = {("", 0): {}}
        seen: dict[str, int] = {}
        table = ("", 0)
        open_quotes: str | None = None
        for number, line in enumerate(source.splitlines(), start=1):
            if open_quotes is not None:
                if line.count(open_quotes) % 2:
                    open_quotes = None
                continue
            header = _HEADER.match(line)
            if header:
                name = ".".join(part.strip().strip("\"'") for part in header.group(1).split("."))
                table = (name, seen.get(name, 0))
                seen[name] = table[1] + 1
                self._headers[table] = number
                self._keys.setdefault(table, {})
                continue
            key = _KEY.match(line)
            if key:
                self._keys[table].setdefault(key.group(1).strip("\"'"), number)
            open_quotes = next((q for q in ('"""', "'''") if line.count(q) % 2), None)

    def line(self, where: Where, key: str | None = None) -> int | None:
        """The line of ``key`` in the table at ``where``, else of that table's header."""
        table = table_name(where)
        if key is not None:
            found = self._keys.get(table, {}).get(key)
            found = found or self._headers.get(table_name((*where, key)))
            if found:
                return found
        return self._headers.get(table)
