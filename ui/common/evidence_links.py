"""Opening a screenshot kept as evidence from a link on a page, or saying why it did not open.

The account page, the checklists and the review's drill-down show each
screenshot as an ``evidence:<sha256>`` link; any other link opens in the
browser. A file gone from the evidence folder (moved or deleted outside
Kontokoll) is said in a message; the log itself is unchanged. A file the
computer has no program to open (no picture viewer set up) is said too, with
where it is, so the person can open it some other way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from assistant.workspace import reading

if TYPE_CHECKING:
    from assistant.workspace.data_folder import Workspace

SCHEME = "evidence"

Opener = Callable[[QUrl], bool]
"""Opens a URL with the system's program for it; False when none could."""


def open_link(
    parent: QWidget,
    workspace: Workspace,
    url: QUrl,
    opener: Opener | None = None,
) -> QMessageBox | None:
    """Open ``url``: a kept screenshot with the system's viewer, else in the browser.

    ``opener`` opens it (the system's ``QDesktopServices.openUrl`` unless given).
    Returns the message box shown when the screenshot's file is missing or
    could not be opened.
    """
    opener = opener or QDesktopServices.openUrl
    if url.scheme() != SCHEME:
        if opener(url):
            return None
        return _say(
            parent,
            "linkNotOpenedBox",
            QCoreApplication.translate("EvidenceLinks", "Link not opened"),
            QCoreApplication.translate(
                "EvidenceLinks",
                "No program on this computer opened {url}. Copy the address and open it in "
                "a web browser.",
            ).format(url=url.toString()),
            url.toString(),
            QCoreApplication.translate("EvidenceLinks", "&Copy the address"),
        )
    sha256 = url.path()
    path = reading.evidence_file(workspace, sha256)
    if path is None:
        return _say(
            parent,
            "evidenceMissingBox",
            QCoreApplication.translate("EvidenceLinks", "Screenshot missing"),
            QCoreApplication.translate(
                "EvidenceLinks",
                "The screenshot file ({sha}) is not in the evidence folder {folder}. "
                "It may have been moved or deleted outside Kontokoll. Restore the "
                "folder from a backup; the log itself is unchanged.",
            ).format(sha=sha256[:12], folder=reading.evidence_folder(workspace)),
        )
    if opener(QUrl.fromLocalFile(str(path))):
        return None
    return _not_opened(parent, path)


def _not_opened(parent: QWidget, path: Path) -> QMessageBox:
    return _say(
        parent,
        "evidenceNotOpenedBox",
        QCoreApplication.translate("EvidenceLinks", "Screenshot not opened"),
        QCoreApplication.translate(
            "EvidenceLinks",
            "No program on this computer could open the screenshot. The file is kept at\n"
            "{path}\n"
            "Open it from there with a picture viewer or a web browser, or ask IT to set up "
            "a program that opens pictures.",
        ).format(path=path),
        str(path),
        QCoreApplication.translate("EvidenceLinks", "&Copy the path"),
    )


def _say(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    to_copy: str | None = None,
    copy_label: str = "",
) -> QMessageBox:
    """Show a warning; with ``to_copy``, a button putting that text on the clipboard."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName(name)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if to_copy is not None:
        copy = box.addButton(copy_label, QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("copyEvidencePath")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(to_copy))
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    return box
