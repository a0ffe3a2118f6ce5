"""The recurring duties: the list of those due (on My day), the dialogs that log them,
the reminders and their clock, the banner, the tray, and the duty calendar export."""
