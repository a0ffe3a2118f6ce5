"""``kontokoll verify``: hold the whole local log to its proof, and say what does not hold.

The work is :func:`assistant.workspace.verification.verify_log`; this prints
a summary, then each broken record on a line of its own, and exits 1 when
anything is wrong (0 when all holds), so IT can run it on a schedule.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from assistant.cli.words import helper
from assistant.messages import QT_TRANSLATE_NOOP, Message, Translate

if TYPE_CHECKING:
    from assistant.workspace.data_folder import Workspace


def add_verify_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    translate: Translate,
) -> None:
    said = helper(translate)
    commands.add_parser(
        "verify",
        parents=[common],
        help=said(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "check that the log, its signatures and its evidence files are as recorded",
            )
        ),
    )


def run_verify(workspace: Workspace, translate: Translate, out: TextIO) -> int:
    """Verify the log; 1 when anything does not hold."""
    from assistant.workspace.verification import verify_log

    verified = verify_log(workspace)

    def say(message: Message) -> None:
        print(message.render(translate), file=out)

    say(verified.summary())
    if verified.chained_at_upgrade:
        say(
            Message(
                "Verify",
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "Records made before this version of Kontokoll: {count}. They were chained "
                    "when the log was upgraded ({when}) and cannot be proven older than that.",
                ),
                {"count": verified.chained_at_upgrade, "when": verified.chain_begun[:10]},
            )
        )
    if verified.unproven:
        say(
            Message(
                "Verify",
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "Records from colleagues' journals written by an older Kontokoll, which "
                    "carried no signature: {count}. They are proven once those workstations "
                    "are updated.",
                ),
                {"count": verified.unproven},
            )
        )
    if verified.evidence_not_fetched:
        say(
            Message(
                "Verify",
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "Colleagues' evidence files not fetched here yet: {count}. They are "
                    "checked once they are.",
                ),
                {"count": verified.evidence_not_fetched},
            )
        )
    for problem in verified.problems:
        say(problem)
    if verified.holds:
        say(Message("Verify", QT_TRANSLATE_NOOP("Verify", "Everything holds."), {}))
        return 0
    say(
        Message(
            "Verify",
            QT_TRANSLATE_NOOP(
                "Verify",
                "Problems found: {count}. The log itself is left as it is. Keep a copy of the "
                "data folder as it is now and tell whoever is responsible for the log.",
            ),
            {"count": len(verified.problems)},
        )
    )
    return 1
