"""The rules, as pure functions: the daily check and its days, the duties and when
they fall due, reminders, the register, cover, checklists, an account's life and
the review's figures. Nothing here reads the store, the workspace or the clock."""
