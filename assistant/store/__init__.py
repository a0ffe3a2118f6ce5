"""The workstation's database and evidence folder: the only place with SQL.

Opening and migrating, the rows of each record, the evidence files, the
journals shared with the team and what is known of the team folder, and the
review's lean queries."""
