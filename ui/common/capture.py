"""Screenshots as evidence: let the app capture a screen.

To capture, the app hides its own windows, waits for the screen to redraw,
grabs the screen the person chose (the one the dialog is on unless they chose
another), shows itself again and asks the person to confirm the picture; they
may drag over it to keep only the part that shows the post.

Signals (ScreenCapturer):
    captured(QPixmap): the screen as it was, without Kontokoll's windows.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPixmap, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.picture_view import RegionPicture
from ui.common.widgets import named

HIDE_DELAY_MS = 400
"""Long enough for the windows behind Kontokoll to repaint before the grab."""


class ScreenCapturer(QObject):
    captured = Signal(QPixmap)

    def __init__(self, delay_ms: int = HIDE_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.delay_ms = delay_ms
        self._hidden: list[QWidget] = []
        self._screen: QScreen | None = None

    def start(self, screen: QScreen | None = None) -> None:
        """Capture ``screen`` (the primary screen if None) once Kontokoll is out of the way."""
        self._screen = screen
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        QTimer.singleShot(self.delay_ms, self._grab)

    def _grab(self) -> None:
        screen = self._screen
        if screen is None or screen not in QGuiApplication.screens():
            screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(0) if screen is not None else QPixmap()
        self._screen = None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.captured.emit(pixmap)


def screens_for(widget: QWidget) -> list[QScreen]:
    """The screens to offer, the one ``widget`` is on first."""
    here = widget.screen()
    others = [s for s in QGuiApplication.screens() if s is not here]
    return ([here] if here is not None else []) + others


def screen_label(screen: QScreen, number: int, here: bool) -> str:
    """How a screen is named in the capture menu: its number, name and size."""
    size = screen.size()
    values = {"n": number, "name": screen.name(), "w": size.width(), "h": size.height()}
    if here:
        text = QCoreApplication.translate(
            "ScreenCapturer", "Screen {n}, where this window is: {name} ({w} × {h})"
        )
    else:
        text = QCoreApplication.translate("ScreenCapturer", "Screen {n}: {name} ({w} × {h})")
    return text.format(**values)


def png_bytes(pixmap: QPixmap) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class ConfirmCaptureDialog(QDialog):
    """Shows the captured screen whole; the person keeps it, or part of it, or throws it away."""

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmCaptureDialog")
        self.setWindowTitle(self.tr("Keep this screenshot?"))
        question = QLabel(
            self.tr(
                "Does the picture show the post as it was? It is kept as evidence. To keep "
                "only the post and not the rest of the screen, drag a rectangle over it."
            )
        )
        question.setWordWrap(True)
        self.picture = named(RegionPicture(pixmap), "capturePicture")
        self.picture.setAccessibleName(self.tr("The captured screen"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Discard
        )
        self.keep = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.keep.setText(self.tr("&Keep screenshot"))
        self.keep.setObjectName("keepCapture")
        self.whole = named(QPushButton(self.tr("&Whole screen")), "captureWhole")
        self.whole.setToolTip(self.tr("Keep the whole screen, not only the part chosen"))
        self.whole.setAutoDefault(False)
        self.whole.clicked.connect(lambda: self.picture.choose(QRect()))
        buttons.addButton(self.whole, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Discard).clicked.connect(self.reject)
        self.picture.region_changed.connect(self._region_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.picture, 1)
        layout.addWidget(buttons)
        self._region_changed()
        self.resize(800, 600)

    def kept(self) -> QPixmap:
        """The picture to keep: the part dragged over, or the whole screen."""
        return self.picture.kept()

    def _region_changed(self) -> None:
        part = not self.picture.region().isEmpty()
        self.whole.setVisible(part)
        self.keep.setText(self.tr("&Keep the part chosen") if part else self.tr("&Keep screenshot"))
