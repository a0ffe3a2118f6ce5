"""Importing the account register from a CSV file or an Excel workbook, from the File menu
or Today's empty state.

All rows or none: a file with any bad heading or row is refused in a message box
naming each (see :mod:`assistant.rules.csv_import`). The import is
:func:`assistant.workspace.recording.import_register`'s, as for the command line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from assistant.clock import Clock
from assistant.messages import UserError
from assistant.workspace.data_folder import Workspace
from assistant.workspace.recording import import_register
from ui.common.i18n import translate


def register_file_filter() -> str:
    """What the file dialog offers: the files a register can come in, each kind, and all."""
    return QCoreApplication.translate(
        "MainWindow",
        "Account registers (*.csv *.xlsx *.txt);;CSV files (*.csv *.txt);;"
        "Excel workbooks (*.xlsx);;All files (*)",
    )


def import_accounts(
    parent: QWidget,
    workspace: Workspace,
    clock: Clock,
    language: str,
    path: Path | None = None,
) -> str | None:
    """Import a register file (asking which, if ``path`` is None); a sentence saying what was
    done. ``language`` is the user's, for the guideline pack's platform names.

    None when nothing was imported: the person cancelled, or was told why not.
    """
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("MainWindow", "Import accounts"),
            str(Path.home()),
            register_file_filter(),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        plan = import_register(workspace, path, clock.now(), language=language)
    except UserError as error:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Nothing was imported"),
            error.message.render(translate),
            parent=parent,
        )
        box.setObjectName("importErrorBox")
        if error.details:
            box.setDetailedText("\n".join(d.render(translate) for d in error.details))
            box.setInformativeText("\n".join(d.render(translate) for d in error.details[:8]))
        box.open()
        return None
    said = QCoreApplication.translate("MainWindow", "Accounts imported from {file}: {count}.")
    said = said.format(file=path.name, count=len(plan.accounts))
    unowned = sum(1 for account in plan.accounts if not account.officer_ids)
    if unowned:
        said += " " + QCoreApplication.translate(
            "MainWindow",
            "Accounts with no officer, which nobody is reminded of: {count}. Choose an "
            "officer for each in the Register.",
        ).format(count=unowned)
    return said
