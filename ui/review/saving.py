"""Saving the review shown on screen: a PDF to sign, an Excel workbook or a CSV file.

The file is written on a worker thread (a PDF of a city's year takes about
a second), from the review already on screen and the register's people read
on the GUI thread beforehand; the worker touches no database. What happened
comes back to the GUI thread through a relay that lives there: where the
file was saved, or a message box saying why it was not and what to do.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from assistant.messages import UserError
from assistant.pack.model import GuidelinePack
from assistant.records import Person
from assistant.rules.review import Review
from ui.common.i18n import translate
from ui.common.off_thread import run_off_thread


class ExportKind(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"
    CSV = "csv"


def file_filter(kind: ExportKind) -> str:
    return {
        ExportKind.PDF: QCoreApplication.translate("ReviewExport", "PDF to print and sign (*.pdf)"),
        ExportKind.XLSX: QCoreApplication.translate("ReviewExport", "Excel workbook (*.xlsx)"),
        ExportKind.CSV: QCoreApplication.translate(
            "ReviewExport", "Spreadsheet, for Excel (*.csv)"
        ),
    }[kind]


def suggested_name(review: Review, kind: ExportKind) -> str:
    """«Review 2026-01-01 – 2026-11-20.pdf», in the user's language."""
    stem = QCoreApplication.translate("ReviewExport", "Review {first} – {last}").format(
        first=review.filter.first.isoformat(), last=review.filter.last.isoformat()
    )
    return f"{stem}.{kind.value}"


def ask_for_path(parent: QWidget, review: Review, kind: ExportKind, folder: Path) -> Path | None:
    """Ask where to save; None if the person cancelled. The right ending is added if missing."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReviewExport", "Save the review"),
        str(folder / suggested_name(review, kind)),
        file_filter(kind),
    )
    if not chosen:
        return None
    return with_suffix(Path(chosen), kind)


def with_suffix(path: Path, kind: ExportKind) -> Path:
    suffix = f".{kind.value}"
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def start_export(
    parent: QWidget,
    kind: ExportKind,
    review: Review,
    path: Path,
    *,
    people: Mapping[str, Person],
    pack: GuidelinePack,
    language: str,
    generated_by: str,
    generated_at: datetime,
    done: Callable[[str], None],
    failed: Callable[[], object] = lambda: None,
) -> None:
    """Write ``review`` to ``path`` on a worker; ``done`` gets the line saying where it went.

    A file that cannot be written is explained in a message box instead.
    """
    saved = {
        ExportKind.PDF: QCoreApplication.translate(
            "ReviewExport", "Saved the review as a PDF in {path}."
        ),
        ExportKind.XLSX: QCoreApplication.translate(
            "ReviewExport", "Saved the review as an Excel workbook in {path}."
        ),
        ExportKind.CSV: QCoreApplication.translate(
            "ReviewExport", "Saved the review as a CSV file in {path}."
        ),
    }[kind].format(path=path)
    # The worker's own copy; a People copy keeps the former ids that name who checked.
    people = copy.copy(people)

    def write() -> str:
        if kind == ExportKind.PDF:
            from ui.review.pdf import write_review_pdf

            write_review_pdf(
                review,
                path,
                people=people,
                generated_by=generated_by,
                generated_at=generated_at,
                language=language,
                pack=pack,
            )
        elif kind == ExportKind.XLSX:
            from assistant.exports.review import write_review_xlsx

            write_review_xlsx(
                review,
                path,
                pack=pack,
                language=language,
                generated_at=generated_at,
                generated_by=generated_by,
                people=people,
                translate=translate,
            )
        else:
            from assistant.exports.review import write_review_csv

            write_review_csv(
                review, path, pack=pack, language=language, people=people, translate=translate
            )
        return saved

    def refused(error: UserError) -> None:
        failed()
        _refuse(parent, error)

    run_off_thread(parent, write, done, refused)


def _refuse(parent: QWidget, error: UserError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ReviewExport", "The review was not saved"),
        error.render(translate),
        parent=parent,
    )
    box.setObjectName("reviewExportErrorBox")
    box.open()
