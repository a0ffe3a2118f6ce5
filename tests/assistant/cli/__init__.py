"""Tests of ``assistant.cli``."""
