"""Tests of the PySide6 front end, run offscreen, one folder per package of ``ui``."""
