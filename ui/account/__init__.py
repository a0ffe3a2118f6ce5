"""An account's page: its days and checks, its life and checklists, its
recurring duties."""
