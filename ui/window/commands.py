"""What a person does from the main window: log a check, register, plan or edit an account,
open a checklist, import the register, export the duty calendar, say who they are, change
the settings.

The menus, My day, the register, Covering, the account page and the duty desk
all ask the window for these; the window hands them to :class:`Commands`,
which opens the dialog (or says why not) and reports back by its signals. Its
texts keep the window's translation context.

Signals (Commands):
    saved(str): something was recorded; the text says so. The window shows it and
        the log as it is now.
    changed(): the log changed (an account saved, a checklist step done): show it.
    said(str): a sentence for the status bar, nothing more.
    settingsSaved(Settings): new settings were saved; use them from now on.
    packChanged(GuidelinePack): another guideline pack is in force.
    declined(): the person would not say who they are at the first start.
    introduced(): they did: the introduction may follow.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common.read_only import refuse_writing
from ui.window import actions

if TYPE_CHECKING:
    from assistant.clock import Clock
    from assistant.records import Account
    from assistant.settings import Settings
    from assistant.workspace.data_folder import Workspace
    from ui.register.account_dialog import AccountDialog
    from ui.settings.dialog import SettingsDialog


class Commands(QObject):
    saved = Signal(str)
    changed = Signal()
    said = Signal(str)
    settingsSaved = Signal(object)
    packChanged = Signal(object)
    declined = Signal()
    introduced = Signal()

    def __init__(self, window: QWidget, data_dir: Path, clock: Clock, language: str) -> None:
        """``window`` is what the dialogs open over; ``data_dir`` the data folder's path."""
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.clock = clock
        self.language = language
        self.workspace: Workspace | None = None
        """The open data folder; None until it is open (then every command does nothing)."""

    def today(self) -> date:
        from assistant.clock import today

        return today(self.clock)

    def refused(self, account: Account, title: str) -> bool:
        """Say why nothing can be logged or changed for an account not open today, if so."""
        text = actions.refusal(account, self.today())
        if text is not None:
            actions.refuse(self.window, title, text)
        return text is not None

    def log_check(self, account_id: str | None, day: date | None = None) -> None:
        """Open the check dialog for an account (or the first offered) and a day (or today)."""
        from assistant.workspace import reading
        from ui.checks.check_dialog import CheckDialog

        if self.workspace is None or refuse_writing(self.window, self.workspace):
            return
        registered = reading.accounts(self.workspace)
        if not registered:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("MainWindow", "No accounts yet"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Add an account or import the register first; then log its checks.",
                ),
            )
            return
        account = registered.get(account_id or "")
        if account is not None and self.refused(
            account, QCoreApplication.translate("MainWindow", "No check can be logged")
        ):
            return
        dialog = CheckDialog(
            self.workspace, self.clock, self.language, account_id, day, self.window
        )
        dialog.saved.connect(self.saved)
        dialog.open()

    def show_workstations(self) -> None:
        """List the team's workstations; the information unit may revoke one there."""
        from ui.window.workstations_dialog import WorkstationsDialog

        if self.workspace is None:
            return
        dialog = WorkstationsDialog(self.workspace, self.clock, self.window)
        dialog.revoked.connect(self.saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def register_account(self) -> AccountDialog | None:
        """Register an account that is already open."""
        return self._account_dialog(None)

    def plan_account(self) -> AccountDialog | None:
        """A new account: into the register as planned, then on to *before you start*."""
        return self._account_dialog(None, planned=True)

    def edit_account(self, account_id: str) -> AccountDialog | None:
        """Record a change to an account's entry (refused for a closed account)."""
        return self._account_dialog(account_id)

    def _account_dialog(
        self, account_id: str | None, planned: bool = False
    ) -> AccountDialog | None:
        from assistant.workspace import reading
        from ui.register.account_dialog import AccountDialog

        if self.workspace is None or refuse_writing(self.window, self.workspace):
            return None
        account = reading.accounts(self.workspace).get(account_id or "")
        if account is not None and account.closed_on is not None:
            self.refused(account, QCoreApplication.translate("MainWindow", "The account is closed"))
            return None
        dialog = AccountDialog(
            self.workspace, self.clock, self.language, account_id, self.window, planned=planned
        )
        dialog.accepted.connect(self.changed)
        if planned:
            dialog.accepted.connect(lambda: self._plan_saved(dialog))
        dialog.open()
        return dialog

    def _plan_saved(self, dialog: AccountDialog) -> None:
        if dialog.saved_account is not None:
            self.open_checklist(dialog.saved_account.account_id, "before_start")

    def open_checklist(self, account_id: str, checklist_id: str) -> None:
        """Continue the account's run of a checklist, or start one; refused with the reason."""
        from ui.checklists.wizard import open_wizard

        if self.workspace is None:
            return
        wizard = open_wizard(
            self.workspace, self.clock, self.language, account_id, checklist_id, self.window
        )
        if wizard is None:
            return
        wizard.changed.connect(self.changed)
        wizard.finishedRun.connect(self.said)
        wizard.calledOff.connect(self.said)
        self.changed.emit()

    def import_accounts(self, path: Path | None = None) -> None:
        """Import the register from a CSV or Excel file (asking which, when ``path`` is None)."""
        from ui.register.importing import import_accounts

        if self.workspace is None or refuse_writing(self.window, self.workspace):
            return
        message = import_accounts(self.window, self.workspace, self.clock, self.language, path)
        if message:
            self.saved.emit(message)

    def export_calendar(self, path: Path | None = None) -> None:
        """Save the duty calendar of the next twelve months (asking where, if ``path`` is None)."""
        from ui.duties.calendar import export_calendar

        if self.workspace is not None:
            export_calendar(
                self.window, self.workspace, self.clock, self.language, self.said.emit, path
            )

    def first_start(self, settings: Settings) -> None:
        """Ask who uses this workstation (and the team folder, if chosen there)."""
        if self.workspace is None:
            return
        dialog = actions.open_first_start(self.window, self.workspace, self.clock, settings)

        def started() -> None:
            if dialog.settings != settings:
                self.settingsSaved.emit(dialog.settings)  # the team folder: read it at once
            else:
                self.changed.emit()
            self.introduced.emit()

        dialog.accepted.connect(started)
        dialog.rejected.connect(self.declined)

    def edit_settings(self, settings: Settings) -> SettingsDialog | None:
        if refuse_writing(self.window, self.workspace):
            return None  # the settings are kept in the data folder, which is left as it is
        dialog = actions.open_settings(
            self.window, self.data_dir, settings, self.workspace, self.clock
        )
        dialog.saved.connect(self.settingsSaved)
        dialog.packChanged.connect(self.packChanged)
        return dialog

    def about(self) -> None:
        actions.about(self.window, self.data_dir)
