"""Showing a screenshot whole, scaled to the room it has, and choosing part of it.

A screenshot kept as evidence is shown in full, never cut off: it is scaled
down (keeping its proportions) to whatever room the label has, and scaled
again when the room changes. :class:`RegionPicture` also lets the person
drag a rectangle over it to keep only that part (the post, not the rest of
the screen).

Signals (RegionPicture):
    region_changed(): the part chosen was changed or cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def fitted(natural: QSizeF, room: QSize) -> QSizeF:
    """``natural`` scaled down to fit ``room``, keeping its proportions (never scaled up)."""
    if natural.isEmpty() or room.isEmpty():
        return QSizeF(0, 0)
    scale = min(room.width() / natural.width(), room.height() / natural.height(), 1.0)
    return QSizeF(natural.width() * scale, natural.height() * scale)


class ScaledPicture(QLabel):
    """A label showing the whole of a picture, scaled to fit (or a text when there is none)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._picture = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_picture(self, pixmap: QPixmap) -> None:
        """Show the whole of ``pixmap`` (a null one: nothing, until a text is set)."""
        self._picture = pixmap
        if pixmap.isNull():
            self.clear()
        self._rescale()

    def sizeHint(self) -> QSize:
        if self._picture.isNull():
            return super().sizeHint()
        return fitted(self._picture.deviceIndependentSize(), QSize(240, 140)).toSize()

    def minimumSizeHint(self) -> QSize:
        return QSize(60, 40)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._picture.isNull():
            return
        ratio = self.devicePixelRatioF()
        size = fitted(self._picture.deviceIndependentSize(), self.contentsRect().size())
        if size.isEmpty():
            return
        scaled = self._picture.scaled(
            (size * ratio).toSize(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.setPixmap(scaled)


class RegionPicture(QWidget):
    """The whole picture, scaled to fit; dragging over it chooses the part to keep."""

    region_changed = Signal()

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = pixmap
        self._start: QPoint | None = None
        self._drag = QRect()
        self.setMinimumSize(200, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:
        return fitted(self.picture.deviceIndependentSize(), QSize(760, 480)).toSize()

    def shown_rect(self) -> QRectF:
        """Where the picture is drawn in the widget, whole and centred."""
        size = fitted(self.picture.deviceIndependentSize(), self.size())
        return QRectF(
            (self.width() - size.width()) / 2, (self.height() - size.height()) / 2, *size.toTuple()
        )

    def region(self) -> QRect:
        """The part chosen, in the picture's own pixels (empty: the whole picture)."""
        shown = self.shown_rect()
        chosen = QRectF(self._drag.normalized()).intersected(shown)
        if chosen.width() < 4 or chosen.height() < 4:
            return QRect()
        scale = self.picture.width() / shown.width()
        return QRect(
            round((chosen.x() - shown.x()) * scale),
            round((chosen.y() - shown.y()) * scale),
            round(chosen.width() * scale),
            round(chosen.height() * scale),
        ).intersected(self.picture.rect())

    def kept(self) -> QPixmap:
        """The picture to keep: the part chosen, or the whole."""
        part = self.region()
        return self.picture if part.isEmpty() else self.picture.copy(part)

    def choose(self, part: QRect) -> None:
        """Choose ``part`` of the widget's area (as a drag over it would)."""
        self._drag = QRect(part)
        self.update()
        self.region_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = event.position().toPoint()
            self.choose(QRect())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self.choose(QRect(self._start, event.position().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._start = None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        shown = self.shown_rect()
        painter.drawPixmap(shown, self.picture, QRectF(self.picture.rect()))
        part = QRectF(self._drag.normalized()).intersected(shown)
        if part.width() >= 4 and part.height() >= 4:
            # Dim what is left out, so the part kept stands out.
            outside = QColor(0, 0, 0, 120)
            for piece in (
                QRectF(shown.left(), shown.top(), shown.width(), part.top() - shown.top()),
                QRectF(shown.left(), part.bottom(), shown.width(), shown.bottom() - part.bottom()),
                QRectF(shown.left(), part.top(), part.left() - shown.left(), part.height()),
                QRectF(part.right(), part.top(), shown.right() - part.right(), part.height()),
            ):
                painter.fillRect(piece, outside)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(part)
        painter.end()
