"""Kontokoll's tests: tests/core needs no Qt, tests/ui runs offscreen."""
