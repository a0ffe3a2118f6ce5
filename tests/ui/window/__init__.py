"""Tests of ``ui.window``, clicked as a person would."""
