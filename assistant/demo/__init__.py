"""A made-up municipality to try Kontokoll on (``kontokoll demo``) and to
benchmark with: people, accounts and years of log drawn from one seed."""
