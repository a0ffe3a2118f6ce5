"""The command line: ``kontokoll`` starts the app; subcommands work without a window.

The subcommands live here, free of Qt, and the parsing in :mod:`assistant.cli.parser`.
``ui.launcher`` calls :func:`parse` and then either :func:`run` (a subcommand) or the
GUI, passing a ``translate`` function to both, so the help, the errors and the
messages reach the user in their language.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from assistant.cli.parser import build_parser as build_parser
from assistant.cli.parser import parse as parse
from assistant.cli.sync import Cli
from assistant.clock import Clock, SystemClock, local_date, today
from assistant.messages import QT_TRANSLATE_NOOP, Message, Translate, UserError, untranslated
from assistant.paths import resolve_data_dir

if TYPE_CHECKING:
    from assistant.workspace.data_folder import Workspace


def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def run(
    args: argparse.Namespace,
    translate: Translate = untranslated,
    clock: Clock | None = None,
    out: TextIO | None = None,
    language: str = "en",
    *,
    write_pdf: Callable[..., None] | None = None,
) -> int:
    """Run a subcommand; returns the process exit code.

    ``write_pdf`` draws the review as a PDF (``ui.review.pdf.write_review_pdf``);
    without it ``kontokoll report`` refuses PDF, as the core cannot draw one.
    """
    out = out or sys.stdout
    clock = clock or SystemClock()
    if args.command == "demo":  # it makes its own data folder: none is opened first
        from assistant.cli.demo import run_demo

        try:
            return run_demo(args, translate, clock, out)
        except UserError as error:
            print(error.render(translate), file=sys.stderr)
            return 1
    read_only = bool(getattr(args, "read_only", False))
    try:
        workspace = _open(args, read_only, translate)
    except UserError as error:
        print(error.render(translate), file=sys.stderr)
        return 2
    try:
        if args.command == "status":
            return _status(workspace, args, translate, clock, out, language)
        if args.command == "accounts":
            return _import_accounts(workspace, args.file, translate, clock, out, language)
        if args.command == "ics":
            return _calendar(workspace, args, translate, clock, out, language)
        if args.command == "report":
            from assistant.cli.report import write_report

            return write_report(
                workspace,
                first=_day(args.first),
                last=_day(args.last),
                department=args.department or "",
                path=args.out,
                chosen_format=args.format,
                translate=translate,
                clock=clock,
                out=out,
                language=language,
                write_pdf=write_pdf,
            )
        if args.command == "sync":
            from assistant.cli.sync import run_sync

            return run_sync(workspace, args, translate, clock, out, sys.stderr)
        if args.command == "verify":
            from assistant.cli.verify import run_verify

            return run_verify(workspace, translate, out)
        raise AssertionError(f"unknown command {args.command}")
    except UserError as error:
        print(error.render(translate), file=sys.stderr)
        return 1
    finally:
        workspace.close()


_WRITING_COMMANDS = ("accounts", "sync")


def _open(args: argparse.Namespace, read_only: bool, translate: Translate) -> Workspace:
    """The data folder, read-only if asked, saying then how much of the log could be read."""
    from assistant.workspace.data_folder import (
        DamagedDatabaseError,
        open_read_only_workspace,
        open_workspace,
    )
    from assistant.workspace.read_only import what_to_do, what_was_read

    data_dir = data_dir_of(args)
    if not read_only:
        try:
            return open_workspace(data_dir)
        except DamagedDatabaseError as error:
            hint = Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "To look at what can still be read, and export the review, without "
                    "changing the file: kontokoll --data-dir {folder} --read-only report …",
                ),
                {"folder": str(data_dir)},
            )
            raise UserError(error.message, *error.details, hint) from error
    if args.command in _WRITING_COMMANDS:
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "“kontokoll {command}” records in the log, so it cannot run with "
                    "--read-only. Leave out --read-only once the database is whole again.",
                ),
                {"command": args.command},
            )
        )
    workspace = open_read_only_workspace(data_dir)
    found = workspace.read_only
    assert found is not None
    for said in (what_was_read(found), what_to_do(found)):
        print(said.render(translate), file=sys.stderr)
    return workspace


def status_report(workspace: Workspace, day: date) -> dict[str, Any]:
    """The status of every active account on ``day``, as the JSON ``kontokoll status`` prints."""
    from assistant.workspace import reading

    people = reading.people(workspace)
    rows = reading.day_overview(workspace, day)

    def name_of(person_id: str) -> str:
        person = people.get(person_id)
        return person.name if person else ""

    return {
        "date": day.isoformat(),
        "working_day": workspace.calendar.is_working_day(day),
        "accounts": [
            {
                "id": row.account.account_id,
                "name": row.account.name,
                "platform": row.account.platform,
                "url": row.account.url,
                "department": row.account.department,
                "officers": [name_of(p) for p in row.account.officer_ids],
                "checked": row.todays_check is not None,
                "checked_by": name_of(row.todays_check.checked_by) if row.todays_check else None,
                "checked_at": row.todays_check.recorded_at.isoformat()
                if row.todays_check
                else None,
                "missed_days": [d.isoformat() for d in row.missed_days],
            }
            for row in rows
        ],
    }


def _status(
    workspace: Workspace,
    args: argparse.Namespace,
    translate: Translate,
    clock: Clock,
    out: TextIO,
    language: str,
) -> int:
    day = _day(args.date) if args.date else today(clock)
    report = status_report(workspace, day)
    if args.json:
        json.dump(report, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0

    def say(template: str, **values: object) -> None:
        print(Message("Cli", template, values).render(translate), file=out)

    if report["working_day"]:
        say(QT_TRANSLATE_NOOP("Cli", "{date} is a working day."), date=report["date"])
    else:
        say(
            QT_TRANSLATE_NOOP("Cli", "{date} is not a working day: no check is due."),
            date=report["date"],
        )
    if not report["accounts"]:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "No active accounts. Add them in the app or with "
                "“kontokoll accounts import FILE.csv”.",
            )
        )
    for account in report["accounts"]:
        if account["checked"]:
            state = Message(
                "Cli",
                QT_TRANSLATE_NOOP("Cli", "checked by {name}"),
                {"name": account["checked_by"]},
            )
        else:
            state = Message("Cli", QT_TRANSLATE_NOOP("Cli", "not checked"))
        say(
            QT_TRANSLATE_NOOP("Cli", "{name} ({platform}): {state}; missed days: {missed}"),
            name=account["name"],
            platform=workspace.pack.platform_name(account["platform"], language),
            state=state,
            missed=", ".join(account["missed_days"]) or "–",
        )
    return 0


def _import_accounts(
    workspace: Workspace,
    path: Path,
    translate: Translate,
    clock: Clock,
    out: TextIO,
    language: str,
) -> int:
    from assistant.workspace.recording import import_register

    plan = import_register(workspace, path, clock.now(), language=language)
    print(
        Cli.tr("Imported %n accounts from {file}.", "", len(plan.accounts), file=path.name).render(
            translate
        ),
        file=out,
    )
    return 0


def _calendar(
    workspace: Workspace,
    args: argparse.Namespace,
    translate: Translate,
    clock: Clock,
    out: TextIO,
    language: str,
) -> int:
    from assistant.exports.calendar import write_csv, write_ics
    from assistant.rules.calendar import MAX_MONTHS
    from assistant.workspace import reading

    months = _months(args.months, MAX_MONTHS)
    path: Path = args.out
    now = clock.now()
    everyone = bool(args.everyone) or not reading.my_id(workspace)
    entries = reading.calendar_entries(workspace, local_date(now), months, language, everyone)
    if (args.format or ("csv" if path.suffix.lower() == ".csv" else "ics")) == "csv":
        write_csv(entries, path, translate=translate)
    else:
        write_ics(entries, path, now=now, translate=translate)
    wrote = (
        QT_TRANSLATE_NOOP("Cli", "Dates of every duty written to {file}: {count}.")
        if everyone
        else QT_TRANSLATE_NOOP(
            "Cli",
            "Dates of your duties written to {file}: {count}. "
            "For every duty in the municipality, add --all.",
        )
    )
    print(
        Message("Cli", wrote, {"count": len(entries), "file": str(path)}).render(translate),
        file=out,
    )
    return 0


def _months(text: str, most: int) -> int:
    try:
        months = int(text)
    except ValueError:
        months = 0
    if not 1 <= months <= most:
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "“{value}” is not a number of months the calendar can cover: "
                    "give a whole number from 1 to {most}, such as --months 12.",
                ),
                {"value": text, "most": most},
            )
        )
    return months


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
        if day.year < 1990:
            raise ValueError(text)
    except ValueError as error:
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "“{value}” is not a date Kontokoll can report on: write it like 2026-11-20.",
                ),
                {"value": text},
            )
        ) from error
    return day
