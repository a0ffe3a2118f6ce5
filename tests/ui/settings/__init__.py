"""Tests of ``ui.settings``, clicked as a person would."""
