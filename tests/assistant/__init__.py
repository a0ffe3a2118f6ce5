"""Tests of the Qt-free core, one folder per package of ``assistant``."""
