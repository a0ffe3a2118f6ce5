"""The manager's review as a PDF: its pages, its heat map in slices, a signature kept whole.

A4 landscape, laid out by Qt's own text engine on QPdfWriter. What the
pages say is :func:`ui.review.pdf_html.review_html`; here the document gets
its font and the heat map (drawn by :func:`ui.review.painting.heat_map_image`,
as on the screen, in slices that each fit a page) and its legend as images.
:mod:`ui.review.pdf_pages` then breaks it into pages, keeping together what
belongs together (the signature with the last rows above it), and paints
each with a running header and "Page X of Y".

The PDF is made in memory and written whole (:func:`assistant.exports.files.write_atomically`),
so an earlier file is never half overwritten. It needs a QGuiApplication (for
the fonts) and may run on a worker thread.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from assistant.exports.files import write_atomically
from assistant.pack.model import GuidelinePack
from assistant.records import Person
from assistant.rules.review import Review
from ui.review.heat_layout import HeatRows
from ui.review.marks import legend_image
from ui.review.model import account_label
from ui.review.painting import heat_map_image
from ui.review.pdf_html import (
    made_line,
    review_html,
    review_title,
    running_header,
    signature_heading,
)
from ui.review.pdf_pages import lay_out, page_geometry, paint_pages

POINT_SIZE = 9.0
HEAT_MAP_POINT_SIZE = 6.5
IMAGE_SCALE = 2.0
"""Image pixels per layout unit: sharp enough on paper, small enough to write quickly."""


def locale_for(language: str) -> QLocale:
    if language.lower().startswith("en"):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def _source_dpi() -> float:
    """The resolution QTextDocument lays out in (Qt's default DPI), before it scales to paper."""
    app = QCoreApplication.instance()
    if app is not None and app.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96.0
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchX())) if screen is not None else 100.0


def write_review_pdf(
    review: Review,
    path: Path,
    *,
    people: Mapping[str, Person],
    generated_by: str,
    generated_at: datetime,
    language: str,
    pack: GuidelinePack,
) -> None:
    """Write the review to ``path`` as a PDF; raises UserError when it cannot be written."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setTitle(
        f"{review_title()} {review.filter.first.isoformat()} – {review.filter.last.isoformat()}"
    )
    writer.setCreator("Kontokoll")
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(POINT_SIZE)
    document.setDefaultFont(font)
    heat_maps = _add_heat_maps(document, writer, review, pack, language)
    document.setHtml(
        review_html(
            review,
            people=people,
            generated_by=generated_by,
            generated_at=generated_at,
            language=language,
            pack=pack,
            heat_maps=heat_maps,
        )
    )
    pages = page_geometry(writer, _source_dpi())
    lay_out(document, pages, signature_heading())
    paint_pages(
        document,
        writer,
        pages,
        header=running_header(review, people),
        footer=made_line(generated_by, generated_at),
    )
    del writer  # the PDF is complete once the writer is gone
    buffer.close()
    data: QByteArray = buffer.data()
    write_atomically(path, bytes(data.data()), example_suffix=".pdf")


def _add_heat_maps(
    document: QTextDocument,
    writer: QPdfWriter,
    review: Review,
    pack: GuidelinePack,
    language: str,
) -> list[tuple[str, int]]:
    """Draw the legend and the map in slices that fit a page; add them as the document's images.

    print_() lays the document out at Qt's default DPI with 2 cm margins, then
    scales it to the paper, so the page's body is measured the same way here.
    """
    if not review.accounts or not review.days:
        return []
    source_dpi = _source_dpi()
    scale = source_dpi / writer.logicalDpiX()
    margin = int((2 / 2.54) * source_dpi)
    body_width = writer.width() * scale - 2 * margin
    body_height = writer.height() * scale - 2 * margin
    layout_width = math.floor(body_width * 0.98)
    pixels = round(layout_width * IMAGE_SCALE)
    font = QFont()
    font.setPixelSize(max(6, round(HEAT_MAP_POINT_SIZE / 72 * source_dpi * IMAGE_SCALE)))
    line = QFontMetricsF(font).height()
    row_pixels, header_pixels = math.ceil(line * 1.25), math.ceil(line * 1.5)
    # A slice and a heading above it fit one page.
    room = body_height * 0.85 * IMAGE_SCALE - header_pixels
    rows_per_slice = max(5, math.floor(room / row_pixels))
    names = [account_label(item, pack, language) for item in review.accounts]
    rows = HeatRows.of(review, names)
    locale = locale_for(language)
    legend = legend_image(font)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("heatmap-legend"), legend)
    images = [("heatmap-legend", round(legend.width() / IMAGE_SCALE))]
    for number, first in enumerate(range(0, len(rows.names), rows_per_slice)):
        image: QImage = heat_map_image(
            rows,
            font,
            width=pixels,
            first_row=first,
            row_count=min(rows_per_slice, len(rows.names) - first),
            locale=locale,
            square_days=True,  # a short period: square days, not long bars across the page
        )
        name = f"heatmap-{number}"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        images.append((name, round(image.width() / IMAGE_SCALE)))
    return images
