"""Settings: language, days off, the guideline pack, and the reminders.

One dialog with three tabs. *General*: the language, which de-facto holidays
are days off, and the guideline pack. *Reminders*: when the day's check is
called for, how early culling and documentation count as due soon, whether
closing the window keeps Kontokoll in the tray, and starting at login.
*Team*: the shared team folder and the user's roles (:mod:`ui.settings.team_tab`).

A pack file chosen here is checked at once, and installed only when the
settings are saved; a pack that cannot be used is refused with what is wrong
and where, and the pack in force stays as it was.

Signals:
    saved(Settings): the new settings, already written to the data folder.
    packChanged(GuidelinePack): a new pack is installed and in force.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from assistant.autostart import (
    autostart_supported,
    login_command,
    set_start_at_login,
    starts_at_login,
)
from assistant.clock import Clock
from assistant.messages import UserError
from assistant.pack.installed import install_pack, installed_pack_path, remove_installed_pack
from assistant.pack.model import GuidelinePack
from assistant.pack.reader import default_pack, load_pack
from assistant.records import Role
from assistant.settings import MAX_DUE_SOON_DAYS, Settings, save_settings
from assistant.workdays import DE_FACTO_DAYS, JULAFTON, MIDSOMMARAFTON, NYARSAFTON
from assistant.workspace import identity, reading
from assistant.workspace.data_folder import Workspace
from ui.common.i18n import choose_language, translate
from ui.common.widgets import hint_label, named, problem_label
from ui.settings.team_tab import TeamTab

BUILT_IN = "built-in"


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class SettingsDialog(QDialog):
    saved = Signal(object)
    packChanged = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        parent: QWidget | None = None,
        pack: GuidelinePack | None = None,
        workspace: Workspace | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.data_dir = data_dir
        self.settings = settings
        self.pack = pack
        self.workspace = workspace
        self.clock = clock
        self.pending_pack: Path | str | None = None  # a checked file, BUILT_IN, or no change

        self.language = named(QComboBox(), "settingsLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The system's language"), None)
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        restart = QLabel(self.tr("A new language is used from the next start of Kontokoll."))
        restart.setWordWrap(True)

        names = {
            MIDSOMMARAFTON: self.tr("Midsummer Eve (midsommarafton)"),
            JULAFTON: self.tr("Christmas Eve (julafton)"),
            NYARSAFTON: self.tr("New Year's Eve (nyårsafton)"),
        }
        self.days_off: dict[str, QCheckBox] = {}
        days = QVBoxLayout()
        for key in DE_FACTO_DAYS:
            box = named(QCheckBox(names[key]), f"dayOff_{key}")
            box.setChecked(key in settings.de_facto_days_off)
            self.days_off[key] = box
            days.addWidget(box)
        days_note = QLabel(
            self.tr(
                "Ticked days are days off: no daily check is due. Unticked, they count "
                "as working days."
            )
        )
        days_note.setWordWrap(True)
        days.addWidget(days_note)

        self.pack_label = named(QLabel(), "packInForce")
        self.pack_label.setWordWrap(True)
        self.pack_label.setTextFormat(Qt.TextFormat.PlainText)
        load_pack_button = named(QPushButton(self.tr("Load &pack file…")), "loadPack")
        load_pack_button.setAutoDefault(False)
        load_pack_button.clicked.connect(lambda: self.choose_pack())
        self.built_in = named(QPushButton(self.tr("Use the &built-in pack")), "builtInPack")
        self.built_in.setAutoDefault(False)
        self.built_in.clicked.connect(self._choose_built_in)
        pack_buttons = QHBoxLayout()
        pack_buttons.addWidget(load_pack_button)
        pack_buttons.addWidget(self.built_in)
        pack_buttons.addStretch()
        self.pack_problem = problem_label("packProblem")
        pack_box = QVBoxLayout()
        pack_box.addWidget(self.pack_label)
        pack_box.addLayout(pack_buttons)
        pack_box.addWidget(self.pack_problem)
        # A damaged installed copy leaves the built-in pack in force: say which is used.
        in_use = pack is not None and pack.source == installed_pack_path(data_dir)
        self._show_pack(pack, installed=in_use)
        self.built_in.setEnabled(self._installed())

        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", restart)
        form.addRow(self.tr("Days off:"), days)
        form.addRow(self.tr("Guideline pack:"), pack_box)
        self.tabs = named(QTabWidget(), "settingsTabs")
        self.tabs.addTab(general, self.tr("&General"))
        self.tabs.addTab(self._reminder_tab(settings), self.tr("&Reminders"))
        me = reading.me(workspace) if workspace else None
        self.team = TeamTab(
            settings.team_folder,
            me,
            reading.people(workspace) if workspace else None,
            self._grant if workspace and clock else None,
        )
        self.tabs.addTab(self.team, self.tr("T&eam"))
        self.problem = problem_label("settingsProblem")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("settingsSave")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    def _grant(self, person_id: str, role: Role) -> str | None:
        """Grant a colleague a role at once; the refusal's text, or None when granted."""
        assert self.workspace is not None
        assert self.clock is not None
        try:
            identity.grant_role(self.workspace, person_id, role, self.clock.now())
        except UserError as error:
            return error.render(translate)
        return None

    def _reminder_tab(self, settings: Settings) -> QWidget:
        def time_edit(name: str, accessible: str, value: QTime) -> QTimeEdit:
            edit = named(QTimeEdit(value), name, accessible)
            edit.setDisplayFormat("HH:mm")
            return edit

        self.morning = time_edit(
            "settingsMorning", self.tr("Morning reminder"), _qtime(settings.morning_reminder)
        )
        self.afternoon = time_edit(
            "settingsAfternoon", self.tr("Afternoon reminder"), _qtime(settings.afternoon_reminder)
        )
        self.due_soon = named(QSpinBox(), "settingsDueSoon", self.tr("Due-soon window in days"))
        self.due_soon.setRange(0, MAX_DUE_SOON_DAYS)
        self.due_soon.setSuffix(self.tr(" days"))
        self.due_soon.setValue(settings.due_soon_days)
        self.close_to_tray = named(
            QCheckBox(self.tr("&Keep running in the tray when the window is closed")),
            "settingsCloseToTray",
        )
        self.close_to_tray.setChecked(settings.close_to_tray)
        self.start_at_login = named(
            QCheckBox(self.tr("&Start Kontokoll when I log in")), "settingsStartAtLogin"
        )
        # What is really in place: an entry removed by hand shows as off.
        self.start_at_login.setChecked(starts_at_login())
        self.start_at_login.setEnabled(autostart_supported())

        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("&Morning reminder:"), self.morning)
        form.addRow("", hint_label(self.tr("The day's checks, and duties that became due.")))
        form.addRow(self.tr("&Afternoon reminder:"), self.afternoon)
        form.addRow("", hint_label(self.tr("Again, if a check is still not logged.")))
        form.addRow(self.tr("&Due soon:"), self.due_soon)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "How long before its last day a culling or the revision of the rules "
                    "is shown and reminded of."
                )
            ),
        )
        form.addRow(self.tr("Tray:"), self.close_to_tray)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Without a system tray the window stays open and reminders show at its top."
                )
            ),
        )
        form.addRow(self.tr("Login:"), self.start_at_login)
        return tab

    # -- the guideline pack ----------------------------------------------------

    def _installed(self) -> bool:
        return installed_pack_path(self.data_dir).is_file()

    def _show_pack(
        self, pack: GuidelinePack | None, installed: bool, pending: bool = False
    ) -> None:
        if pack is None:
            self.pack_label.setText("")
            return
        name = pack.name.in_language(choose_language(self.settings))
        if pending:
            text = self.tr("{name}, version {version}: checked, used once you save.")
        elif installed:
            text = self.tr("{name}, version {version}, loaded from a file.")
        else:
            text = self.tr("{name}, version {version}, built in.")
        self.pack_label.setText(text.format(name=name, version=pack.version))
        self.built_in.setEnabled(installed or pending)

    def choose_pack(self, path: Path | None = None) -> None:
        """Check a pack file; it is installed when the settings are saved."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Load a guideline pack"),
                str(Path.home()),
                self.tr("Guideline packs (*.toml);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            pack = load_pack(path)
        except UserError as error:
            self.pack_problem.setText(
                error.render(translate) + "\n" + self.tr("The pack in force is kept.")
            )
            self.pack_problem.show()
            return
        self.pack_problem.hide()
        self.pending_pack = path
        self._show_pack(pack, installed=False, pending=True)

    def _choose_built_in(self) -> None:
        self.pending_pack = BUILT_IN
        self.pack_problem.hide()
        self._show_pack(default_pack(), installed=False)
        self.built_in.setEnabled(False)

    def _install_pending_pack(self) -> GuidelinePack | None:
        """Install the chosen pack; None and a message when it cannot be."""
        try:
            if self.pending_pack == BUILT_IN:
                return remove_installed_pack(self.data_dir)
            if isinstance(self.pending_pack, Path):
                return install_pack(self.data_dir, self.pending_pack)
        except UserError as error:
            self.pack_problem.setText(
                error.render(translate) + "\n" + self.tr("The pack in force is kept.")
            )
            self.pack_problem.show()
        return None

    # -- saving ----------------------------------------------------------------

    def chosen(self) -> Settings:
        return self.settings.with_changes(
            language=self.language.currentData(),
            de_facto_days_off=frozenset(k for k, box in self.days_off.items() if box.isChecked()),
            morning_reminder=self.morning.time().toPython(),
            afternoon_reminder=self.afternoon.time().toPython(),
            due_soon_days=self.due_soon.value(),
            close_to_tray=self.close_to_tray.isChecked(),
            start_at_login=self.start_at_login.isChecked(),
            team_folder=self.team.team_folder(),
        )

    def _show_problem(self, text: str, tab: int) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.tabs.setCurrentIndex(tab)

    def _apply_start_at_login(self, settings: Settings) -> bool:
        """Write or remove the login entry if the choice changed; False if it could not be."""
        if settings.start_at_login == starts_at_login():
            return True
        try:
            set_start_at_login(settings.start_at_login, login_command(self.data_dir))
        except UserError as error:
            self._show_problem(error.render(translate), 1)
            return False
        return True

    def accept(self) -> None:
        chosen = self.chosen()
        if chosen.afternoon_reminder <= chosen.morning_reminder:
            self.afternoon.setFocus()
            self._show_problem(
                self.tr(
                    "The afternoon reminder must come after the morning one ({time}). "
                    "Choose a later time."
                ).format(time=chosen.morning_reminder.strftime("%H:%M")),
                1,
            )
            return
        team_problem = self.team.problem(self.data_dir)
        if team_problem:
            self._show_problem(team_problem, 2)
            return
        if not self._apply_start_at_login(chosen):
            return
        if self.pending_pack is not None:
            pack = self._install_pending_pack()
            if pack is None:
                return
            self.pending_pack = None
            self.packChanged.emit(pack)
        settings = chosen
        try:
            save_settings(self.data_dir, settings)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Settings not saved"),
                self.tr("The settings could not be saved in {path} ({reason}).").format(
                    path=self.data_dir, reason=error.strerror or error
                ),
            )
            return
        if self.workspace is not None and self.clock is not None and self.team.me is not None:
            try:
                identity.change_my_roles(self.workspace, self.team.chosen_roles(), self.clock.now())
            except UserError as error:
                self._show_problem(error.render(translate), 2)
                return
        self.saved.emit(settings)
        super().accept()
