"""Opening a screenshot kept as evidence from a link on a page, or saying it has gone.

The account page, the checklists and the review's drill-down show each
screenshot as an ``evidence:<sha256>`` link; any other link opens in the
browser. A file gone from the evidence folder (moved or deleted outside
Kontokoll) is said in a message; the log itself is unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from assistant.workspace import reading

if TYPE_CHECKING:
    from assistant.workspace.data_folder import Workspace

SCHEME = "evidence"


def open_link(parent: QWidget, workspace: Workspace, url: QUrl) -> QMessageBox | None:
    """Open ``url``: a kept screenshot with the system's viewer, else in the browser.

    Returns the message box shown when the screenshot's file is missing.
    """
    if url.scheme() != SCHEME:
        QDesktopServices.openUrl(url)
        return None
    sha256 = url.path()
    path = reading.evidence_file(workspace, sha256)
    if path is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("EvidenceLinks", "Screenshot missing"),
        QCoreApplication.translate(
            "EvidenceLinks",
            "The screenshot file ({sha}) is not in the evidence folder {folder}. "
            "It may have been moved or deleted outside Kontokoll. Restore the "
            "folder from a backup; the log itself is unchanged.",
        ).format(sha=sha256[:12], folder=reading.evidence_folder(workspace)),
        parent=parent,
    )
    box.setObjectName("evidenceMissingBox")
    box.open()
    return box
