"""The workstation's database and evidence folder: the only place with SQL.

Opening and migrating, the one way to open a transaction and the sorting of
SQLite's errors into :class:`~assistant.store.connection.StorageError`
(``connection``); the queries of each record (``database``, ``rows``); the
evidence files; the journals shared with the team and what is known of the
team folder; the review's lean queries; bulk loads for made-up logs. Nothing
outside this package imports ``sqlite3`` or touches the store's connection."""
