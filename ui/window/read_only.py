"""The main window on a damaged log: the offer to open it read-only, and the window then.

When the database cannot be opened because it is damaged, the message that
says so also offers to open it read-only (:func:`offer_read_only`). What can
be read is copied off the GUI thread (:func:`open_read_only`: a big damaged
log takes a while), the window saying meanwhile that it reads. The window
then shows what could be read, plainly: its title says read-only, a banner
at its top says how much of the log could be read and what to do
(:class:`ReadOnlyBanner`), and the commands that would record are switched
off (:func:`switch_off_recording`); the rest answer with the store's refusal.

Signals (ReadOnlyBanner):
    reviewRequested(): show the Review, to save it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from assistant.messages import UserError
from ui.common.i18n import translate
from ui.common.off_thread import run_off_thread
from ui.common.widgets import named

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from assistant.workspace.data_folder import ReadableCopy, Workspace


def offer_read_only(
    parent: QWidget,
    error: UserError,
    open_read_only: Callable[[], object],
    close: Callable[[], object],
) -> QMessageBox:
    """Say why the log cannot be opened; for a damaged one, offer to open it read-only.

    ``open_read_only`` is called if the person chooses to, ``close`` otherwise.
    """
    from assistant.workspace.data_folder import DamagedDatabaseError

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("MainWindow", "The log cannot be opened"),
        error.render(translate),
        parent=parent,
    )
    box.setObjectName("openErrorBox")
    read_only = None
    if isinstance(error, DamagedDatabaseError):
        box.setInformativeText(
            QCoreApplication.translate(
                "ReadOnly",
                "You can open what can still be read of it read-only, to look at the log and "
                "save the review. Nothing is written to the file.",
            )
        )
        read_only = box.addButton(
            QCoreApplication.translate("ReadOnly", "Open &read-only"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        read_only.setObjectName("openReadOnlyButton")
        closing = box.addButton(
            QCoreApplication.translate("ReadOnly", "&Close Kontokoll"),
            QMessageBox.ButtonRole.RejectRole,
        )
        closing.setObjectName("closeButton")
        box.setDefaultButton(read_only)

    def answered(_result: int) -> None:
        if read_only is not None and box.clickedButton() is read_only:
            open_read_only()
        else:
            close()

    box.finished.connect(answered)
    box.open()
    return box


def open_read_only(
    window: QWidget,
    data_dir: Path,
    use: Callable[[Workspace], object],
    close: Callable[[], object],
) -> None:
    """Copy what can be read of the damaged log off the GUI thread, then ``use`` it opened
    read-only; a failure is said, and then ``close`` is called."""
    from assistant.workspace.data_folder import (
        discard_copy,
        open_read_only_workspace,
        read_only_copy_of,
    )

    label = window.findChild(QLabel, "openingLabel")
    if label is not None:
        reading = QCoreApplication.translate(
            "ReadOnly", "Reading what can still be read of the damaged log…"
        )
        label.setText(f'<p align="center">{escape(reading)}</p>')

    def made(copy: ReadableCopy) -> None:
        try:
            workspace = open_read_only_workspace(data_dir, copy)
        except UserError as error:
            offer_read_only(window, error, close, close)
            return
        use(workspace)

    run_off_thread(
        window,
        lambda: read_only_copy_of(data_dir),
        made,
        lambda error: offer_read_only(window, error, close, close),
        abandoned=discard_copy,  # the window closed meanwhile: nobody will open it
    )


def show_read_only(
    window: QMainWindow,
    frame: QVBoxLayout,
    found: ReadableCopy,
    recording: Iterable[QAction],
    show_review: Callable[[], object],
) -> ReadOnlyBanner:
    """Say in the window's title and a banner at the top of ``frame`` that the log is open
    read-only (its button calls ``show_review``), and switch off the ``recording`` commands."""
    window.setWindowTitle(window_title(found))
    banner = ReadOnlyBanner(found, window)
    banner.reviewRequested.connect(show_review)
    frame.insertWidget(0, banner)
    switch_off_recording(recording)
    return banner


def window_title(found: ReadableCopy) -> str:
    if found.damaged:
        return QCoreApplication.translate("ReadOnly", "Kontokoll – read-only: damaged log")
    return QCoreApplication.translate("ReadOnly", "Kontokoll – read-only")


def switch_off_recording(actions: Iterable[QAction]) -> None:
    """Grey out the menu commands that would record, saying why on hover."""
    why = QCoreApplication.translate("ReadOnly", "The log is open read-only.")
    for action in actions:
        action.setEnabled(False)
        action.setToolTip(why)
        action.setStatusTip(why)


class ReadOnlyBanner(QFrame):
    """The line at the top of the window saying the log is read-only, how much of it could
    be read, and what to do."""

    reviewRequested = Signal()

    def __init__(self, found: ReadableCopy, parent: QWidget | None = None) -> None:
        from assistant.workspace.read_only import what_to_do, what_was_read

        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setAccessibleName(QCoreApplication.translate("ReadOnly", "Read-only view"))
        # Fixed colours, with the text's own: the banner reads the same in a dark palette.
        self.setStyleSheet(
            "#readOnlyBanner { background: #fde7e9; border: 1px solid #c50f1f; "
            "border-radius: 4px; } #readOnlyBanner QLabel { color: #3b0509; }"
        )
        heading = (
            QCoreApplication.translate("ReadOnly", "Read-only view of a damaged log")
            if found.damaged
            else QCoreApplication.translate("ReadOnly", "Read-only view of the log")
        )
        self.text = named(QLabel(), "readOnlyText")
        self.text.setWordWrap(True)
        self.text.setText(
            f"<b>{escape(heading)}</b><br>{escape(what_was_read(found).render(translate))}"
            f"<br>{escape(what_to_do(found).render(translate))}"
        )
        review = named(
            QPushButton(QCoreApplication.translate("ReadOnly", "Open the Revie&w to save it")),
            "readOnlyReview",
        )
        review.setAutoDefault(False)
        review.clicked.connect(self.reviewRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(review)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
