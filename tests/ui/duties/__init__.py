"""Tests of ``ui.duties``, clicked as a person would."""
