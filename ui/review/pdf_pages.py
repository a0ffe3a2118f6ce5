"""The review's pages: what goes on which, and the header and page number on each.

Qt's rich text splits a table or a paragraph wherever a page ends and knows
nothing of keeping lines together. Here the document is laid out page by
page as it will be printed, and page breaks are set where the end of a page
would leave something stranded: a heading alone at the foot of a page, one
row of a table alone at the top of the next, a paragraph cut in two, or the
signature cut off from the last rows above it. Then every page is painted
with a running header and "Page X of Y".
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

MARGIN_CM = 2.0
HEADER_POINT_SIZE = 7.5
MOST_PASSES = 200
"""A bound on the page breaks set, should a document never settle."""


@dataclass(frozen=True)
class Pages:
    """The document's page geometry, in the layout's units (Qt's default DPI)."""

    width: float
    height: float
    margin: float


def page_geometry(writer: QPdfWriter, source_dpi: float) -> Pages:
    scale = source_dpi / writer.logicalDpiX()
    return Pages(writer.width() * scale, writer.height() * scale, MARGIN_CM / 2.54 * source_dpi)


def lay_out(document: QTextDocument, pages: Pages, signature: str) -> None:
    """Paginate ``document`` on ``pages``, words whole and nothing stranded.

    ``signature`` is the text of the heading that begins the signature block:
    it stays on one page with the paragraph above it.
    """
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word
    document.setDefaultTextOption(option)
    frame = document.rootFrame().frameFormat()
    frame.setMargin(pages.margin)
    document.rootFrame().setFrameFormat(frame)
    document.setPageSize(QSizeF(pages.width, pages.height))
    for _pass in range(MOST_PASSES):
        block = _first_stranded(document, pages.height, signature)
        if block is None:
            return
        _break_before(block)


def _page_of(y: float, height: float) -> int:
    return math.floor(y / height)


def _span(document: QTextDocument, block: QTextBlock, height: float) -> tuple[int, int]:
    rect = document.documentLayout().blockBoundingRect(block)
    return _page_of(rect.top(), height), _page_of(rect.bottom() - 1, height)


def _breaks_before(block: QTextBlock) -> bool:
    policy = block.blockFormat().pageBreakPolicy()
    return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _break_before(block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    format_ = cursor.blockFormat()
    format_.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(format_)
    # Qt lays out only the changed block again, leaving those after it without their
    # lines: everything from the break on is laid out afresh.
    document = block.document()
    document.markContentsDirty(block.position(), document.characterCount() - block.position())


def _root_items(document: QTextDocument) -> Iterator[QTextBlock | QTextTable]:
    """The root frame's blocks and tables, in order."""
    it = document.rootFrame().begin()
    while not it.atEnd():
        block = it.currentBlock()
        if block.isValid():
            yield block
        else:
            frame = it.currentFrame()
            if isinstance(frame, QTextTable):
                yield frame
        it += 1


def _first_stranded(document: QTextDocument, height: float, signature: str) -> QTextBlock | None:
    """The first block to move to the next page, or None when every page is fine."""
    items = list(_root_items(document))
    for index, item in enumerate(items):
        if isinstance(item, QTextTable):
            stranded = _stranded_row(document, item, height)
        elif item.text() == signature:
            stranded = _signature_split(document, items[index - 1 : index + 1], height)
        else:
            stranded = _stranded_block(document, item, items[index + 1 : index + 2], height)
        if stranded is not None and not _breaks_before(stranded):
            return stranded
    return None


def _cut_off(document: QTextDocument, block: QTextBlock, height: float) -> bool:
    """Whether the block runs over a page's end though it would fit on one page."""
    first, last = _span(document, block, height)
    rect = document.documentLayout().blockBoundingRect(block)
    return first != last and rect.height() < height * 0.5


def _stranded_block(
    document: QTextDocument,
    block: QTextBlock,
    following: list[QTextBlock | QTextTable],
    height: float,
) -> QTextBlock | None:
    """A paragraph cut in two, or a heading left at the foot of a page."""
    if not block.isValid() or not block.text().strip():
        return None
    if _cut_off(document, block, height):
        return block
    if block.blockFormat().headingLevel() and following:
        after = following[0]
        start = _start_of(document, after)
        if (
            start is not None
            and _span(document, start, height)[0] > _span(document, block, height)[1]
        ):
            return block
    return None


def _start_of(document: QTextDocument, item: QTextBlock | QTextTable) -> QTextBlock | None:
    """The first block of an item; a table's first row after its repeated header."""
    if isinstance(item, QTextTable):
        row = min(item.format().headerRowCount(), item.rows() - 1)
        return document.findBlock(item.cellAt(row, 0).firstCursorPosition().position())
    return item if item.isValid() else None


def _stranded_row(document: QTextDocument, table: QTextTable, height: float) -> QTextBlock | None:
    """The row to move on so that no page holds a table's single row, first or last."""
    header = table.format().headerRowCount()
    rows = list(range(header, table.rows()))
    if len(rows) < 3:
        return None
    pages = [
        _page_of(
            document.documentLayout()
            .blockBoundingRect(
                document.findBlock(table.cellAt(row, 0).firstCursorPosition().position())
            )
            .top(),
            height,
        )
        for row in rows
    ]
    if pages[0] != pages[1]:  # the first row alone at the foot of a page: the table moves
        return _before_table(document, table)
    if pages[-1] != pages[-2]:  # the last row alone: the one above goes with it
        return document.findBlock(table.cellAt(rows[-2], 0).firstCursorPosition().position())
    return None


def _before_table(document: QTextDocument, table: QTextTable) -> QTextBlock:
    """The heading just above a table, else the table's own first block."""
    previous = document.findBlock(table.firstPosition() - 1)
    if previous.isValid() and previous.blockFormat().headingLevel():
        return previous
    return document.findBlock(table.firstPosition())


def _signature_split(
    document: QTextDocument, pair: list[QTextBlock | QTextTable], height: float
) -> QTextBlock | None:
    """The block to move when the signature (heading to the end) is split by a page's end:
    the paragraph above it, so that the signature is not alone on the last page."""
    heading = pair[-1]
    assert isinstance(heading, QTextBlock)
    top = _span(document, heading, height)[0]
    bottom = _span(document, document.lastBlock(), height)[1]
    if top == bottom:
        return None
    above = pair[0] if len(pair) == 2 else None
    if isinstance(above, QTextBlock) and above.text().strip() and not _breaks_before(above):
        rect = document.documentLayout().blockBoundingRect(above)
        if rect.height() < height * 0.5:
            return above
    return heading


def paint_pages(
    document: QTextDocument,
    writer: QPdfWriter,
    pages: Pages,
    *,
    header: str,
    footer: str,
) -> None:
    """Paint every page: the document's part, the header above it, "Page X of Y" below."""
    count = document.pageCount()
    scale = writer.width() / pages.width  # the writer's pixels per layout unit
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    context.palette = palette
    font = QFont(document.defaultFont())
    font.setPointSizeF(HEADER_POINT_SIZE)
    painter = QPainter(writer)
    try:
        metrics = QFontMetricsF(font, writer)
        for page in range(count):
            if page:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * pages.height)
            context.clip = QRectF(0, page * pages.height, pages.width, pages.height)
            document.documentLayout().draw(painter, context)
            painter.restore()
            number = QCoreApplication.translate("ReviewPdf", "Page {page} of {pages}").format(
                page=page + 1, pages=count
            )
            _paint_edge(painter, font, metrics, pages, scale, header, "", top=True)
            _paint_edge(painter, font, metrics, pages, scale, footer, number, top=False)
    finally:
        painter.end()


def _paint_edge(
    painter: QPainter,
    font: QFont,
    metrics: QFontMetricsF,
    pages: Pages,
    scale: float,
    left: str,
    right: str,
    *,
    top: bool,
) -> None:
    """A line of small grey text in the top or bottom margin, ``left`` and ``right``."""
    margin = pages.margin * scale
    width = pages.width * scale - 2 * margin
    y = margin * 0.55 if top else pages.height * scale - margin * 0.55 + metrics.ascent()
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    room = width - metrics.horizontalAdvance(right) - metrics.averageCharWidth() * 4
    painter.drawText(
        QPointF(margin, y), metrics.elidedText(left, Qt.TextElideMode.ElideRight, room)
    )
    if right:
        painter.drawText(QPointF(margin + width - metrics.horizontalAdvance(right), y), right)
    if top:
        painter.setPen(QColor("#bbbbbb"))
        line = y + metrics.descent() + metrics.height() * 0.3
        painter.drawLine(QPointF(margin, line), QPointF(margin + width, line))
