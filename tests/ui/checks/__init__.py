"""Tests of ``ui.checks``, clicked as a person would."""
