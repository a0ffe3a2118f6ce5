"""Tests of ``assistant.demo``."""
