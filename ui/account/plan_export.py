"""Saving an account's plan (the answers of *before you start*) as a one-page PDF.

Asked from the account page's life bar; the strings keep the page's
translation context.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from assistant.records import Account, Person
from assistant.rules.lifecycle import Life
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace


def save_plan(
    parent: QWidget,
    workspace: Workspace,
    account: Account,
    life: Life,
    people: dict[str, Person],
    *,
    language: str,
    now: datetime,
    path: Path | None = None,
) -> Path | None:
    """Write the plan's PDF to ``path`` (asked for when None); the path written, or None."""
    from ui.checklists.plan_pdf import write_plan_pdf

    if path is None:
        suggested = QCoreApplication.translate("AccountPage", "Plan – {account}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("AccountPage", "Save the plan as PDF"),
            str(Path.home() / suggested.format(account=account.name)),
            QCoreApplication.translate("AccountPage", "PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    me = reading.me(workspace)
    try:
        pages = write_plan_pdf(
            path,
            life,
            workspace.pack,
            people,
            partial(reading.evidence, workspace),
            language,
            generated_by=me.name if me else "",
            generated_at=now,
        )
    except OSError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("AccountPage", "The plan was not saved"),
            QCoreApplication.translate(
                "AccountPage",
                "The PDF could not be written to {path} ({reason}). Choose another "
                "folder and try again.",
            ).format(path=path, reason=error.strerror or error),
        )
        return None
    if pages > 1:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("AccountPage", "The plan is longer than one page"),
            QCoreApplication.translate(
                "AccountPage",
                "The plan was saved, but even in small type it needs {pages} pages. "
                "Shorten the longest answers if the manager wants it on one page.",
            ).format(pages=pages),
            parent=parent,
        )
        box.setObjectName("planLongBox")
        box.open()
    return path
