"""The headings of an account register: which column holds what.

A register's first row names its columns, in Swedish or English and under the
names registers commonly use ("Kontoansvarig", "Webbadress", "Aktiv sedan").
A heading Kontokoll does not know is refused, not dropped, so that no officer
or address is silently lost; so are two columns for one thing and values
under no heading. :mod:`assistant.rules.csv_import` reads the rows below.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.rules.register_file import Row

ALIASES: dict[str, tuple[str, ...]] = {
    "platform": ("plattform", "platform", "kanal", "channel", "social media"),
    "name": ("namn", "name", "kontonamn", "kontots namn", "account name", "benämning"),
    "url": (
        "adress",
        "url",
        "address",
        "webbadress",
        "webadress",
        "web address",
        "kontots adress",
        "länk",
        "link",
    ),
    "department": ("förvaltning", "department", "avdelning"),
    "officer": (
        "ansvarig",
        "ansvariga",
        "kontoansvarig",
        "kontoansvariga",
        "ansvarig tjänsteman",
        "kontoansvarig tjänsteman",
        "officer",
        "officers",
        "account officer",
    ),
    "deputies": ("ersättare", "ersättarna", "deputies", "deputy"),
    "active_since": (
        "aktiv sedan",
        "aktiv från",
        "startdatum",
        "active since",
        "active from",
        "start date",
    ),
}
"""Each column Kontokoll reads, and the headings it goes by (in any case, with or
without spaces, ``_`` or ``-``, and with å, ä and ö written as a and o)."""

COLUMN_NAMES: dict[str, str] = {
    "platform": QT_TRANSLATE_NOOP("CsvImport", "platform"),
    "name": QT_TRANSLATE_NOOP("CsvImport", "name"),
    "url": QT_TRANSLATE_NOOP("CsvImport", "url"),
    "department": QT_TRANSLATE_NOOP("CsvImport", "department"),
    "officer": QT_TRANSLATE_NOOP("CsvImport", "officer"),
    "deputies": QT_TRANSLATE_NOOP("CsvImport", "deputies"),
    "active_since": QT_TRANSLATE_NOOP("CsvImport", "active since"),
}
"""What a heading problem calls each column, in the user's language."""

REQUIRED = ("platform", "name", "url")
_FOLDED = str.maketrans({"å": "a", "ä": "a", "ö": "o", "æ": "a", "ø": "o", "é": "e", "ü": "u"})


def heading_key(text: str) -> str:
    """A heading as it is looked up: "Aktiv sedan (ÅÅÅÅ-MM-DD)" and "aktiv_sedan" alike."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"\([^)]*\)", " ", text).translate(_FOLDED)
    return "".join(character for character in text if character.isalnum())


HEADINGS: dict[str, str] = {
    heading_key(alias): column for column, aliases in ALIASES.items() for alias in aliases
}


def _message(template: str, **values: object) -> Message:
    return Message("CsvImport", template, values)


def at(row: int, column: str, problem: Message) -> Message:
    return _message(
        QT_TRANSLATE_NOOP("CsvImport", "Row {row}, column {column}: {problem}"),
        row=row,
        column=column,
        problem=problem,
    )


def column_letter(index: int) -> str:
    """The spreadsheet's name for the column at ``index`` (0 is A, 26 is AA)."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _known_headings() -> Message:
    return _message(
        QT_TRANSLATE_NOOP(
            "CsvImport",
            "platform, name and url (these three are needed), and department, officer, "
            "deputies and active since",
        )
    )


def read_columns(header: Row, records: list[Row], file: str) -> dict[str, int]:
    """Which column holds what; a :class:`UserError` naming each heading to correct."""
    columns: dict[str, int] = {}
    problems: list[Message] = []
    width = max([len(header.cells), *(len(row.cells) for row in records)])
    for index in range(width):
        heading = header.cells[index].strip() if index < len(header.cells) else ""
        if not heading:
            filled = next((row for row in records if cell_of(row, index)), None)
            if filled is not None:
                problems.append(
                    at(
                        header.number,
                        column_letter(index),
                        _message(
                            QT_TRANSLATE_NOOP(
                                "CsvImport",
                                "this column has no heading, yet row {filled} has a value in "
                                "it. Give it one of the headings Kontokoll reads, or delete "
                                "the column.",
                            ),
                            filled=filled.number,
                        ),
                    )
                )
            continue
        column = HEADINGS.get(heading_key(heading))
        if column is None:
            problems.append(
                at(
                    header.number,
                    heading,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "CsvImport",
                            "Kontokoll does not know this heading. Rename it to one of the "
                            "headings Kontokoll reads, or delete the column.",
                        )
                    ),
                )
            )
        elif column in columns:
            problems.append(
                at(
                    header.number,
                    heading,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "CsvImport",
                            "this is a second “{column}” column, besides “{other}”. Keep "
                            "one of the two and delete the other.",
                        ),
                        other=header.cells[columns[column]].strip(),
                        column=_message(COLUMN_NAMES[column]),
                    ),
                )
            )
        else:
            columns[column] = index
    for column in REQUIRED:
        if column not in columns:
            problems.append(
                _message(
                    QT_TRANSLATE_NOOP(
                        "CsvImport",
                        "There is no “{column}” column, which every account needs. Add "
                        "it, or rename the column that holds it.",
                    ),
                    column=_message(COLUMN_NAMES[column]),
                )
            )
    if problems:
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "Nothing was imported from {file}. Its first row must name the columns, "
                    "with these headings: {known}. Correct the headings and import the file "
                    "again:",
                ),
                file=file,
                known=_known_headings(),
            ),
            *problems,
        )
    return columns


def cell_of(row: Row, index: int | None) -> str:
    return row.cells[index].strip() if index is not None and index < len(row.cells) else ""
