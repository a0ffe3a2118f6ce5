"""Reading an account register's file into rows of text, whatever wrote it.

A register comes as the CSV Excel or LibreOffice saves (UTF-8 with or without a
byte-order mark, Windows-1252 as Swedish Excel's *CSV (semikolonavgränsad)*
writes, or UTF-16 as its *Unicode text* does; ``;``, ``,`` or a tab between
fields) or as an Excel workbook (``.xlsx``, its first sheet). What the file is
comes from its content, not its name. :mod:`assistant.rules.csv_import` makes
accounts of the rows.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""Most a workbook may unpack to: a register of thousands of accounts is a few megabytes."""
_ZIP = b"PK\x03\x04"
_OLD_EXCEL = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, or an encrypted .xlsx


@dataclass(frozen=True)
class Row:
    """One row of the file, numbered as Excel and LibreOffice number it (the first is 1)."""

    number: int
    cells: tuple[str, ...]

    def is_blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


def _message(template: str, **values: object) -> Message:
    return Message("CsvImport", template, values)


def read_rows(path: Path) -> list[Row]:
    """Every row of the register file at ``path``; :class:`UserError` saying why not."""
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
    if data.startswith(_OLD_EXCEL):
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "The file {file} is an older Excel workbook (.xls) or one protected "
                    "by a password, which Kontokoll cannot read. In Excel, save it as "
                    "“Excel Workbook (.xlsx)” without a password, or as CSV, and import "
                    "it again.",
                ),
                file=path.name,
            )
        )
    rows = _workbook_rows(data, path.name) if data.startswith(_ZIP) else _csv_rows(data, path.name)
    if len(rows) > MAX_ROWS:
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "The file {file} has more than {limit} rows, too many for an account "
                    "register. Import the register's own rows only.",
                ),
                file=path.name,
                limit=MAX_ROWS,
            )
        )
    return rows


# -- CSV ------------------------------------------------------------------------------


def decode(data: bytes, file: str) -> str:
    """The text of a CSV file in whichever encoding Excel or LibreOffice wrote it."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    elif data.startswith(codecs.BOM_UTF8):
        encodings = ("utf-8-sig",)
    else:
        # Windows-1252 reads almost any bytes, so UTF-8 (which does not) is tried first.
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(
        _message(
            QT_TRANSLATE_NOOP(
                "CsvImport",
                "The text in {file} is in an encoding Kontokoll does not know. In Excel, "
                "save it as “CSV UTF-8 (comma delimited)” or “CSV (semicolon delimited)”, "
                "and import it again.",
            ),
            file=file,
        )
    )


def _delimiter(first_line: str) -> str:
    counts = {delimiter: first_line.count(delimiter) for delimiter in (",", ";", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] > 0 else ","


def _csv_rows(data: bytes, file: str) -> list[Row]:
    text = decode(data, file)
    first = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(first))
    rows: list[Row] = []
    try:
        for number, cells in enumerate(reader, start=1):
            rows.append(Row(number, tuple(cells)))
            if number > MAX_ROWS:
                break
    except csv.Error as error:
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "The file {file} cannot be read as CSV near line {line} ({reason}). "
                    "Save it again from Excel as CSV and import it again.",
                ),
                file=file,
                line=reader.line_num,
                reason=str(error),
            )
        ) from error
    return rows


# -- Excel ----------------------------------------------------------------------------


def _workbook_rows(data: bytes, file: str) -> list[Row]:
    from openpyxl import load_workbook

    try:
        _check_unpacked_size(data, file)
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            sheet.reset_dimensions()  # some writers state too small a sheet: read it all
            rows: list[Row] = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                rows.append(Row(number, _cells(values, number, file)))
                if number > MAX_ROWS:
                    break
        finally:
            book.close()
    except UserError:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged or foreign zip
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "The file {file} cannot be read as an Excel workbook ({reason}). Open "
                    "it in Excel or LibreOffice, save it as “Excel Workbook (.xlsx)” or as "
                    "CSV, and import it again.",
                ),
                file=file,
                reason=str(error) or type(error).__name__,
            )
        ) from error
    return rows


def _check_unpacked_size(data: bytes, file: str) -> None:
    """Refuse a workbook that unpacks to far more than a register: a small file can hold
    gigabytes of text, which reading would have to hold in memory."""
    with zipfile.ZipFile(io.BytesIO(data)) as packed:
        unpacked = sum(member.file_size for member in packed.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "The workbook {file} holds far more text than an account register "
                    "({megabytes} MB unpacked). Copy the register's own rows into a new "
                    "workbook, or save them as CSV, and import that.",
                ),
                file=file,
                megabytes=unpacked // (1024 * 1024),
            )
        )


def _cells(values: tuple[object, ...], number: int, file: str) -> tuple[str, ...]:
    cells = [cell_text(value) for value in values]
    while cells and not cells[-1]:
        cells.pop()
    if len(cells) > MAX_COLUMNS:
        raise UserError(
            _message(
                QT_TRANSLATE_NOOP(
                    "CsvImport",
                    "Row {row} of {file} has more than {limit} columns, too many for an "
                    "account register. Delete the columns to the right of the register "
                    "and import it again.",
                ),
                row=number,
                file=file,
                limit=MAX_COLUMNS,
            )
        )
    return tuple(cells)


def cell_text(value: object) -> str:
    """A workbook cell as the text a CSV file would hold: a date as ``YYYY-MM-DD``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
