"""Tests of ``ui.review``, clicked as a person would."""
