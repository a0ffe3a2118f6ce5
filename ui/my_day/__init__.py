"""My day: the accounts the user answers for today, and the checklists under way.

The list of the other duties due, shown below them, is the duty desk's
(:mod:`ui.duties.panel`)."""
