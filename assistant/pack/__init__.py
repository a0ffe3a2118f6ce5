"""The guideline pack: what it holds, reading and checking its TOML, the copy
installed in the data folder, and the snapshot each checklist run keeps."""
