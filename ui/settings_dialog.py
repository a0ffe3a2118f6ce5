"""Settings: the language and which de-facto holidays are days off.

Signals:
    saved(Settings): the new settings, already written to the data folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from assistant.settings import Settings, save_settings
from assistant.workdays import DE_FACTO_DAYS, JULAFTON, MIDSOMMARAFTON, NYARSAFTON
from ui.widgets import named


class SettingsDialog(QDialog):
    saved = Signal(object)

    def __init__(self, data_dir: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.data_dir = data_dir
        self.settings = settings

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

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", restart)
        form.addRow(self.tr("Days off:"), days)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("settingsSave")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> Settings:
        return self.settings.with_changes(
            language=self.language.currentData(),
            de_facto_days_off=frozenset(k for k, box in self.days_off.items() if box.isChecked()),
        )

    def accept(self) -> None:
        settings = self.chosen()
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
        self.saved.emit(settings)
        super().accept()
