"""The ``kontokoll`` command: a subcommand runs in the terminal, none starts the app.

Only QtCore is loaded for a subcommand (for the translations), and QtGui for
``kontokoll report`` to a PDF; the widgets are imported when the app starts.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from assistant.cli import main as cli
from assistant.cli.report import needs_pdf_writer
from assistant.settings import load_settings


def main(argv: list[str] | None = None) -> int:
    args = cli.parse(argv)
    if args.command is None:
        from ui.window.app import run_gui

        return run_gui(args)
    from PySide6.QtCore import QCoreApplication

    from ui.common.i18n import choose_language, install_translators, translate

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
    data_dir = cli.data_dir_of(args)
    settings = load_settings(data_dir)
    language = choose_language(settings)
    install_translators(app, language)
    try:
        return cli.run(args, translate=translate, language=language, write_pdf=write_pdf)
    except BrokenPipeError:
        # The reader (say, `head`) went away: not an error for a report.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - kept open until exit
        return 0


if __name__ == "__main__":
    sys.exit(main())
