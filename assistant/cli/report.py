"""``kontokoll report``: the manager's review of a period, written to a PDF, XLSX or CSV file.

The figures are those of the Review screen (:mod:`assistant.rules.review`). CSV and
XLSX are written here (:mod:`assistant.exports.review`); the PDF is drawn
with Qt, so the command line is handed the app's PDF writer by
``ui.launcher`` and refuses PDF without it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from assistant.cli.sync import Cli
from assistant.cli.words import helper
from assistant.clock import Clock, local_date
from assistant.messages import QT_TRANSLATE_NOOP, Message, Translate, UserError

if TYPE_CHECKING:
    from assistant.workspace.data_folder import Workspace

FORMATS = ("pdf", "xlsx", "csv")


def add_report_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    translate: Translate,
) -> None:
    said = helper(translate)
    report = commands.add_parser(
        "report",
        parents=[common],
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "write the manager's review of a period (checks, culling, documentation) "
                "to a PDF, XLSX or CSV file",
            )
        ),
    )
    day = said(QT_TRANSLATE_NOOP("CliHelp", "DATE"))
    report.add_argument(
        "--from",
        dest="first",
        required=True,
        metavar=day,
        help=said(QT_TRANSLATE_NOOP("CliHelp", "the first day (YYYY-MM-DD)")),
    )
    report.add_argument(
        "--to",
        dest="last",
        required=True,
        metavar=day,
        help=said(QT_TRANSLATE_NOOP("CliHelp", "the last day (YYYY-MM-DD)")),
    )
    report.add_argument(
        "--format",
        choices=FORMATS,
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "PDF to print or send, XLSX for Excel, or CSV; by default from the file's suffix",
            )
        ),
    )
    report.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=said(QT_TRANSLATE_NOOP("CliHelp", "FILE")),
        help=said(QT_TRANSLATE_NOOP("CliHelp", "the file to write")),
    )
    report.add_argument(
        "--department",
        metavar=said(QT_TRANSLATE_NOOP("CliHelp", "NAME")),
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp", "only this department's accounts (its name as in the register)"
            )
        ),
    )


def needs_pdf_writer(args: argparse.Namespace) -> bool:
    """Whether the command writes a PDF, so the launcher must bring up Qt's drawing."""
    if args.command != "report":
        return False
    chosen: str = args.format or args.out.suffix.lower().lstrip(".")
    return chosen == "pdf"


def _refused(template: str, **values: object) -> UserError:
    return UserError(Message("Cli", template, values))


def file_format(chosen: str | None, path: Path) -> str:
    """The format asked for, or the one the file's suffix names."""
    if chosen:
        return chosen
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise _refused(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Kontokoll cannot tell from the name {file} which kind of file to write. End the "
            "name with .pdf, .xlsx or .csv, or add --format pdf, xlsx or csv.",
        ),
        file=path.name,
    )


def write_report(
    workspace: Workspace,
    *,
    first: date,
    last: date,
    department: str,
    path: Path,
    chosen_format: str | None,
    translate: Translate,
    clock: Clock,
    out: TextIO,
    language: str,
    write_pdf: Callable[..., None] | None,
) -> int:
    """Write the review of ``first`` to ``last`` (of one department, or all) to ``path``."""
    from assistant.rules.review import ReviewFilter
    from assistant.workspace import reading

    if last < first:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The review cannot end on {last} (--to) before it starts on {first} (--from). "
                "Give the earlier day with --from and the later one with --to.",
            ),
            first=first.isoformat(),
            last=last.isoformat(),
        )
    kind = file_format(chosen_format, path)
    if kind == "pdf" and write_pdf is None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Cli",
                "A PDF can only be drawn by the Kontokoll app's Qt part, which was not "
                "started here. Run the kontokoll command installed with the app, or write "
                "--format xlsx or csv instead.",
            )
        )
    department = department.strip()
    if department:
        known = reading.departments(workspace)
        if department not in known:
            raise _unknown_department(department, known)
    now = clock.now()
    review = reading.review(
        workspace, ReviewFilter(first, last, department=department), local_date(now)
    )
    people = reading.people(workspace)
    me = reading.me(workspace)
    generated_by = me.name if me else ""
    if write_pdf is not None and kind == "pdf":
        write_pdf(
            review,
            path,
            people=people,
            generated_by=generated_by,
            generated_at=now,
            language=language,
            pack=workspace.pack,
        )
    else:
        from assistant.exports.review import write_review_csv, write_review_xlsx

        if kind == "xlsx":
            write_review_xlsx(
                review,
                path,
                pack=workspace.pack,
                language=language,
                generated_at=now,
                generated_by=generated_by,
                people=people,
                translate=translate,
            )
        else:
            write_review_csv(
                review,
                path,
                pack=workspace.pack,
                language=language,
                people=people,
                translate=translate,
            )
    print(
        Cli.tr(
            "Wrote the review of %n accounts from {first} to {last} to {file}.",
            "",
            len(review.accounts),
            first=first,
            last=last,
            file=str(path),
        ).render(translate),
        file=out,
    )
    return 0


def _unknown_department(name: str, known: list[str]) -> UserError:
    if not known:
        return _refused(
            QT_TRANSLATE_NOOP(
                "Cli",
                "There is no department “{name}”: no account in the register names a "
                "department yet. Leave out --department to review every account.",
            ),
            name=name,
        )
    return _refused(
        QT_TRANSLATE_NOOP(
            "Cli",
            "There is no department “{name}” in the register. Write one of these as it "
            "stands, in quotes: {known}.",
        ),
        name=name,
        known="; ".join(known),
    )
