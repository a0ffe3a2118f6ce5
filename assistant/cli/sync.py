"""``kontokoll sync``: publish this workstation's journal to the team folder and read the others'.

The work is :func:`assistant.team.sync.sync`, as the app does it in the
background; this prints what it did. The team folder is the one chosen
under Settings → Team unless ``--team-folder`` names another.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from assistant.cli.words import helper
from assistant.clock import Clock
from assistant.messages import QT_TRANSLATE_NOOP, Counted, Message, Translate, UserError

Cli = Counted("Cli")
"""The command's texts with a count (see :class:`~assistant.messages.Counted`)."""

if TYPE_CHECKING:
    from assistant.workspace.data_folder import Workspace


def add_sync_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    translate: Translate,
) -> None:
    said = helper(translate)
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "publish this workstation's journal to the team folder and read everyone else's",
            )
        ),
    )
    sync.add_argument(
        "--team-folder",
        metavar=said(QT_TRANSLATE_NOOP("CliHelp", "DIR")),
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp", "the shared team folder; by default the one chosen in the app's settings"
            )
        ),
    )


def run_sync(
    workspace: Workspace,
    args: argparse.Namespace,
    translate: Translate,
    clock: Clock,
    out: TextIO,
    err: TextIO,
) -> int:
    """Publish and merge once; 1 when the team folder could not be reached."""
    from assistant.team.sync import sync, team_dir_of

    if args.team_folder:
        team_dir: Path | None = Path(args.team_folder).expanduser().absolute()
    else:
        team_dir = team_dir_of(workspace.settings)
    if team_dir is None:
        raise UserError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "No team folder is set, so there is nothing to share with. Choose one "
                    "under Settings → Team, or name it with --team-folder DIR.",
                ),
            )
        )
    result = sync(workspace.data_dir, team_dir, clock.now())

    def say(template: str, to: TextIO = out, **values: object) -> None:
        tell(Message("Cli", template, values), to)

    def tell(message: Message, to: TextIO = out) -> None:
        print(message.render(translate), file=to)

    if result.published:
        say(
            QT_TRANSLATE_NOOP("Cli", "Published this workstation's journal to {folder}."),
            folder=str(team_dir),
        )
    if result.evidence_published:
        tell(Cli.tr("Copied %n evidence files to the team folder.", "", result.evidence_published))
    names = ", ".join(sorted(name for name in result.read_from if name))
    if result.read and not result.journals_read:
        say(QT_TRANSLATE_NOOP("Cli", "Read the team folder: no journal had changed."))
    elif names:
        tell(
            Cli.tr(
                "Read the changed journals of {names}; new facts: %n.",
                "",
                result.added,
                names=names,
            )
        )
    elif result.journals_read:
        tell(Cli.tr("Read the changed journals; new facts: %n.", "", result.added))
    if result.evidence_fetched:
        tell(Cli.tr("Fetched %n evidence files from the team folder.", "", result.evidence_fetched))
    if result.evidence_missing:
        tell(
            Cli.tr(
                "%n evidence files are not in the team folder yet; they are fetched at a "
                "later sync.",
                "",
                result.evidence_missing,
            )
        )
    for skipped in result.skipped:
        print(skipped.reason.render(translate), file=err)
    if result.problem is not None:
        print(result.problem.render(translate), file=err)
    return 0 if result.reachable and result.problem is None else 1
