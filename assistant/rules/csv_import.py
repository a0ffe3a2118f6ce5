"""Importing an existing account register: making accounts of a register file's rows.

:mod:`assistant.rules.register_file` reads the file (CSV in the encodings and
with the separators Excel and LibreOffice write, or an ``.xlsx`` workbook);
this module reads its headings, in Swedish or English and under the names
registers commonly use, and its rows. A heading Kontokoll does not know is
refused rather than dropped, so no officer or address is silently lost. The
import is all rows or none: every bad heading, row and column is named in one
error, and nothing is saved until all are good.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.pack.model import GuidelinePack
from assistant.records import Account, Person
from assistant.rules.accounts import AccountDraft, PeopleFinder, new_account, url_key, url_problem
from assistant.rules.register_file import Row, read_rows
from assistant.rules.register_headings import at, cell_of, read_columns

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


def plan_import(
    path: Path,
    pack: GuidelinePack,
    existing_accounts: dict[str, Account],
    people: dict[str, Person],
    *,
    recorded_at: datetime,
    recorded_by: str,
    today: date,
    language: str = "sv",
) -> ImportPlan:
    """Read and check the whole file; raise :class:`UserError` naming every bad row.

    ``language`` is the one the pack's platform names are given in when a row
    names a platform Kontokoll does not know.
    """
    rows = read_rows(path)
    start = next((i for i, row in enumerate(rows) if not row.is_blank()), None)
    if start is None:
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
    header, records = rows[start], rows[start + 1 :]
    columns = read_columns(header, records, path.name)

    platforms = _platform_lookup(pack)
    known_platforms = ", ".join(p.name.in_language(language) for p in pack.platforms)
    finder = PeopleFinder(people, recorded_at=recorded_at, recorded_by=recorded_by)
    known_urls = {url_key(a.url) for a in existing_accounts.values()}
    seen_urls: dict[str, int] = {}
    problems: list[Message] = []
    accounts: list[Account] = []

    for row in records:
        if row.is_blank():
            continue

        def cell(key: str, row: Row = row) -> str:
            return cell_of(row, columns.get(key))

        def bad(column: str, problem: Message, row: Row = row) -> None:
            problems.append(at(row.number, header.cells[columns[column]].strip(), problem))

        platform = platforms.get(cell("platform").casefold())
        if platform is None:
            bad(
                "platform",
                _message(
                    QT_TRANSLATE_NOOP(
                        "CsvImport",
                        "“{value}” is not a platform Kontokoll knows. Write one of: {known}.",
                    ),
                    value=cell("platform"),
                    known=known_platforms,
                ),
            )
        if not cell("name"):
            bad("name", _message(QT_TRANSLATE_NOOP("CsvImport", "the account's name is empty.")))
        url_text = cell("url")
        url_issue = url_problem(url_text)
        address = url_key(url_text)
        if url_issue:
            bad("url", url_issue)
        elif address in seen_urls:
            bad(
                "url",
                _message(
                    QT_TRANSLATE_NOOP("CsvImport", "the same address as row {other}."),
                    other=seen_urls[address],
                ),
            )
        elif address in known_urls:
            bad(
                "url",
                _message(
                    QT_TRANSLATE_NOOP(
                        "CsvImport", "an account with this address is already registered."
                    )
                ),
            )
        seen_urls.setdefault(address, row.number)

        active_since = today
        if cell("active_since"):
            started = start_date(cell("active_since"))
            if started is None or not EARLIEST_START <= started <= today:
                bad(
                    "active_since",
                    _message(
                        QT_TRANSLATE_NOOP(
                            "CsvImport",
                            "“{value}” is not a start date: write a date from 1990 up to "
                            "today, like 2024-03-15.",
                        ),
                        value=cell("active_since"),
                    ),
                )
            else:
                active_since = started
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


def start_date(text: str) -> date | None:
    """A start date written ``YYYY-MM-DD``, also with a time after it as Excel may write."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _names(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _platform_lookup(pack: GuidelinePack) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for platform in pack.platforms:
        for key in (platform.id, platform.name.sv, platform.name.en):
            lookup[key.casefold()] = platform.id
    lookup.setdefault("twitter", "x")
    return lookup
