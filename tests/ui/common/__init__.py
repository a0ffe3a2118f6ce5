"""Tests of ``ui.common``, clicked as a person would."""
