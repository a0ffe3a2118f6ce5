"""Benchmarks with printed figures; not part of the test run."""
