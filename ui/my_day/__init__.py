"""My day: the accounts the user answers for today, the checklists under way and
the other duties due."""
