"""The main window's dialogs behind the File, Duties and Help menus, and its refusals.

Each function is given what it needs (the parent window, the workspace, the
clock, the settings) and returns the dialog it opened, so the window
connects what it wants to hear. Texts keep the window's translation context.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from assistant import __version__
from ui.common.i18n import translate

if TYPE_CHECKING:
    from assistant.clock import Clock
    from assistant.pack.errors import PackError
    from assistant.pack.model import GuidelinePack
    from assistant.records import Account
    from assistant.settings import Settings
    from assistant.workspace.data_folder import Workspace
    from ui.settings.dialog import SettingsDialog
    from ui.settings.first_start import FirstStartDialog


def refusal(account: Account, today: date) -> str | None:
    """Why nothing can be logged or changed for an account not open today; None if it is."""
    if account.is_active_on(today) and account.closed_on is None:
        return None
    if account.closed_on is not None:
        return QCoreApplication.translate(
            "MainWindow",
            "“{account}” was closed on {day}. Its history can be read but no longer changed.",
        ).format(account=account.name, day=account.closed_on.isoformat())
    return QCoreApplication.translate(
        "MainWindow",
        "“{account}” is not open yet: its daily checks begin once “Getting started” is finished.",
    ).format(account=account.name)


def refuse(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Say, without blocking, why something cannot be done."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("refusedBox")
    box.open()
    return box


def refuse_pack(parent: QWidget, problem: PackError) -> QMessageBox:
    """Say that the data folder's guideline pack could not be used, and what is used instead."""
    return refuse(
        parent,
        QCoreApplication.translate("MainWindow", "The loaded guideline pack cannot be used"),
        problem.render(translate)
        + "\n\n"
        + QCoreApplication.translate(
            "MainWindow",
            "Kontokoll uses its built-in pack for now. Load the pack again under File → Settings.",
        ),
    )


def open_settings(
    parent: QWidget,
    data_dir: Path,
    settings: Settings,
    workspace: Workspace | None,
    clock: Clock,
) -> SettingsDialog:
    from ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(
        data_dir,
        settings,
        parent,
        workspace.pack if workspace else None,
        workspace=workspace,
        clock=clock,
    )
    dialog.open()
    return dialog


def open_first_start(
    parent: QWidget, workspace: Workspace, clock: Clock, settings: Settings
) -> FirstStartDialog:
    """First start: who uses this workstation (and the team folder, if chosen there)."""
    from ui.settings.first_start import FirstStartDialog

    dialog = FirstStartDialog(workspace, clock, settings, parent)
    dialog.open()
    return dialog


def pack_in_force(pack: GuidelinePack, language: str) -> str:
    """What the status bar says once another guideline pack is in force."""
    return QCoreApplication.translate(
        "MainWindow", "The guideline pack “{name}”, version {version}, is now in force."
    ).format(name=pack.name.in_language(language), version=pack.version)


def about(parent: QWidget, data_dir: Path) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Kontokoll"),
        QCoreApplication.translate(
            "MainWindow",
            "Kontokoll {version}\n\nDaily checks, checklists and proof for the "
            "municipality's social media accounts.\n\nData folder: {path}",
        ).format(version=__version__, path=data_dir),
    )
