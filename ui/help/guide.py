"""The guide's text: ``resources/help/<language>/guide.html``, its sections and its shortcuts.

The guide is one HTML page per language, shipped as package data. Each
section opens with ``<h2><a name="id"></a>Title</h2>``; the id is what a
screen's F1 asks for (:data:`SECTIONS`) and what the table of contents lists.
Every keyboard shortcut the guide names is written ``<kbd>…</kbd>``, so a
test can hold each against the app's real shortcuts and the guide cannot go
stale.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from importlib.resources import files

ROUTINE = "routine"

SECTIONS = (
    ROUTINE,
    "start",
    "my_day",
    "check",
    "covering",
    "register",
    "account",
    "checklists",
    "duties",
    "review",
    "settings",
    "team",
    "setup",
    "shortcuts",
)
"""The sections every language's guide has, in its order."""

# The Swedish guide names the arrow keys as Swedish keyboards' users say them.
_KEY_WORDS = {"Vänsterpil": "Left", "Högerpil": "Right", "Uppil": "Up", "Nedpil": "Down"}

_SECTION = re.compile(r'<h2><a name="([a-z_]+)"></a>(.*?)</h2>', re.DOTALL)
_KBD = re.compile(r"<kbd>(.*?)</kbd>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str


def guide_html(language: str) -> str:
    """The guide in ``language`` (Swedish for any language it is not written in)."""
    folder = files("resources") / "help"
    page = folder / language / "guide.html"
    if not page.is_file():
        page = folder / "sv" / "guide.html"
    return page.read_text(encoding="utf-8")


def sections(text: str) -> list[Section]:
    """The guide's sections, in order: its table of contents."""
    return [
        Section(anchor, html.unescape(_TAG.sub("", title)).strip())
        for anchor, title in _SECTION.findall(_COMMENT.sub("", text))
    ]


def named_shortcuts(text: str) -> set[str]:
    """Every shortcut the guide names, in Qt's portable form (``Ctrl+Shift+N``, ``Alt+Left``)."""
    named = set()
    for found in _KBD.findall(_COMMENT.sub("", text)):
        keys = html.unescape(found).strip()
        named.add("+".join(_KEY_WORDS.get(key, key) for key in keys.split("+")))
    return named
