"""Kontokoll's core: rules, records, schedules and reports, free of Qt.

Nothing in this package imports PySide6 or ``ui``, so every rule can be
tested, scripted and reused without a display.
"""

__version__ = "0.1.0"
