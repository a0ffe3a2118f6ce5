"""The team folder: publishing this workstation's journal and evidence, merging
everyone else's, and one person, one id across workstations."""
