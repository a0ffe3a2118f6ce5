"""The checklist wizard: one dialog for before you start, getting started and closing.

Driven by the run's own copy of its checklist: the steps on the left, the
chosen step's guidance and fields on the right, and at the bottom what is
still missing before the checklist can be finished. Every step is saved the
moment it is done, so closing the wizard keeps the progress; anyone with a
role on the account can continue it from Today or the account page. A
checklist opened anew is recorded only with its first saved step: opened by
mistake and closed, it leaves nothing behind; once a step is saved, *Call off
the checklist…* withdraws the run (:mod:`ui.checklists.call_off`).

Signals:
    changed(): a step was saved, the checklist finished or called off.
    finishedRun(str): the checklist was finished; a sentence saying what it changed.
    calledOff(str): the checklist was called off; a sentence saying so.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock
from assistant.messages import UserError
from assistant.records import ChecklistRun
from assistant.rules.checklists import RunState, run_states, titles
from assistant.rules.lifecycle import Life
from assistant.rules.opening import CLOSING, GETTING_STARTED
from assistant.workspace import checklists, reading
from assistant.workspace.data_folder import Workspace
from ui.checklists.call_off import call_off_dialog, called_off_message
from ui.checklists.step_editor import StepEditor
from ui.checklists.steps_model import StepsModel
from ui.checklists.text import progress_text
from ui.common.i18n import translate
from ui.common.widgets import named

Index = QModelIndex | QPersistentModelIndex


class ChecklistWizard(QDialog):
    changed = Signal()
    finishedRun = Signal(str)
    calledOff = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        language: str,
        account_id: str,
        run: str | ChecklistRun,
        parent: QWidget | None = None,
    ) -> None:
        """``run`` is the id of a recorded run, or a run not yet recorded (from
        :func:`assistant.workspace.checklists.new_run`), recorded with its first step."""
        super().__init__(parent)
        self.setObjectName("checklistWizard")
        self.workspace = workspace
        self.clock = clock
        self.language = language
        self.account_id = account_id
        self.unsaved_run = run if isinstance(run, ChecklistRun) else None
        self.run_id = run.id if isinstance(run, ChecklistRun) else run
        self.me = reading.my_id(workspace)
        self.people = reading.people(workspace)
        self.life, self.state = self._read()
        self.drafts: dict[str, dict[str, str]] = {}
        """What was typed into steps and not yet saved, by step id: kept while moving about."""
        checklist = self.state.checklist
        account = self.life.account
        self.setWindowTitle(f"{checklist.title.in_language(language)} – {account.name}")

        heading = named(QLabel(self.windowTitle()), "checklistHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        guidance = named(QLabel(checklist.guidance.in_language(language)), "checklistGuidance")
        guidance.setTextFormat(Qt.TextFormat.PlainText)
        guidance.setWordWrap(True)
        order = (
            self.tr("The steps are done in order.")
            if checklist.in_order
            else self.tr("The steps can be done in any order.")
        )

        self.model = StepsModel(self.state, language, self)
        self.steps = named(QListView(), "checklistSteps")
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setModel(self.model)
        self.steps.setMinimumWidth(300)
        self.steps.setSpacing(3)
        self.steps.selectionModel().currentRowChanged.connect(self._show_step)
        self.editor = StepEditor(workspace, clock, self.people, account, self)
        self.editor.saveRequested.connect(self.save_step)
        self.steps.activated.connect(lambda _index: self.editor.first_field().setFocus())

        self.missing = named(QLabel(), "checklistMissing")
        self.missing.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("checklistClose")
        close.setToolTip(self.tr("Every saved step is kept; continue later from Today."))
        close.setAutoDefault(False)
        self.finish_button = buttons.addButton(
            self.tr("Finis&h checklist"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.finish_button.setObjectName("finishChecklist")
        self.finish_button.setAutoDefault(False)
        self.finish_button.clicked.connect(self.finish)
        self.call_off_button = buttons.addButton(
            self.tr("C&all off the checklist…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.call_off_button.setObjectName("callOffChecklist")
        self.call_off_button.setToolTip(
            self.tr("Begun by mistake? The account goes back to as it was before it began.")
        )
        self.call_off_button.setAutoDefault(False)
        self.call_off_button.clicked.connect(self.call_off)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_step)

        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.editor, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(guidance)
        layout.addWidget(QLabel(order))
        layout.addLayout(body, 1)
        layout.addWidget(self.missing)
        layout.addWidget(buttons)
        self.resize(940, 620)
        self._show_progress()
        self.steps.setCurrentIndex(self.model.index(self._next_step_row()))
        self.steps.setFocus()

    # -- reading ---------------------------------------------------------------

    def _read(self) -> tuple[Life, RunState]:
        life = reading.life(self.workspace, self.account_id)
        assert life is not None, "a checklist's account is never taken out of the register"
        if self.unsaved_run is not None:
            return life, run_states([self.unsaved_run], (), ())[0]
        state = next(r for r in life.runs if r.run.id == self.run_id)
        return life, state

    def _next_step_row(self) -> int:
        steps = self.state.checklist.steps
        for row, step in enumerate(steps):
            if not self.state.is_done(step) and not self.state.blocking(step):
                return row
        return 0

    def current_row(self) -> int:
        return max(self.steps.currentIndex().row(), 0)

    # -- showing ---------------------------------------------------------------

    def _keep_draft(self) -> None:
        shown = self.editor.step
        if shown is None:
            return
        if self.editor.is_changed():
            self.drafts[shown.id] = self.editor.answers()
            self.editor.unsaved_files.update((e.sha256, e) for e in self.editor.new_evidence())
        else:
            self.drafts.pop(shown.id, None)

    def _show_step(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._keep_draft()
        step = self.state.checklist.steps[current.row()]
        blocked = (
            "" if self.state.is_done(step) else titles(self.state.blocking(step), self.language)
        )
        self.editor.show_step(
            step,
            self.state.mark(step.id),
            self.language,
            blocked_by=blocked,
            read_only=self.read_only,
            draft=self.drafts.get(step.id),
        )

    @property
    def read_only(self) -> bool:
        """A finished run, or any run of a closed account, is history: read, never changed."""
        return self.state.is_finished or self.life.account.closed_on is not None

    def _show_progress(self) -> None:
        self.missing.setText(
            progress_text(
                self.state, self.life.account.closed_on, self.unsaved_run is not None, self.language
            )
        )
        self.finish_button.setVisible(not self.read_only)
        self.finish_button.setEnabled(not self.state.missing)
        self.call_off_button.setVisible(not self.read_only and self.unsaved_run is None)

    # -- saving ----------------------------------------------------------------

    def save_step(self) -> None:
        step = self.editor.step
        if step is None or self.read_only:
            return
        try:
            checklists.save_step(
                self.workspace,
                self.clock.now(),
                account_id=self.account_id,
                run_id=self.run_id,
                step_id=step.id,
                answers=self.editor.answers(),
                new_evidence=self.editor.new_evidence(),
                language=self.language,
                unsaved_run=self.unsaved_run,
            )
        except UserError as error:
            self.editor.show_problem(error.render(translate))
            return
        self.unsaved_run = None  # recorded with this step
        self.editor.mark_saved()
        self.drafts.pop(step.id, None)
        self.life, self.state = self._read()
        self.model.set_state(self.state)
        self._show_progress()
        self.changed.emit()
        row = self._next_step_row() if self.state.missing else self.current_row()
        self.steps.setCurrentIndex(self.model.index(row))
        self._show_step(self.model.index(row), QModelIndex())
        self.steps.setFocus()

    def reject(self) -> None:
        """Close, asking first if something typed would be lost."""
        if self.read_only:
            super().reject()
            return
        self._keep_draft()
        if not self.drafts:
            super().reject()
            return
        steps = [s for s in self.state.checklist.steps if s.id in self.drafts]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close without saving?"),
            self.tr(
                "What you entered in these steps is not saved: {steps}. Close anyway and "
                "lose it, or go back and save the steps?"
            ).format(steps=titles(steps, self.language)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardDraftsBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._discard_answered)
        box.open()

    def _discard_answered(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Discard:
            self.drafts.clear()
            super().reject()

    def finish(self) -> None:
        """Finish the checklist; closing an account asks first, as it cannot be undone."""
        if self.state.run.checklist_id != CLOSING:
            self._finish()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close the account?"),
            self.tr(
                "“{account}” will be closed today. It leaves the Today list and every "
                "recurring duty; its history stays readable but can no longer be changed."
            ).format(account=self.life.account.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmCloseBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Close the account"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._close_answered)
        box.open()

    def call_off(self) -> None:
        """Ask why, then call the run off: withdrawn, it no longer counts anywhere."""
        self.call_off_box = box = call_off_dialog(
            self.workspace,
            self.clock,
            self.state,
            self.life.account,
            self.people,
            self.language,
            self,
        )
        box.withdrawn.connect(self._called_off)
        box.open()

    def _called_off(self, _said: str) -> None:
        self.drafts.clear()
        self.calledOff.emit(called_off_message(self.state, self.life.account, self.language))
        self.changed.emit()
        self.accept()

    def _close_answered(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self._finish()

    def _finish(self) -> None:
        checklist_id = self.state.run.checklist_id
        account = self.life.account
        try:
            _finish, moved = checklists.finish_checklist(
                self.workspace,
                self.clock.now(),
                account_id=self.account_id,
                run_id=self.run_id,
                language=self.language,
            )
        except UserError as error:
            self.missing.setText(error.render(translate))
            return
        title = self.state.checklist.title.in_language(self.language)
        if checklist_id == CLOSING:
            message = self.tr("“{account}” is closed.")
        elif checklist_id == GETTING_STARTED and moved is not None:
            message = self.tr("“{account}” is active: its daily checks begin today.")
        elif account.planned:
            message = self.tr("“{title}” is finished: “{account}” is approved.")
        else:
            message = self.tr("“{title}” is finished for “{account}”.")
        self.finishedRun.emit(message.format(account=account.name, title=title))
        self.changed.emit()
        self.accept()


def open_wizard(
    workspace: Workspace,
    clock: Clock,
    language: str,
    account_id: str,
    checklist_id: str,
    parent: QWidget,
) -> ChecklistWizard | None:
    """Open the account's run of a checklist: the one under way or finished, else a new one.

    A run the rules do not allow (getting started before the plan is approved,
    anything on a closed account) is refused in a message box saying why.
    """
    life = reading.life(workspace, account_id)
    if life is None:
        return None
    state = life.in_progress(checklist_id) or life.finished(checklist_id)
    run: str | ChecklistRun
    if state is not None:
        run = state.run.id
    else:
        try:
            run = checklists.new_run(workspace, account_id, checklist_id, clock.now(), language)
        except UserError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("ChecklistWizard", "The checklist cannot be started"),
                error.render(translate),
                parent=parent,
            )
            box.setObjectName("checklistRefusedBox")
            box.open()
            return None
    wizard = ChecklistWizard(workspace, clock, language, account_id, run, parent)
    wizard.open()
    return wizard
