"""``kontokoll demo``: fill a new data folder with a made-up municipality to try Kontokoll on.

The command's options and its run live here, apart from :mod:`assistant.cli.main`,
which only registers the command and hands it over. The folder must be named
with ``--data-dir``: the demo never fills the user's own data folder.
"""

from __future__ import annotations

import argparse
import shlex
from typing import TextIO

from assistant.cli.words import helper
from assistant.clock import Clock, today
from assistant.messages import QT_TRANSLATE_NOOP, Message, Translate, UserError


def add_demo_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    translate: Translate,
) -> None:
    said = helper(translate)
    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "fill a new, empty data folder (--data-dir DIR) with a made-up municipality "
                "to try Kontokoll on",
            )
        ),
    )
    demo.add_argument(
        "--accounts",
        default="40",
        metavar="N",
        help=said(QT_TRANSLATE_NOOP("CliHelp", "how many accounts, 1 to 1000; 40 by default")),
    )
    demo.add_argument(
        "--people",
        default="16",
        metavar="P",
        help=said(QT_TRANSLATE_NOOP("CliHelp", "how many people, 2 to 500; 16 by default")),
    )
    demo.add_argument(
        "--years",
        default="2",
        metavar="Y",
        help=said(
            QT_TRANSLATE_NOOP("CliHelp", "how many years of log up to today, 1 to 20; 2 by default")
        ),
    )
    demo.add_argument(
        "--seed",
        default="1",
        metavar="S",
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "a whole number; the same seed on the same day makes the same municipality",
            )
        ),
    )


def run_demo(args: argparse.Namespace, translate: Translate, clock: Clock, out: TextIO) -> int:
    """Make the demo and say what it holds; UserError for what the user can mend."""
    from pathlib import Path

    from assistant.demo.build import demo_number, make_demo

    folder = getattr(args, "data_dir", None)
    if not folder:
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Name a new folder for the made-up municipality, such as "
                    "“kontokoll demo --data-dir kontokoll-demo”. The demo never fills your "
                    "own data folder.",
                ),
            )
        )
    data_dir = Path(folder).expanduser().resolve()
    summary = make_demo(
        data_dir,
        accounts=demo_number("--accounts", args.accounts),
        people=demo_number("--people", args.people),
        years=demo_number("--years", args.years),
        seed=_seed(args.seed),
        today=today(clock),
        now=clock.now(),
    )

    def say(template: str, **values: object) -> None:
        print(Message("Cli", template, values).render(translate), file=out)

    say(
        QT_TRANSLATE_NOOP("Cli", "Made up a municipality in {folder}, with a log from {first}:"),
        folder=str(data_dir),
        first=summary.first_day.isoformat(),
    )
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "  people: {people}, accounts: {accounts}, absences with cover: {absences};"
        ),
        people=summary.people,
        accounts=summary.accounts,
        absences=summary.absences,
    )
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "  daily checks: {checks}, removed posts: {removals}, cullings: {cullings}, "
            "documentations: {documentations}, revisions of the guidelines: {revisions};",
        ),
        checks=summary.checks,
        removals=summary.removals,
        cullings=summary.cullings,
        documentations=summary.documentations,
        revisions=summary.revisions,
    )
    say(
        QT_TRANSLATE_NOOP("Cli", "  evidence files (screenshots): {files}."),
        files=summary.evidence_files,
    )
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "You are {name}: an account officer, a deputy and a manager. "
            "Start Kontokoll on the demo with:",
        ),
        name=summary.me,
    )
    print(f"  kontokoll --data-dir {shlex.quote(str(data_dir))}", file=out)
    return 0


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError as error:
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", "“{value}” is not a seed: give a whole number, such as --seed 1."
                ),
                {"value": text},
            )
        ) from error
