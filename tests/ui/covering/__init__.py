"""Tests of ``ui.covering``, clicked as a person would."""
