"""Logging a daily check, and each post removed during it."""
