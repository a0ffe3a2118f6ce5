"""Data shipped with Kontokoll: guideline packs, icons and translations (no code)."""
