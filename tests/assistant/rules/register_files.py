"""Register files as Excel and LibreOffice write them, and planning their import on Friday."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.messages import UserError
from assistant.pack.reader import default_pack
from assistant.records import Account, Person
from assistant.rules.csv_import import ImportPlan, plan_import
from tests.factories import FRIDAY, RECORDED_BY, at

SWEDISH_HEADER = "plattform;namn;adress;förvaltning;ansvarig;ersättare;aktiv_sedan"
ENGLISH_HEADER = "platform,name,url,department,officer,deputies,active_since"


def write(folder: Path, text: str, *, encoding: str = "utf-8", name: str = "konton.csv") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


Cell = str | int | float | date | datetime | None


def workbook(folder: Path, *sheets: list[list[Cell]], name: str = "konton.xlsx") -> Path:
    """An .xlsx file with ``sheets``, the first holding the register, built as Excel saves it."""
    book = Workbook()
    book.remove(book.active)
    for number, rows in enumerate(sheets, start=1):
        sheet = book.create_sheet(f"Blad{number}")
        for row in rows:
            sheet.append(row)
    path = folder / name
    book.save(path)
    return path


def plan(
    path: Path,
    accounts: dict[str, Account] | None = None,
    people: dict[str, Person] | None = None,
) -> ImportPlan:
    return plan_import(
        path,
        default_pack(),
        accounts or {},
        people or {},
        recorded_at=at(FRIDAY),
        recorded_by=RECORDED_BY,
        today=FRIDAY,
    )


def refused(path: Path, accounts: dict[str, Account] | None = None) -> UserError:
    with pytest.raises(UserError) as error:
        plan(path, accounts)
    return error.value


def refusal(path: Path, **known: dict[str, Account]) -> str:
    return refused(path, known.get("accounts")).render()
