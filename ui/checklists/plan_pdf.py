"""The account's plan as a one-page PDF, for the manager's decision.

The answers of *before you start* (goals and how they are measured, target
groups, channels, follow-up and the rest), the account's details, who made
the PDF and when, and lines for the decision and the signature. Laid out by
Qt's own text engine on QPdfWriter; a long plan is set in a smaller type
until it fits one page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

from assistant.files import write_file_atomically
from assistant.pack.model import GuidelinePack
from assistant.records import Person
from assistant.rules.lifecycle import Life
from ui.checklists.text import EvidenceLookup, pack_line, person_name, run_heading, run_html

POINT_SIZES = (10.0, 9.0, 8.0, 7.0, 6.0)
"""Tried in turn until the plan fits one page; the smallest is used whatever the length."""


def plan_html(
    life: Life,
    pack: GuidelinePack,
    people: Mapping[str, Person],
    evidence: EvidenceLookup,
    language: str,
    generated_by: str,
    generated_at: datetime,
) -> str:
    account = life.account
    plan = life.plan
    platform = pack.platform_name(account.platform, language)
    names = ", ".join(person_name(people, p) for p in account.officer_ids) or "–"
    deputies = ", ".join(person_name(people, p) for p in account.deputy_ids) or "–"
    title = QCoreApplication.translate("PlanPdf", "Plan for the account {account}")
    parts = [
        f"<h2>{escape(title.format(account=account.name))}</h2>",
        "<p>",
        escape(
            QCoreApplication.translate(
                "PlanPdf", "{platform} · {address} · Department: {department}"
            ).format(
                platform=platform,
                address=account.url or QCoreApplication.translate("PlanPdf", "no web address yet"),
                department=account.department or "–",
            )
        ),
        "<br>",
        escape(
            QCoreApplication.translate(
                "PlanPdf", "Officers: {officers} · Deputies: {deputies}"
            ).format(officers=names, deputies=deputies)
        ),
        "</p>",
    ]
    if plan is not None:
        parts.append(f"<h3>{escape(run_heading(plan, people, language))}</h3>")
        parts.append(run_html(plan, people, evidence, language, links=False))
        parts.append(f'<p style="color:gray">{escape(pack_line(plan))}</p>')
    parts.append(
        "<p><br>"
        + escape(QCoreApplication.translate("PlanPdf", "The manager's decision:"))
        + " ☐ "
        + escape(QCoreApplication.translate("PlanPdf", "approved"))
        + " &nbsp; ☐ "
        + escape(QCoreApplication.translate("PlanPdf", "not approved"))
        + "</p><p><br>"
        + escape(QCoreApplication.translate("PlanPdf", "Date and signature:"))
        + " ______________________________________________</p>"
    )
    parts.append(
        '<p style="color:gray">'
        + escape(
            QCoreApplication.translate("PlanPdf", "Made by {name} with Kontokoll, {at}.").format(
                name=generated_by or "–", at=generated_at.strftime("%Y-%m-%d %H:%M")
            )
        )
        + "</p>"
    )
    return "".join(parts)


def pdf_page_count(path: Path) -> int:
    """The pages of a PDF file that Qt wrote; 0 when it cannot be read."""
    try:
        return _page_count(path.read_bytes())
    except OSError:
        return 0


def _page_count(data: bytes) -> int:
    """The pages of a PDF that Qt made: it keeps each page's dictionary uncompressed."""
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def write_plan_pdf(
    path: Path,
    life: Life,
    pack: GuidelinePack,
    people: Mapping[str, Person],
    evidence: EvidenceLookup,
    language: str,
    *,
    generated_by: str,
    generated_at: datetime,
) -> int:
    """Write the plan to ``path``; returns its number of pages, one unless it is very long.

    Raises OSError when the file cannot be written. The PDF is made in memory
    and written whole (:func:`assistant.files.write_file_atomically`), so a
    failed export leaves no half file and any earlier one unchanged.
    """
    html = plan_html(life, pack, people, evidence, language, generated_by, generated_at)
    title = QCoreApplication.translate("PlanPdf", "Plan for the account {account}").format(
        account=life.account.name
    )
    for size in POINT_SIZES:
        document = QTextDocument()
        font = QFont()
        font.setPointSizeF(size)
        document.setDefaultFont(font)
        document.setHtml(html)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("Kontokoll")
        document.print_(writer)
        del writer  # the PDF is complete once the writer is gone
        buffer.close()
        made: QByteArray = buffer.data()
        data = bytes(made.data())
        pages = _page_count(data)
        if pages <= 1 or size == POINT_SIZES[-1]:
            break
    write_file_atomically(path, data)
    return pages
