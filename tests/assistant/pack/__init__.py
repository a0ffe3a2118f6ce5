"""Tests of ``assistant.pack``."""
