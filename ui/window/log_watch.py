"""Checking the log in the background: at start, and after each merge of the team's work.

The check is :func:`assistant.workspace.verification.verify_log`, run on a
worker thread with its own connection, so the window never waits for it. All
is quiet while the log holds; when it does not, a line in the status bar
says so plainly, and clicking it (or pressing Enter on it) lists every
broken record and what to do.

Signals:
    checked(object): a check finished; its :class:`~assistant.workspace.verification.Verified`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ui.common.i18n import translate
from ui.common.widgets import named

if TYPE_CHECKING:
    from assistant.workspace.verification import Verified


class LogWatch(QObject):
    checked = Signal(object)

    def __init__(self, data_dir: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.window = parent
        self.last: Verified | None = None
        self._running = False
        self._again = False
        self.status = named(QPushButton(), "logProblem", self.tr("The log does not hold"))
        self.status.setCursor(Qt.CursorShape.PointingHandCursor)
        # Its own light background: as readable in a dark palette as in a light one.
        self.status.setStyleSheet(
            "#logProblem { color: #7a0010; background: #fde7e9; border: 1px solid #e3a1a8; "
            "border-radius: 3px; padding: 1px 8px; font-weight: bold; }"
        )
        self.status.hide()
        self.status.clicked.connect(self.show_problems)
        self.checked.connect(self._show)

    def check(self) -> None:
        """Check the whole log on a worker thread; a check asked for meanwhile runs after it."""
        if self._running:
            self._again = True
            return
        self._running = True
        data_dir, relay = self.data_dir, self.checked

        def work() -> None:
            from assistant.messages import UserError, fault
            from assistant.workspace.data_folder import open_workspace
            from assistant.workspace.verification import Verified, verify_log

            try:
                workspace = open_workspace(data_dir)
                try:
                    result = verify_log(workspace)
                finally:
                    workspace.close()
            except UserError as error:
                result = Verified(problems=[error.message])
            except Exception as error:  # a fault: said, never a crash of the window
                logging.getLogger(__name__).exception("Checking the log failed")
                result = Verified(problems=[fault(error).message])
            with contextlib.suppress(RuntimeError):  # the window may be gone meanwhile
                relay.emit(result)

        threading.Thread(target=work, name="kontokoll-log-check", daemon=True).start()

    def _show(self, result: Verified) -> None:
        self._running = False
        self.last = result
        if result.holds:
            self.status.hide()
        else:
            self.status.setText(
                self.tr("⚠ The log does not hold (problems: {count}) — details").format(
                    count=len(result.problems)
                )
            )
            self.status.show()
        if self._again:
            self._again = False
            self.check()

    def show_problems(self) -> QMessageBox:
        """List what does not hold, and what to do about it."""
        result = self.last
        problems = result.problems if result is not None else []
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The log does not hold"),
            self.tr(
                "Kontokoll checked the log and found records that are not as they were "
                "recorded, or evidence files that were changed. Nothing has been changed by the "
                "check. Keep a copy of the data folder as it is now, and tell whoever is "
                "responsible for the log (the information unit or IT)."
            ),
            parent=self.window,
        )
        box.setObjectName("logProblemBox")
        box.setDetailedText("\n".join(problem.render(translate) for problem in problems))
        box.open()
        return box
