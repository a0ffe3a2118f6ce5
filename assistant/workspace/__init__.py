"""An open data folder, and the two doors every front end uses: ``reading``
(what a screen or a command shows) and ``recording`` (every fact a person
enters, checked by the rules and then stored)."""
