"""The manager's review as a PDF: the figures, the heat map, the missed days, a signature.

A4 landscape, laid out by Qt's own text engine on QPdfWriter: the title, the
period and the filter, who made it and when, the table of figures per account
with the totals, removals by ground, the heat map (drawn by
:func:`ui.review.heat_map.paint_heat_map`, as on the screen, in slices that each fit a
page), the missed days and late duties per account, and lines for the
manager's name, date and signature.

The PDF is made in memory and written whole (:func:`assistant.exports.files.write_atomically`),
so an earlier file is never half overwritten. It needs a QGuiApplication (for
the fonts) and may run on a worker thread.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QSizeF,
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
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from assistant.clock import STOCKHOLM
from assistant.exports.files import write_atomically
from assistant.pack.reader import GuidelinePack
from assistant.records import Person
from assistant.rules.review import Review
from ui.review.heat_layout import HeatRows
from ui.review.marks import legend_image
from ui.review.model import (
    account_label,
    column_headings,
    figure_texts,
    ground_title,
    of_text,
    share_text,
    totals_of,
    totals_text,
)
from ui.review.painting import heat_map_image

POINT_SIZE = 9.0
TABLE_POINT_SIZE = 7.0
HEAT_MAP_POINT_SIZE = 6.5
IMAGE_SCALE = 2.0
"""Image pixels per layout unit: sharp enough on paper, small enough to write quickly."""
ACCOUNTS_ON_SHARED_PAGES = 12
"""Up to this many accounts, the heat map and the missed days follow on the same page."""


def locale_for(language: str) -> QLocale:
    if language.lower().startswith("en"):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def review_title() -> str:
    return QCoreApplication.translate("ReviewPdf", "Review of the daily checks")


def filter_lines(review: Review, people: Mapping[str, Person]) -> list[str]:
    """The period and what the review was narrowed to, one line each."""
    f = review.filter
    lines = [
        QCoreApplication.translate("ReviewPdf", "Period: {first} – {last} ({days} days)").format(
            first=f.first.isoformat(), last=f.last.isoformat(), days=len(review.days)
        ),
        QCoreApplication.translate("ReviewPdf", "Department: {department}").format(
            department=f.department or QCoreApplication.translate("ReviewPdf", "all departments")
        ),
    ]
    if f.account_ids:
        names = sorted(
            item.account.name
            for item in review.accounts
            if item.account.account_id in f.account_ids
        )
        lines.append(
            QCoreApplication.translate("ReviewPdf", "Accounts: {names}").format(
                names=", ".join(names) or "–"
            )
        )
    if f.person_ids:
        names = sorted(people[p].name if p in people else "?" for p in f.person_ids)
        lines.append(
            QCoreApplication.translate(
                "ReviewPdf", "Accounts where {names} is officer or deputy"
            ).format(names=", ".join(names))
        )
    return lines


def _table_html(review: Review, pack: GuidelinePack, language: str) -> str:
    headings = column_headings()
    numbers = range(3, len(headings))
    # A figure's heading goes one word a line, leaving the width to names and departments.
    head = "".join(
        f'<th align="right">{_word_a_line(h)}</th>'
        if n in numbers
        else f'<th align="left">{escape(h)}</th>'
        for n, h in enumerate(headings)
    )
    rows = []
    for item in review.accounts:
        cells = figure_texts(item, pack, language)
        rows.append(
            "<tr>"
            + "".join(
                f"<td {_cell_style(n, numbers)}>{escape(text)}</td>" for n, text in enumerate(cells)
            )
            + "</tr>"
        )
    totals = totals_of(review.accounts)
    total_cells = (
        QCoreApplication.translate("ReviewPdf", "All accounts"),
        "",
        "",
        str(totals.days_due),
        str(totals.on_time),
        str(totals.late),
        str(totals.missed),
        share_text(totals.share_on_time),
        str(totals.longest_gap),
        of_text(totals.cullings_on_time, totals.cullings_due),
        of_text(totals.documentations_on_time, totals.documentations_due),
        str(totals.removals),
        str(totals.messages_to_registrar),
        str(totals.cases_forwarded),
    )
    rows.append(
        "<tr>"
        + "".join(
            f'<td align="{"right" if n in numbers else "left"}"><b>{escape(text)}</b></td>'
            for n, text in enumerate(total_cells)
        )
        + "</tr>"
    )
    return (
        f'<table border="1" cellspacing="0" cellpadding="2" '
        f'style="font-size:{TABLE_POINT_SIZE}pt; border-color:#888888">'
        f'<thead><tr style="background-color:#eeeeee">{head}</tr></thead>'
        + "".join(rows)
        + "</table>"
    )


def _word_a_line(heading: str) -> str:
    words = heading.replace(" %", "\u00a0%").split(" ")
    return "<br>".join(escape(word) for word in words)


def _cell_style(column: int, numbers: range) -> str:
    if column in numbers:
        return 'align="right"'
    # A department's one long word («Stadsbyggnadsförvaltningen») is never broken.
    return 'style="white-space:nowrap"' if column in (1, 2) else 'align="left"'


def _removals_html(review: Review, pack: GuidelinePack, language: str) -> str:
    counted: dict[str, int] = {}
    for item in review.accounts:
        for ground, count in item.removals_by_ground.items():
            counted[ground] = counted.get(ground, 0) + count
    if not counted:
        none = QCoreApplication.translate("ReviewPdf", "No post was removed in the period.")
        return _tag("p", none)
    rows = "".join(
        f"<tr><td>{escape(ground_title(ground, pack, language))}</td>"
        f'<td align="right">{count}</td></tr>'
        for ground, count in sorted(counted.items(), key=lambda pair: -pair[1])
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="2" style="border-color:#888888">'
        + "<thead><tr>"
        + _tag("th", QCoreApplication.translate("ReviewPdf", "Ground"))
        + _tag("th", QCoreApplication.translate("ReviewPdf", "Posts"))
        + "</tr></thead>"
        + rows
        + "</table>"
    )


def _names(ids: Sequence[str], people: Mapping[str, Person]) -> str:
    return ", ".join(people[p].name if p in people else "?" for p in ids) or "–"


def _missed_html(
    review: Review, people: Mapping[str, Person], pack: GuidelinePack, language: str
) -> str:
    parts = []
    for item in review.accounts:
        late_duties = [
            (QCoreApplication.translate("ReviewPdf", "culling"), d)
            for d in item.culling_deadlines
            if not d.on_time
        ] + [
            (QCoreApplication.translate("ReviewPdf", "documentation"), d)
            for d in item.documentation_deadlines
            if not d.on_time
        ]
        if not item.missed_days and not late_duties:
            continue
        lines = []
        if item.missed_days:
            lines.append(
                QCoreApplication.translate(
                    "ReviewPdf", "Missed working days ({count}): {days}"
                ).format(
                    count=len(item.missed_days),
                    days=", ".join(day.isoformat() for day in item.missed_days),
                )
            )
        for kind, deadline in late_duties:
            if deadline.done_on is None:
                text = QCoreApplication.translate("ReviewPdf", "The {kind} due {due} was not done")
            else:
                text = QCoreApplication.translate(
                    "ReviewPdf", "The {kind} due {due} was done late, {done}"
                )
            lines.append(text.format(kind=kind, due=deadline.due_on, done=deadline.done_on))
        officers = QCoreApplication.translate(
            "ReviewPdf", "Officers: {officers} · Deputies: {deputies}"
        ).format(
            officers=_names(item.officer_ids, people),
            deputies=_names(item.deputy_ids, people),
        )
        parts.append(
            f"<p><b>{escape(account_label(item, pack, language))}</b> "
            f'<span style="color:#555555">{escape(officers)}</span><br>'
            + "<br>".join(escape(line) for line in lines)
            + "</p>"
        )
    if not parts:
        nothing = QCoreApplication.translate(
            "ReviewPdf",
            "No working day was missed, and every culling and documentation was on time.",
        )
        return f"<p>{escape(nothing)}</p>"
    return "".join(parts)


def signature_heading() -> str:
    return QCoreApplication.translate("ReviewPdf", "The manager’s signature")


def _signature_html() -> str:
    line = "_" * 38
    return (
        _tag("h2", signature_heading())
        + _tag("p", QCoreApplication.translate("ReviewPdf", "I have reviewed the checks above."))
        + '<table cellspacing="0" cellpadding="8">'
        + "<tr>"
        + _tag("td", QCoreApplication.translate("ReviewPdf", "Name:"))
        + f"<td>{line}</td></tr>"
        + "<tr>"
        + _tag("td", QCoreApplication.translate("ReviewPdf", "Date:"))
        + f"<td>{line}</td></tr>"
        + "<tr>"
        + _tag("td", QCoreApplication.translate("ReviewPdf", "Signature:"))
        + f"<td>{line}</td></tr>"
        + "</table>"
    )


def _swedish_time(instant: datetime) -> datetime:
    """An instant as a Swedish clock shows it; a naive time is taken as already local."""
    return instant.astimezone(STOCKHOLM) if instant.tzinfo is not None else instant


def _tag(tag: str, text: str) -> str:
    return f"<{tag}>{escape(text)}</{tag}>"


def _same_page(html: str) -> str:
    return html


def _new_page(html: str) -> str:
    """Start ``html`` (one block) on a new page."""
    opening = html.index(">")
    return f'{html[:opening]} style="page-break-before: always"{html[opening:]}'


def _source_dpi() -> float:
    """The resolution QTextDocument lays out in (Qt's default DPI), before it scales to paper."""
    app = QCoreApplication.instance()
    if app is not None and app.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96.0
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchX())) if screen is not None else 100.0


def review_html(
    review: Review,
    *,
    people: Mapping[str, Person],
    generated_by: str,
    generated_at: datetime,
    language: str,
    pack: GuidelinePack,
    heat_maps: Sequence[tuple[str, int]],
) -> str:
    """The whole document; ``heat_maps`` are the images' resource names and layout widths."""
    made = QCoreApplication.translate("ReviewPdf", "Made by {name} with Kontokoll, {at}.").format(
        name=generated_by or "–", at=_swedish_time(generated_at).strftime("%Y-%m-%d %H:%M")
    )
    parts = [
        f"<h1>{escape(review_title())}</h1>",
        "<p>" + "<br>".join(escape(line) for line in filter_lines(review, people)) + "</p>",
        f'<p style="color:#555555">{escape(made)}</p>',
    ]
    if not review.accounts:
        nothing = QCoreApplication.translate(
            "ReviewPdf", "No account was active in the period with this filter."
        )
        parts.append(_tag("p", nothing))
        parts.append(_signature_html())
        return "".join(parts)
    # A city's review gets a page for each part; a department's few accounts share pages.
    new_page = _new_page if len(review.accounts) > ACCOUNTS_ON_SHARED_PAGES else _same_page
    parts += [
        f"<p><b>{escape(totals_text(totals_of(review.accounts)))}</b></p>",
        _tag("h2", QCoreApplication.translate("ReviewPdf", "Figures per account")),
        _table_html(review, pack, language),
        _tag("h3", QCoreApplication.translate("ReviewPdf", "Removals by ground")),
        _removals_html(review, pack, language),
        new_page(_tag("h2", QCoreApplication.translate("ReviewPdf", "Heat map: accounts by days"))),
    ]
    for name, width in heat_maps:
        parts.append(f'<p><img src="{name}" width="{width}"></p>')
    parts += [
        new_page(
            _tag("h2", QCoreApplication.translate("ReviewPdf", "Missed days and late duties"))
        ),
        _missed_html(review, people, pack, language),
        _signature_html(),
    ]
    return "".join(parts)


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
    _keep_signature_on_one_page(document, writer)
    document.print_(writer)
    del writer  # the PDF is complete once the writer is gone
    buffer.close()
    data: QByteArray = buffer.data()
    write_atomically(path, bytes(data.data()), example_suffix=".pdf")


def _keep_signature_on_one_page(document: QTextDocument, writer: QPdfWriter) -> None:
    """Move the signature to the next page if it would be split by the end of one.

    Qt's rich text cannot keep lines together, so the document is laid out as
    print_() will lay it out (on the writer, in 2 cm margins) to see where the
    signature falls.
    """
    heading = signature_heading()
    block = document.lastBlock()
    while block.isValid() and block.text() != heading:
        block = block.previous()
    if not block.isValid():
        return
    probe = document.clone()
    layout = probe.documentLayout()
    layout.setPaintDevice(writer)
    margin = int((2 / 2.54) * _source_dpi())
    frame = probe.rootFrame().frameFormat()
    frame.setMargin(margin)
    probe.rootFrame().setFrameFormat(frame)
    probe.setPageSize(QSizeF(writer.width(), writer.height()))
    top = layout.blockBoundingRect(probe.findBlock(block.position())).top()
    bottom = layout.blockBoundingRect(probe.lastBlock()).bottom()
    page = probe.pageSize().height()
    if math.floor(top / page) != math.floor((bottom - 1) / page):
        cursor = QTextCursor(block)
        format_ = cursor.blockFormat()
        format_.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(format_)


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
