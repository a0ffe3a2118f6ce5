"""The recurring duties: the dialogs that log them, the reminders and their
clock, the banner, the tray, and the duty calendar export."""
