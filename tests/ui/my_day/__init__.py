"""Tests of ``ui.my_day``, clicked as a person would."""
