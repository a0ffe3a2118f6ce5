"""How the review's day marks look and what they mean, and the legend that says so.

Each mark differs in lightness *and* in pattern, so the heat map reads in
colour, printed in grey and for people who tell red from green poorly: on
time is a mid green, late a light amber with hatching, missed a dark red, a
day off a very light grey and a day the account was not active stays white.
The screen's legend (:class:`ui.review.heat_map.HeatMapLegend`) and the PDF's
(:func:`legend_image`) are drawn by :func:`paint_legend`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from assistant.rules.review_days import DayMark

BACKGROUND = QColor("#ffffff")
INK = QColor("#1f1f1f")

# (fill, hatching or None). In grey (Grayscale8) about 127, 189, 72, 226 and 255.
MARK_STYLES: dict[DayMark, tuple[QColor, QColor | None]] = {
    DayMark.ON_TIME: (QColor("#3f8f4f"), None),
    DayMark.LATE: (QColor("#f3c34b"), QColor("#8a5d00")),
    DayMark.MISSED: (QColor("#8c1c1c"), None),
    DayMark.NOT_WORKING_DAY: (QColor("#e2e2e2"), None),
    DayMark.NOT_ACTIVE: (QColor("#ffffff"), None),
    DayMark.TODAY: (QColor("#ffffff"), None),
}
LEGEND_ORDER = (
    DayMark.ON_TIME,
    DayMark.LATE,
    DayMark.MISSED,
    DayMark.NOT_WORKING_DAY,
    DayMark.NOT_ACTIVE,
)


def mark_label(mark: DayMark) -> str:
    """What a mark means, in the user's language."""
    return {
        DayMark.ON_TIME: QCoreApplication.translate("HeatMap", "Checked on the day"),
        DayMark.LATE: QCoreApplication.translate("HeatMap", "Checked late"),
        DayMark.MISSED: QCoreApplication.translate("HeatMap", "Missed"),
        DayMark.NOT_WORKING_DAY: QCoreApplication.translate("HeatMap", "Not a working day"),
        DayMark.NOT_ACTIVE: QCoreApplication.translate("HeatMap", "Account not active"),
        DayMark.TODAY: QCoreApplication.translate("HeatMap", "Today, not checked yet"),
    }[mark]


def fill_mark(painter: QPainter, rect: QRectF, mark: DayMark) -> None:
    """Fill ``rect`` as ``mark`` looks: its colour, and its hatching if it has one."""
    fill_marks(painter, [rect], mark)


def fill_marks(painter: QPainter, rects: list[QRectF], mark: DayMark) -> None:
    """Fill every one of ``rects`` as ``mark`` looks."""
    # One call per mark rather than per cell: few calls into Qt, few None references lost.
    colour, hatching = MARK_STYLES[mark]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRects(rects)
    if hatching is not None:
        painter.setBrush(QBrush(hatching, Qt.BrushStyle.BDiagPattern))
        painter.drawRects(rects)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def paint_legend(painter: QPainter, origin: QPointF, swatch: float, ink: QColor = INK) -> float:
    """Draw each mark's swatch and meaning in a line from ``origin``; returns its width.

    The meanings are written in ``ink``: the screen's text colour on screen,
    whatever its palette; dark on the PDF's white page.
    """
    metrics = QFontMetricsF(painter.font())
    x = origin.x()
    for mark in LEGEND_ORDER:
        rect = QRectF(x, origin.y() + (metrics.height() - swatch) / 2, swatch * 1.6, swatch)
        fill_mark(painter, rect, mark)
        painter.setPen(QPen(QColor("#8a8a8a"), 1))
        painter.drawRect(rect)
        x += rect.width() + swatch / 2
        label = mark_label(mark)
        painter.setPen(ink)
        painter.drawText(
            QRectF(x, origin.y(), metrics.horizontalAdvance(label) + 2, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        x += metrics.horizontalAdvance(label) + swatch * 1.5
    return x - origin.x()


def legend_width(metrics: QFontMetricsF, swatch: float) -> float:
    """How wide :func:`paint_legend` draws the legend."""
    return sum(swatch * 3.6 + metrics.horizontalAdvance(mark_label(mark)) for mark in LEGEND_ORDER)


def legend_image(font: QFont) -> QImage:
    """The legend alone, for the PDF."""
    metrics = QFontMetricsF(font)
    swatch = metrics.height() * 0.7
    image = QImage(
        math.ceil(legend_width(metrics, swatch)) + 4,
        math.ceil(metrics.height()) + 4,
        QImage.Format.Format_RGB32,
    )
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setFont(font)
    paint_legend(painter, QPointF(2, 2), swatch)
    painter.end()
    return image
