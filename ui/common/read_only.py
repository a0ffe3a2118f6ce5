"""Refusing, up front, to open a dialog that would record in a log open read-only.

The store refuses every write of a read-only log anyway; a screen asks here
first, so a person is told before filling in a form that cannot be saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common.i18n import translate

if TYPE_CHECKING:
    from assistant.workspace.data_folder import Workspace


def refuse_writing(parent: QWidget, workspace: Workspace | None) -> bool:
    """If the log is open read-only, say that nothing can be recorded, and return True."""
    if workspace is None or workspace.read_only is None:
        return False
    from assistant.workspace.read_only import nothing_recorded

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ReadOnly", "The log is open read-only"),
        nothing_recorded().render(translate),
        parent=parent,
    )
    box.setObjectName("readOnlyRefusal")
    box.open()
    return True
