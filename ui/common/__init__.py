"""What every screen shares: small widgets, the words for the core's values,
the table model, the evidence picker and screen capture, the language, the
icons, and reading the log off the GUI thread."""
