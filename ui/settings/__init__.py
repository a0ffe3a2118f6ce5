"""Settings, and the first start: language, days off, the guideline pack,
reminders, the team folder and roles."""
