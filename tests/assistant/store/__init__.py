"""Tests of ``assistant.store``."""
