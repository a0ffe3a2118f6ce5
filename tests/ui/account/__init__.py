"""Tests of ``ui.account``, clicked as a person would."""
