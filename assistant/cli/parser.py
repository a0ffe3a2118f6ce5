"""The ``kontokoll`` command's options and subcommands, with their help in the user's language.

:func:`build_parser` takes the ``translate`` the launcher makes for the chosen
language (before any Qt application exists); each help text is marked for
lupdate with the context "CliHelp", and argparse's own words are translated
too (:mod:`assistant.cli.words`). Each subcommand's module adds its own parser.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant import __version__
from assistant.cli.demo import add_demo_command
from assistant.cli.report import add_report_parser
from assistant.cli.sync import add_sync_parser
from assistant.cli.verify import add_verify_parser
from assistant.cli.words import helper, speak_argparse
from assistant.messages import QT_TRANSLATE_NOOP, Translate, untranslated


def build_parser(translate: Translate = untranslated) -> argparse.ArgumentParser:
    said = helper(translate)
    folder = said(QT_TRANSLATE_NOOP("CliHelp", "DIR"))
    file = said(QT_TRANSLATE_NOOP("CliHelp", "FILE"))
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar=folder,
        default=argparse.SUPPRESS,
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "keep the database, evidence and settings in DIR (or set KONTOKOLL_DATA_DIR)",
            )
        ),
    )
    common.add_argument(
        "--read-only",
        action="store_true",
        default=argparse.SUPPRESS,
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "only read the log, from a copy of what can be read of it, leaving the "
                "database untouched: for a damaged log, to look at it and export the review",
            )
        ),
    )
    parser = argparse.ArgumentParser(
        prog="kontokoll",
        description=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "Daily checks, checklists and proof for a municipality's social media "
                "accounts. With no command, starts the app.",
            )
        ),
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Kontokoll {__version__}",
        help=said(QT_TRANSLATE_NOOP("CliHelp", "show program's version number and exit")),
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "start with only the tray icon showing (as at login); the window opens from it",
            )
        ),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=said(QT_TRANSLATE_NOOP("CliHelp", "COMMAND"))
    )

    status = commands.add_parser(
        "status",
        parents=[common],
        help=said(
            QT_TRANSLATE_NOOP("CliHelp", "which accounts are checked today and what was missed")
        ),
    )
    status.add_argument(
        "--date",
        metavar=said(QT_TRANSLATE_NOOP("CliHelp", "DATE")),
        help=said(QT_TRANSLATE_NOOP("CliHelp", "the day to report (YYYY-MM-DD); today by default")),
    )
    status.add_argument(
        "--json",
        action="store_true",
        help=said(QT_TRANSLATE_NOOP("CliHelp", "print JSON for other programs")),
    )

    accounts = commands.add_parser(
        "accounts",
        parents=[common],
        help=said(QT_TRANSLATE_NOOP("CliHelp", "the account register")),
    )
    account_commands = accounts.add_subparsers(dest="accounts_command", required=True)
    importing = account_commands.add_parser(
        "import",
        parents=[common],
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "import accounts from a CSV file or an Excel workbook (all rows or none)",
            )
        ),
    )
    importing.add_argument(
        "file",
        type=Path,
        metavar=file,
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "a CSV file (UTF-8 or Windows-1252, with ; or , between fields) "
                "or an .xlsx workbook",
            )
        ),
    )
    _add_calendar_parser(commands, common, translate)
    add_demo_command(commands, common, translate)
    add_report_parser(commands, common, translate)
    add_sync_parser(commands, common, translate)
    add_verify_parser(commands, common, translate)
    return parser


def _add_calendar_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    translate: Translate,
) -> None:
    said = helper(translate)
    ics = commands.add_parser(
        "ics",
        parents=[common],
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "write the planned dates of culling, documentation and revision to a calendar file",
            )
        ),
    )
    ics.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=said(QT_TRANSLATE_NOOP("CliHelp", "FILE")),
        help=said(QT_TRANSLATE_NOOP("CliHelp", "the file to write (.ics or .csv)")),
    )
    ics.add_argument(
        "--months",
        default="12",
        metavar="N",
        help=said(QT_TRANSLATE_NOOP("CliHelp", "how many months ahead, 1 to 36; 12 by default")),
    )
    ics.add_argument(
        "--format",
        choices=("ics", "csv"),
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "iCalendar for Outlook and other calendars, or CSV for Excel; "
                "by default from the file's suffix",
            )
        ),
    )
    ics.add_argument(
        "--all",
        action="store_true",
        dest="everyone",
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "every duty in the municipality; by default only the duties of the person "
                "using this workstation (the cullings of their accounts, and the information "
                "unit's documentation and revision if they belong to it)",
            )
        ),
    )


def parse(argv: list[str] | None = None, translate: Translate = untranslated) -> argparse.Namespace:
    """The command line read, its help and its errors said through ``translate``."""
    speak_argparse(translate)
    return build_parser(translate).parse_args(argv)
