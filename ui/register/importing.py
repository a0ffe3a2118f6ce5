"""Importing the account register from a CSV file, from the File menu or Today's empty state.

All rows or none: a file with any bad row is refused in a message box naming
each bad row and column (see :mod:`assistant.rules.csv_import`). The import is
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


def import_accounts(
    parent: QWidget, workspace: Workspace, clock: Clock, path: Path | None = None
) -> str | None:
    """Import a CSV file (asking which, if ``path`` is None); a sentence saying what was done.

    None when nothing was imported: the person cancelled, or was told why not.
    """
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("MainWindow", "Import accounts"),
            str(Path.home()),
            QCoreApplication.translate("MainWindow", "CSV files (*.csv *.txt);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        plan = import_register(workspace, path, clock.now())
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
    return QCoreApplication.translate(
        "MainWindow", "Imported %n account(s) from {file}.", "", len(plan.accounts)
    ).format(file=path.name)
