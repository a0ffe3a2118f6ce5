"""Tests of ``ui.register``, clicked as a person would."""
