"""A screenshot or file kept as evidence: attach a file, or capture the screen.

Used wherever proof is asked for: a removed post, a checklist step. The file
is stored in the evidence folder (by its SHA-256) the moment it is chosen;
the record of it is saved with whatever it proves.

Signals:
    chosen(Evidence): a file was stored and is now the picker's evidence.
    problem(str): what went wrong, in the user's language, and what to do.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock
from assistant.messages import UserError
from assistant.records import Evidence
from ui.common.capture import ConfirmCaptureDialog, ScreenCapturer, png_bytes
from ui.common.i18n import translate
from ui.common.widgets import named

if TYPE_CHECKING:
    from assistant.workspace.data_folder import Workspace


class EvidencePicker(QWidget):
    chosen = Signal(object)
    problem = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        names: tuple[str, str, str] = ("evidencePreview", "attachFile", "captureScreen"),
        parent: QWidget | None = None,
        capture_delay_ms: int | None = None,
        recorded_by: str | None = None,
    ) -> None:
        """``names`` are the object names of the preview, the file button and the capture button."""
        super().__init__(parent)
        self.workspace = workspace
        self.clock = clock
        self.recorded_by = recorded_by
        """Whose proof the files are; None: the workstation's user."""
        self.evidence: Evidence | None = None
        self.capturer = (
            ScreenCapturer(parent=self)
            if capture_delay_ms is None
            else ScreenCapturer(capture_delay_ms, self)
        )
        self.capturer.captured.connect(self._confirm_capture)
        preview_name, attach_name, capture_name = names

        self.preview = named(QLabel(self.tr("No screenshot yet.")), preview_name)
        self.preview.setMinimumHeight(90)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        attach = named(QPushButton(self.tr("Attach &file…")), attach_name)
        attach.setAutoDefault(False)
        attach.clicked.connect(lambda: self.attach_file())
        capture = named(QPushButton(self.tr("&Capture screen")), capture_name)
        capture.setAutoDefault(False)
        capture.setToolTip(
            self.tr("Kontokoll hides itself, takes a picture of the screen and shows it to you.")
        )
        capture.clicked.connect(self.capturer.start)
        buttons = QHBoxLayout()
        buttons.addWidget(attach)
        buttons.addWidget(capture)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)

    def attach_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose the screenshot"),
                str(Path.home()),
                self.tr(
                    "Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;PDF (*.pdf);;All files (*)"
                ),
            )
            if not chosen:
                return
            path = Path(chosen)
        picture = QPixmap(str(path))
        if picture.isNull() and path.suffix.lower() != ".pdf":
            self.problem.emit(
                self.tr(
                    "{name} is not a picture. Attach a screenshot (PNG, JPEG and the like) "
                    "or a PDF."
                ).format(name=path.name)
            )
            return
        from assistant.workspace.recording import keep_file

        try:
            evidence = keep_file(self.workspace, path, self.clock.now(), self.recorded_by)
        except UserError as error:
            self.problem.emit(error.render(translate))
            return
        self._use(evidence, picture)

    def show_kept(self, evidence: Evidence | None) -> None:
        """Show evidence chosen earlier (such as a step saved before)."""
        if evidence is None:
            return
        from assistant.workspace.reading import stored_file

        path = stored_file(self.workspace, evidence)
        self._use(evidence, QPixmap(str(path)) if path else QPixmap(), announce=False)

    def _confirm_capture(self, pixmap: QPixmap) -> None:
        if pixmap.isNull():
            self.problem.emit(
                self.tr(
                    "The screen could not be captured on this computer. Take a screenshot "
                    "with the computer's own tool and attach it as a file."
                )
            )
            return
        dialog = ConfirmCaptureDialog(pixmap, self)
        dialog.accepted.connect(lambda: self._keep_capture(pixmap))
        dialog.open()

    def _keep_capture(self, pixmap: QPixmap) -> None:
        from assistant.workspace.recording import keep_bytes

        now = self.clock.now()
        stamp = now.strftime("%Y%m%d-%H%M%S")
        try:
            name = f"skarmbild-{stamp}.png"
            evidence = keep_bytes(self.workspace, png_bytes(pixmap), name, now, self.recorded_by)
        except UserError as error:
            self.problem.emit(error.render(translate))
            return
        self._use(evidence, pixmap)

    def _use(self, evidence: Evidence, pixmap: QPixmap, announce: bool = True) -> None:
        self.evidence = evidence
        if pixmap.isNull():
            self.preview.setText(evidence.original_name)
        else:
            self.preview.setPixmap(
                pixmap.scaled(
                    240,
                    140,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.preview.setToolTip(evidence.original_name)
        if announce:
            self.chosen.emit(evidence)
