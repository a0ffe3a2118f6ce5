"""What can be wrong with a guideline pack, said where it is and what to do about it.

A :class:`PackError` names the file, the line where the problem can be found,
the section and the field, then says what the problem is and what to do, in
the user's language. The templates here are every such message; the reader
(:mod:`assistant.pack.reader`, :mod:`assistant.pack.fields`) picks one and
fills in the values.
"""

from __future__ import annotations

from pathlib import Path

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError

CONTEXT = "GuidelinePack"


# Where the problem is: the first line of every PackError.
_AT_FILE = QT_TRANSLATE_NOOP("GuidelinePack", "The guideline pack {file} cannot be used.")
_AT_LINE = QT_TRANSLATE_NOOP(
    "GuidelinePack", "The guideline pack {file} cannot be used. The problem is at line {line}."
)
_AT_SECTION = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The guideline pack {file} cannot be used. The problem is in the section {section}.",
)
_AT_SECTION_LINE = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The guideline pack {file} cannot be used. "
    "The problem is at line {line}, in the section {section}.",
)
_AT_FIELD = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The guideline pack {file} cannot be used. "
    "The problem is in the section {section}, field {field}.",
)
_AT_FIELD_LINE = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The guideline pack {file} cannot be used. "
    "The problem is at line {line}, in the section {section}, field {field}.",
)

# What the problem is, and what to do: the second line.
READ_FAILED = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The file cannot be read ({reason}). Check that the file exists and that you may "
    "open it, then load it again.",
)
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The file is not plain UTF-8 text. Open it in a text editor and save it with the "
    "encoding UTF-8.",
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The tables or lists are nested too deeply to be read. A pack needs only a few levels; "
    "compare it with the pack that comes with Kontokoll.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The file is larger than any guideline pack (over {limit} kB). "
    "Check that it is the pack you meant to load.",
)
SYNTAX = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The text does not follow the TOML format ({reason}). Correct it, comparing with "
    "the pack that comes with Kontokoll.",
)
MISSING = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "It is missing or empty. Add it as in the pack that comes with Kontokoll.",
)
WRONG_TYPE = QT_TRANSLATE_NOOP(
    "GuidelinePack", "The value is of the wrong kind. Write it like this: {example}"
)
MISSING_TEXT = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The text in the language “{language}” is missing or empty. Every text needs both "
    "sv (Swedish) and en (English).",
)
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "GuidelinePack", "“{value}” is not allowed here. Use one of: {allowed}."
)
BAD_ID = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "“{value}” cannot be used as an id. Use lowercase letters a–z, digits and "
    "underscores, beginning with a letter, for example work_email.",
)
DUPLICATE = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "“{value}” occurs more than once here. Each must be unique, so change or remove the repeat.",
)
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "GuidelinePack", "{value} is out of range. Use a whole number from {low} to {high}."
)

EVIDENCE_LIST_EMPTY = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The list of evidence is empty. List the fields the step asks for, such as "
    '["person", "date"], or write evidence = "none" for a step that is only confirmed.',
)
EVIDENCE_NONE_IN_LIST = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    '“none” cannot stand in a list of evidence. Write evidence = "none" on its own for '
    "a step that is only confirmed, or list only the fields the step asks for.",
)
ANY_NEEDS_TWO = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    'evidence_rule = "any" means that one of several fields is enough, so the step must '
    'ask for at least two, such as evidence = ["url", "file"]. Add the missing kinds to '
    "evidence, or remove evidence_rule.",
)


class PackError(UserError):
    """A guideline pack that cannot be used: where the problem is and what it is."""

    def __init__(
        self,
        file: Path,
        problem: Message,
        *,
        line: int | None = None,
        section: str = "",
        field: str = "",
    ) -> None:
        self.file = file
        self.line = line
        self.section = section
        self.problem = problem
        super().__init__(_where_message(file, line, section, field), problem, field=field)

    def __str__(self) -> str:
        return self.render()


def _where_message(file: Path, line: int | None, section: str, field: str) -> Message:
    if not section:
        template = _AT_FILE if line is None else _AT_LINE
    elif not field:
        template = _AT_SECTION if line is None else _AT_SECTION_LINE
    else:
        template = _AT_FIELD if line is None else _AT_FIELD_LINE
    values = {"file": str(file), "line": line, "section": section, "field": field}
    return Message(CONTEXT, template, values)
