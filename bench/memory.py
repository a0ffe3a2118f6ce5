"""Memory: Kontokoll's peak resident size with a big log open, Today filled and a year reviewed.

    python -m bench.memory DIR

DIR is a data folder, such as one made by
``kontokoll demo --data-dir DIR --accounts 200 --people 60 --years 10``. The
app starts on it offscreen, fills My day, then shows the Review of the last
year (read on its worker) and its heat map, then of every year since the
first account's duties began; after each the process prints its peak
resident size.
"""

from __future__ import annotations

import os
import subprocess
import sys

APP = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from assistant.cli.main import parse
from ui.window.app import run_gui
from ui.window.role_views import View

def watch(window):
    def review():
        window.role_views.sync_roles()
        window.show_view(View.REVIEW)
        view = window.role_views.review
        def done(then):
            if view.busy or view.review is None:
                QTimer.singleShot(50, lambda: done(then))
                return
            view.grab()  # paint the table and the heat map as a screen would
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            days = len(view.review.days)
            print(f"{len(view.review.accounts)} accounts reviewed over {days} days: "
                  f"peak resident size {peak / 1024:.0f} MB", flush=True)
            then()
        def all_years():
            first = min(a.duties_since for a in window.workspace.log.accounts().values())
            view.set_dates(first, window.today())
            QTimer.singleShot(50, lambda: done(QApplication.instance().quit))
        QTimer.singleShot(50, lambda: done(all_years))
    window.todayFilled.connect(lambda: QTimer.singleShot(500, review))

sys.exit(run_gui(parse(["--data-dir", sys.argv[1]]), window_created=watch))
"""


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    subprocess.run([sys.executable, "-c", APP, sys.argv[1]], env=env, check=True)


if __name__ == "__main__":
    main()
