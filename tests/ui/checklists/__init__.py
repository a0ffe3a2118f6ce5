"""Tests of ``ui.checklists``, clicked as a person would."""
