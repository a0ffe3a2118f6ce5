"""The Qt binding in use can run a long working day.

PySide6 6.12.0 took a reference to None with each Qt call that returns
nothing; on Python 3.11 None's count then runs out after a few thousand calls
(a tray app makes that many in a morning) and Python aborts. pyproject.toml
leaves that version out; this test fails if one like it is installed.
"""

from __future__ import annotations

import subprocess
import sys

A_DAY_OF_CALLS = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20_000):
    label.setText("Kontrollerad")
    label.setEnabled(True)
print(sys.getrefcount(None) - before)
"""


def test_twenty_thousand_qt_calls_leave_none_as_it_was() -> None:
    done = subprocess.run(
        [sys.executable, "-c", A_DAY_OF_CALLS],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert int(done.stdout.strip()) >= -10
