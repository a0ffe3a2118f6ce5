"""The command line's own words in the user's language: its help, and argparse's.

Each help text is marked ``QT_TRANSLATE_NOOP("CliHelp", …)``, where the
parser is built, and translated there through :func:`helper`. What argparse
itself says ("usage:", "options", "the following arguments are required",
"invalid choice", …) it looks up at the moment it says it, through the
module's ``_`` and ``ngettext``: :func:`speak_argparse` points them at the
same ``translate``, with the context "Argparse". The texts lupdate is to
extract for that are listed, marked, in :data:`ARGPARSE_WORDS`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from assistant.messages import QT_TRANSLATE_NOOP, Translate

HELP = "CliHelp"
ARGPARSE = "Argparse"

ARGPARSE_WORDS = (
    # The help
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    # Errors, as "kontokoll: error: argument --from: expected one argument"
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
)
"""What argparse says to a person using ``kontokoll``. Its other texts name mistakes
in a program's parser, never the user's; they stay as argparse writes them."""


def helper(translate: Translate) -> Callable[[str], str]:
    """``said(QT_TRANSLATE_NOOP("CliHelp", text))``: a help text in the user's language."""

    def said(text: str) -> str:
        return translate(HELP, text)

    return said


def speak_argparse(translate: Translate) -> None:
    """Have argparse say its own words through ``translate`` from now on, in this process.

    Call it before building a parser: argparse names the help's sections as the
    parser is made. Calling it again replaces the language; with
    :func:`~assistant.messages.untranslated` argparse speaks its English again.
    A count's text (``ngettext``) is looked up in the form English takes for
    that count; Swedish translates each form.
    """

    def gettext(text: str) -> str:
        return translate(ARGPARSE, text) if text else text

    def ngettext(singular: str, plural: str, n: int) -> str:
        return translate(ARGPARSE, singular if n == 1 else plural)

    # argparse reads these two module globals (imported from gettext) when it speaks.
    setattr(argparse, "_", gettext)  # noqa: B010 - not declared in argparse's stubs
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
