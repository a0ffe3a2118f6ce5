"""The command line, a front end of the core: ``kontokoll status``, ``accounts
import``, ``ics``, ``report``, ``sync`` and ``demo``. Free of Qt."""
