"""The ``kontokoll`` command: a subcommand runs in the terminal, none starts the app.

Only QtCore is loaded for a subcommand (for the translations); the widgets
are imported when the app starts.
"""

from __future__ import annotations

import sys

from assistant import cli
from assistant.settings import load_settings


def main(argv: list[str] | None = None) -> int:
    args = cli.parse(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args)
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import choose_language, install_translators, translate

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    data_dir = cli.data_dir_of(args)
    settings = load_settings(data_dir)
    install_translators(app, choose_language(settings))
    return cli.run(args, translate=translate)


if __name__ == "__main__":
    sys.exit(main())
