"""Files Kontokoll writes for other programs: the duty calendar (iCalendar, CSV)
and the manager's review (XLSX, CSV), whole or not at all."""
