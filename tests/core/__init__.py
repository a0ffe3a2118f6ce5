"""Tests of the Qt-free core: rules, records, storage, import and the command line."""
