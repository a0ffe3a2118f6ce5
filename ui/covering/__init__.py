"""Covering: absences, handover notes and the accounts a deputy stands in for."""
