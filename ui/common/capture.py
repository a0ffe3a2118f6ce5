"""Screenshots as evidence: attach a file, or let the app capture the screen.

To capture, the app hides its own windows, waits for the screen to redraw,
grabs it, shows itself again and asks the person to confirm the picture.

Signals (ScreenCapturer):
    captured(QPixmap): the screen as it was, without Kontokoll's windows.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.common.widgets import named

HIDE_DELAY_MS = 400
"""Long enough for the windows behind Kontokoll to repaint before the grab."""


class ScreenCapturer(QObject):
    captured = Signal(QPixmap)

    def __init__(self, delay_ms: int = HIDE_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.delay_ms = delay_ms
        self._hidden: list[QWidget] = []

    def start(self) -> None:
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        QTimer.singleShot(self.delay_ms, self._grab)

    def _grab(self) -> None:
        screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(0) if screen is not None else QPixmap()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.captured.emit(pixmap)


def png_bytes(pixmap: QPixmap) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class ConfirmCaptureDialog(QDialog):
    """Shows the captured screen; the person keeps it or throws it away."""

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmCaptureDialog")
        self.setWindowTitle(self.tr("Keep this screenshot?"))
        question = QLabel(
            self.tr("Does the picture show the post as it was? It is kept as evidence.")
        )
        question.setWordWrap(True)
        picture = named(QLabel(), "capturePicture")
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setPixmap(
            pixmap.scaled(
                760,
                480,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        scroll = QScrollArea()
        scroll.setWidget(picture)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Discard
        )
        keep = buttons.button(QDialogButtonBox.StandardButton.Ok)
        keep.setText(self.tr("&Keep screenshot"))
        keep.setObjectName("keepCapture")
        buttons.accepted.connect(self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Discard).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(800, 600)
