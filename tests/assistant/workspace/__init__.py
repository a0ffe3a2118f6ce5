"""Tests of ``assistant.workspace``."""
