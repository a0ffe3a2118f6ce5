"""The ``kontokoll`` command: a subcommand runs in the terminal, none starts the app.

Only QtCore is loaded for a subcommand (for the translations), and QtGui for
``kontokoll report`` to a PDF; the widgets are imported when the app starts.
The language is chosen before the command line is read, so that its help and
its errors are in it too; no Qt application is made for that, as the app
makes its own.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from assistant.cli import main as cli
from assistant.cli.report import needs_pdf_writer
from assistant.paths import resolve_data_dir
from assistant.settings import load_settings


def main(argv: list[str] | None = None) -> int:
    from ui.common.i18n import choose_language, translator_for

    language = choose_language(load_settings(_data_dir_named(argv)))
    args = cli.parse(argv, translator_for(language))
    if args.command is None:
        from ui.window.app import run_gui

        return run_gui(args)
    from PySide6.QtCore import QCoreApplication

    from ui.common.i18n import install_translators, translate

    write_pdf: Callable[..., None] | None = None
    if needs_pdf_writer(args):
        # Drawing a PDF needs fonts, hence a QGuiApplication; on a server or in a
        # terminal without a display it draws offscreen.
        if sys.platform.startswith("linux") and not (
            os.environ.get("QT_QPA_PLATFORM")
            or os.environ.get("DISPLAY")
            or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtGui import QGuiApplication

        from ui.review.pdf import write_review_pdf

        app = QCoreApplication.instance() or QGuiApplication(sys.argv[:1])
        write_pdf = write_review_pdf
    else:
        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_translators(app, language)
    try:
        return cli.run(args, translate=translate, language=language, write_pdf=write_pdf)
    except BrokenPipeError:
        # The reader (say, `head`) went away: not an error for a report.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - kept open until exit
        return 0


def _data_dir_named(argv: list[str] | None) -> Path:
    """The data folder ``--data-dir`` names, read before the rest (whose help is in the
    language of that folder's settings); else KONTOKOLL_DATA_DIR's, or the default.
    A mistake in the option is left for the whole command line to refuse."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--data-dir")
    try:
        known, _rest = early.parse_known_args(argv)
    except argparse.ArgumentError:
        return resolve_data_dir()
    return resolve_data_dir(known.data_dir)


if __name__ == "__main__":
    sys.exit(main())
