"""The main window: starting the app, the window and its menus and actions, the
views for the roles, and keeping up with the team folder."""
