"""Tests of ``assistant.rules``."""
