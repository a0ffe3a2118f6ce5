"""One removal during a daily check: the ground, what was done, and the screenshot.

No screenshot, no removal: the dialog refuses to save until the post's
content has been saved as evidence (a file or a capture of the screen).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock
from assistant.evidence import EvidenceStore
from assistant.guidelines import GuidelinePack, Platform
from assistant.messages import UserError
from assistant.records import Evidence, RemovalAction
from ui.capture import ConfirmCaptureDialog, ScreenCapturer, png_bytes
from ui.i18n import translate
from ui.labels import action_label
from ui.widgets import named, problem_label


class RemovalDialog(QDialog):
    """Asks for one removal; after ``accept`` its fields are read by the check dialog."""

    def __init__(
        self,
        pack: GuidelinePack,
        platform: Platform | None,
        evidence_store: EvidenceStore,
        clock: Clock,
        person_id: str,
        language: str,
        parent: QWidget | None = None,
        capture_delay_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("removalDialog")
        self.setWindowTitle(self.tr("Removed post"))
        self.pack = pack
        self.language = language
        self.evidence_store = evidence_store
        self.clock = clock
        self.person_id = person_id
        self.screenshot: Evidence | None = None
        self.capturer = (
            ScreenCapturer(parent=self)
            if capture_delay_ms is None
            else ScreenCapturer(capture_delay_ms, self)
        )
        self.capturer.captured.connect(self._confirm_capture)

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

        self.preview = named(QLabel(self.tr("No screenshot yet.")), "removalPreview")
        self.preview.setMinimumHeight(90)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        attach = named(QPushButton(self.tr("Attach &file…")), "attachScreenshot")
        attach.setAutoDefault(False)
        attach.clicked.connect(lambda: self.attach_file())
        capture = named(QPushButton(self.tr("&Capture screen")), "captureScreen")
        capture.setAutoDefault(False)
        capture.setToolTip(
            self.tr("Kontokoll hides itself, takes a picture of the screen and shows it to you.")
        )
        capture.clicked.connect(self.capturer.start)
        evidence_buttons = QHBoxLayout()
        evidence_buttons.addWidget(attach)
        evidence_buttons.addWidget(capture)
        evidence_buttons.addStretch()

        self.problem = problem_label("removalProblem")

        form = QFormLayout()
        form.addRow(self.tr("&Ground:"), self.ground)
        form.addRow("", self.guidance)
        form.addRow(self.tr("What was done:"), action_row)
        form.addRow(self.tr("&Post:"), self.post)
        form.addRow(self.diary_label, self.diary)
        form.addRow(self.tr("Screenshot:"), self.preview)
        form.addRow("", evidence_buttons)
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
        self._ground_changed()
        self.resize(600, self.sizeHint().height())

    # -- reading ---------------------------------------------------------------

    def ground_id(self) -> str:
        return str(self.ground.currentData())

    def action(self) -> RemovalAction:
        checked = self.action_group.checkedButton()
        return RemovalAction(checked.property("action")) if checked else RemovalAction.DELETED

    def needs_diary_number(self) -> bool:
        return self.pack.removal_ground(self.ground_id()).needs_diary_number

    # -- evidence --------------------------------------------------------------

    def attach_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose the screenshot"),
                str(Path.home()),
                self.tr(
                    "Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;PDF (*.pdf);;All files (*)"
                ),
            )
            if not chosen:
                return
            path = Path(chosen)
        picture = QPixmap(str(path))
        if picture.isNull() and path.suffix.lower() != ".pdf":
            self._show_problem(
                self.tr(
                    "{name} is not a picture. Attach a screenshot (PNG, JPEG and the like) "
                    "or a PDF of the post."
                ).format(name=path.name)
            )
            return
        try:
            evidence = self.evidence_store.add_file(
                path, recorded_at=self.clock.now(), recorded_by=self.person_id
            )
        except UserError as error:
            self._show_problem(error.render(translate))
            return
        self._use(evidence, picture)

    def _confirm_capture(self, pixmap: QPixmap) -> None:
        if pixmap.isNull():
            self._show_problem(
                self.tr(
                    "The screen could not be captured on this computer. Take a screenshot "
                    "with the computer's own tool and attach it as a file."
                )
            )
            return
        dialog = ConfirmCaptureDialog(pixmap, self)
        dialog.accepted.connect(lambda: self._keep_capture(pixmap))
        dialog.open()

    def _keep_capture(self, pixmap: QPixmap) -> None:
        stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
        try:
            evidence = self.evidence_store.add_bytes(
                png_bytes(pixmap),
                f"skarmbild-{stamp}.png",
                recorded_at=self.clock.now(),
                recorded_by=self.person_id,
            )
        except UserError as error:
            self._show_problem(error.render(translate))
            return
        self._use(evidence, pixmap)

    def _use(self, evidence: Evidence, pixmap: QPixmap) -> None:
        self.screenshot = evidence
        if pixmap.isNull():
            self.preview.setText(evidence.original_name)
        else:
            self.preview.setPixmap(
                pixmap.scaled(
                    240,
                    140,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.preview.setToolTip(evidence.original_name)
        self.problem.hide()

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
        if self.screenshot is None:
            self._show_problem(
                self.tr(
                    "Save a screenshot of the post before it is removed: attach a file or "
                    "capture the screen. A removal cannot be logged without one."
                )
            )
            return
        if not self.post.text().strip():
            self.post.setFocus()
            self._show_problem(self.tr("Say which post it was: a link, or who wrote it and when."))
            return
        if self.needs_diary_number() and not self.diary.text().strip():
            self.diary.setFocus()
            self._show_problem(
                self.tr(
                    "A confidential post must be registered in the diary. Enter its diary "
                    "number; ask the registrar if you do not have one yet."
                )
            )
            return
        super().accept()
