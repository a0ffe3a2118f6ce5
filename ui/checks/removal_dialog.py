"""One removal during a daily check: the ground, what was done, and the screenshot.

No screenshot, no removal: the dialog refuses to add the removal until the
post's content has been saved as evidence (a screenshot pasted with Ctrl+V, a
picture dropped on the dialog, a file attached or a capture of the screen).
The rules are the core's (:func:`assistant.rules.daily_check.check_removal`);
the dialog shows their refusal and takes the person to the field.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock
from assistant.messages import UserError
from assistant.pack.model import Platform
from assistant.records import Evidence, RemovalAction
from assistant.rules.daily_check import RemovalEntry, check_removal, needs_diary_number
from assistant.workspace.data_folder import Workspace
from ui.common.evidence_picker import EvidencePicker
from ui.common.i18n import translate
from ui.common.labels import action_label
from ui.common.widgets import named, problem_label, show_refusal


class RemovalDialog(QDialog):
    """Asks for one removal; after ``accept`` its fields are read by the check dialog."""

    def __init__(
        self,
        workspace: Workspace,
        platform: Platform | None,
        clock: Clock,
        language: str,
        parent: QWidget | None = None,
        capture_delay_ms: int | None = None,
        checked_by: str | None = None,
    ) -> None:
        """``checked_by`` is who checked: the screenshot is their proof."""
        super().__init__(parent)
        self.setObjectName("removalDialog")
        self.setWindowTitle(self.tr("Removed post"))
        pack = workspace.pack
        self.pack = pack
        self.language = language
        self.clock = clock

        self.ground = named(QComboBox(), "removalGround")
        self.ground.setAccessibleName(self.tr("Ground for removal"))
        for ground in pack.removal_grounds:
            self.ground.addItem(ground.title.in_language(language), ground.id)
        self.guidance = named(QLabel(), "removalGuidance")
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet("color: palette(placeholder-text);")
        self.ground.currentIndexChanged.connect(self._ground_changed)

        self.action_group = QButtonGroup(self)
        action_row = QVBoxLayout()
        for action in RemovalAction:
            button = named(QRadioButton(action_label(action)), f"action_{action.value}")
            self.action_group.addButton(button)
            button.setProperty("action", action.value)
            action_row.addWidget(button)
        can_remove = platform is None or platform.can_remove_others_posts
        default = RemovalAction.DELETED if can_remove else RemovalAction.REPLIED
        for choice in self.action_group.buttons():
            choice.setChecked(choice.property("action") == default.value)
        if not can_remove and platform is not None:
            note = QLabel(
                self.tr(
                    "{platform} does not let you remove others' posts: reply that the city "
                    "does not endorse the view and that such posts are not allowed."
                ).format(platform=platform.name.in_language(language))
            )
            note.setWordWrap(True)
            action_row.addWidget(note)

        self.post = named(QLineEdit(), "removalPost")
        self.post.setAccessibleName(self.tr("Which post"))
        self.post.setPlaceholderText(self.tr("Link to the post, or who wrote it and when"))
        self.diary = named(QLineEdit(), "removalDiary")
        self.diary.setAccessibleName(self.tr("Diary number"))
        self.diary.setPlaceholderText(self.tr("For example KS/2026:123"))
        self.diary_label = QLabel(self.tr("&Diary number:"))
        self.diary_label.setBuddy(self.diary)

        self.picker = EvidencePicker(
            workspace,
            clock,
            ("removalPreview", "attachScreenshot", "captureScreen"),
            self,
            capture_delay_ms,
            checked_by,
        )
        self.capturer = self.picker.capturer
        self.problem = problem_label("removalProblem")
        self.picker.chosen.connect(lambda _evidence: self.problem.hide())
        self.picker.problem.connect(self._show_problem)

        form = QFormLayout()
        form.addRow(self.tr("&Ground:"), self.ground)
        form.addRow("", self.guidance)
        form.addRow(self.tr("What was done:"), action_row)
        form.addRow(self.tr("&Post:"), self.post)
        form.addRow(self.diary_label, self.diary)
        form.addRow(self.tr("Screenshot:"), self.picker)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add removal"))
        ok.setObjectName("removalOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.picker.serve_window(self)  # Ctrl+V and a dropped picture anywhere in the dialog
        self._ground_changed()
        self.resize(600, self.sizeHint().height())

    # -- reading ---------------------------------------------------------------

    def ground_id(self) -> str:
        return str(self.ground.currentData())

    def action(self) -> RemovalAction:
        checked = self.action_group.checkedButton()
        return RemovalAction(checked.property("action")) if checked else RemovalAction.DELETED

    def needs_diary_number(self) -> bool:
        return needs_diary_number(self.pack, self.ground_id())

    def entry(self) -> RemovalEntry:
        """The removal as entered (the diary number only where the ground asks for one)."""
        return RemovalEntry(
            ground=self.ground_id(),
            action=self.action(),
            post=self.post.text().strip(),
            diary_number=self.diary.text().strip() if self.needs_diary_number() else "",
            screenshot=self.screenshot,
        )

    # -- evidence --------------------------------------------------------------

    @property
    def screenshot(self) -> Evidence | None:
        evidence: Evidence | None = self.picker.evidence
        return evidence

    def attach_file(self, path: Path | None = None) -> None:
        self.picker.attach_file(path)

    # -- saving ----------------------------------------------------------------

    def _ground_changed(self) -> None:
        ground = self.pack.removal_ground(self.ground_id())
        self.guidance.setText(ground.guidance.in_language(self.language))
        self.diary.setEnabled(ground.needs_diary_number)
        self.diary_label.setEnabled(ground.needs_diary_number)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        try:
            check_removal(self.entry(), self.pack)
        except UserError as error:
            fields = {"post": self.post, "diary_number": self.diary, "ground": self.ground}
            show_refusal(self.problem, error.render(translate), fields, error.field)
            return
        super().accept()
