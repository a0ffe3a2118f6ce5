"""Tests of ``assistant.exports``."""
