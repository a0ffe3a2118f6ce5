"""Tests of ``assistant.team``."""
