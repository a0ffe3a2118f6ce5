"""The three checklists of an account's life: the wizard, one step's fields, the
run as text, and the plan as a PDF."""
