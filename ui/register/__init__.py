"""The register of accounts: the list, adding or editing an entry, importing a CSV."""
