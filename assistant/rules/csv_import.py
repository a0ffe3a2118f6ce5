"""Importing an existing account register from a CSV file.

Accepts what Excel and LibreOffice write: UTF-8 with or without a byte-order
mark, ``,`` or ``;`` between fields (Swedish Excel writes ``;``), and column
headings in English or Swedish. The import is all rows or none: every bad row
and column is named in one error, and nothing is saved until all are good.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.pack.model import GuidelinePack
from assistant.records import Account, Person
from assistant.rules.accounts import AccountDraft, PeopleFinder, new_account, url_key, url_problem

HEADINGS: dict[str, str] = {
    "platform": "platform",
    "plattform": "platform",
    "name": "name",
    "namn": "name",
    "url": "url",
    "adress": "url",
    "address": "url",
    "department": "department",
    "förvaltning": "department",
    "officer": "officer",
    "ansvarig": "officer",
    "deputies": "deputies",
    "ersättare": "deputies",
    "active_since": "active_since",
    "aktiv_sedan": "active_since",
}
REQUIRED = ("platform", "name", "url")
MAX_BYTES = 20 * 1024 * 1024
EARLIEST_START = date(1990, 1, 1)


@dataclass(frozen=True)
class ImportPlan:
    """What an import will record: the accounts and the people they name."""

    accounts: tuple[Account, ...]
    people: tuple[Person, ...]


def _message(template: str, **values: object) -> Message:
    return Message("CsvImport", template, values)


def _refuse(path: Path, problems: list[Message]) -> UserError:
    return UserError(
        _message(
            QT_TRANSLATE_NOOP(
                "CsvImport",
                "Nothing was imported from {file}. Correct these rows and import the "
                "whole file again:",
            ),
            file=path.name,
        ),
        *problems,
    )


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP("CsvImport", "The file {file} cannot be read ({reason})."),
                file=str(path),
                reason=error.strerror or str(error),
            )
        ) from error
    if len(data) > MAX_BYTES:
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport", "The file {file} is too large to be an account register."
                ),
                file=path.name,
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "The file {file} is not in UTF-8. In Excel, save it as “CSV UTF-8 "
                    "(comma delimited)” and import it again.",
                ),
                file=path.name,
            )
        ) from error


def _delimiter(first_line: str) -> str:
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _heading_key(text: str) -> str:
    return "_".join(text.strip().casefold().replace("-", " ").split())


def plan_import(
    path: Path,
    pack: GuidelinePack,
    existing_accounts: dict[str, Account],
    people: dict[str, Person],
    *,
    recorded_at: datetime,
    recorded_by: str,
    today: date,
) -> ImportPlan:
    """Read and check the whole file; raise :class:`UserError` naming every bad row."""
    text = read_text(path)
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "The file {file} is empty. The first row must name the columns, "
                    "for example: plattform;namn;adress;förvaltning;ansvarig",
                ),
                file=path.name,
            )
        )
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(lines[0]))
    try:
        header, *records = list(reader)
    except csv.Error as error:
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "The file {file} cannot be read as CSV near line {line} ({reason}). "
                    "Save it again from Excel as CSV and import it again.",
                ),
                file=path.name,
                line=reader.line_num,
                reason=str(error),
            )
        ) from error
    columns: dict[str, int] = {}
    unknown: list[str] = []
    for index, heading in enumerate(header):
        key = HEADINGS.get(_heading_key(heading))
        if key:
            columns.setdefault(key, index)
        elif heading.strip():
            unknown.append(heading.strip())
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "The file {file} lacks the column(s) {missing}. The first row must "
                    "name the columns: plattform/platform, namn/name, adress/url, and "
                    "optionally förvaltning/department, ansvarig/officer, "
                    "ersättare/deputies, aktiv_sedan/active_since.",
                ),
                file=path.name,
                missing=", ".join(missing),
            )
        )

    platforms = _platform_lookup(pack)
    finder = PeopleFinder(people, recorded_at=recorded_at, recorded_by=recorded_by)
    known_urls = {url_key(a.url) for a in existing_accounts.values()}
    seen_urls: dict[str, int] = {}
    problems: list[Message] = []
    accounts: list[Account] = []

    for row_number, row in enumerate(records, start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(key: str, row: list[str] = row) -> str:
            index = columns.get(key)
            return row[index].strip() if index is not None and index < len(row) else ""

        def bad(column: str, template: str, row_number: int = row_number, **values: object) -> None:
            heading = header[columns[column]].strip() if column in columns else column
            problems.append(
                _message(
                    QT_TRANSLATE_NOOP("CsvImport", "Row {row}, column {column}: {problem}"),
                    row=row_number,
                    column=heading,
                    problem=_message(template, **values),
                )
            )

        platform = platforms.get(cell("platform").casefold())
        if platform is None:
            bad(
                "platform",
                QT_TRANSLATE_NOOP(
                    "CsvImport", "“{value}” is not a platform Kontokoll knows ({known})."
                ),
                value=cell("platform"),
                known=", ".join(p.name.en for p in pack.platforms),
            )
        if not cell("name"):
            bad("name", QT_TRANSLATE_NOOP("CsvImport", "the account's name is empty."))
        url_text = cell("url")
        url_issue = url_problem(url_text)
        address = url_key(url_text)
        if url_issue:
            problems.append(
                _message(
                    QT_TRANSLATE_NOOP("CsvImport", "Row {row}, column {column}: {problem}"),
                    row=row_number,
                    column=header[columns["url"]].strip(),
                    problem=url_issue,
                )
            )
        elif address in seen_urls:
            bad(
                "url",
                QT_TRANSLATE_NOOP("CsvImport", "the same address as row {other}."),
                other=seen_urls[address],
            )
        elif address in known_urls:
            bad(
                "url",
                QT_TRANSLATE_NOOP(
                    "CsvImport", "an account with this address is already registered."
                ),
            )
        seen_urls.setdefault(address, row_number)

        active_since = today
        if cell("active_since"):
            try:
                active_since = date.fromisoformat(cell("active_since"))
                if not EARLIEST_START <= active_since <= today:
                    raise ValueError(active_since)
            except ValueError:
                bad(
                    "active_since",
                    QT_TRANSLATE_NOOP(
                        "CsvImport",
                        "“{value}” is not a start date: write a date from 1990 up to "
                        "today, like 2024-03-15.",
                    ),
                    value=cell("active_since"),
                )
        if problems:
            continue
        assert platform is not None
        draft = AccountDraft(
            platform=platform,
            name=cell("name"),
            url=url_text,
            department=cell("department"),
            officer_ids=tuple(finder.person_id(n) for n in _names(cell("officer"))),
            deputy_ids=tuple(finder.person_id(n) for n in _names(cell("deputies"))),
            registrar_access=False,
            active_since=active_since,
        )
        accounts.append(new_account(draft, recorded_at=recorded_at, recorded_by=recorded_by))

    if problems:
        raise _refuse(path, problems)
    if not accounts:
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport", "The file {file} names the columns but holds no accounts."
                ),
                file=path.name,
            )
        )
    return ImportPlan(tuple(accounts), tuple(finder.created))


def _names(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _platform_lookup(pack: GuidelinePack) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for platform in pack.platforms:
        for key in (platform.id, platform.name.sv, platform.name.en):
            lookup[key.casefold()] = platform.id
    lookup.setdefault("twitter", "x")
    return lookup
