"""Adding an account to the register, or recording a change to one.

The core checks the entry and records it
(:func:`assistant.workspace.recording.save_account`); each problem it names is
shown here, and nothing is saved until there are none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock, today
from assistant.messages import UserError
from assistant.records import Account, Person
from assistant.rules.accounts import AccountDraft, PeopleFinder
from assistant.workspace import reading, recording
from assistant.workspace.data_folder import Workspace
from ui.common.i18n import translate
from ui.common.labels import qdate
from ui.common.widgets import date_field, named, problem_label

LONG_LIST = 6
"""More people than this, and a field above the list finds them by what is typed."""
_FOUND_BY = Qt.ItemDataRole.UserRole + 1


class PeoplePicker(QWidget):
    """Tick people from the register, or type a new name or e-mail address to add one.

    A long list has a field above it: what is typed keeps the people whose name or
    e-mail address holds every word of it (and those ticked, so none goes unseen).
    """

    def __init__(self, people: dict[str, Person], name: str, accessible: str) -> None:
        super().__init__()
        self.list = named(QListWidget(), f"{name}List")
        self.list.setAccessibleName(accessible)
        self.list.setMaximumHeight(110)
        for person in sorted(people.values(), key=lambda p: p.name.casefold()):
            item = self._add_item(person.name, person.person_id)
            item.setData(_FOUND_BY, f"{person.name} {person.email}".casefold())
        self.search = named(QLineEdit(), f"{name}Find")
        self.search.setPlaceholderText(self.tr("Type to find a person in the list"))
        self.search.setAccessibleName(self.tr("Find a person in the list"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._show_found)
        self.search.setVisible(len(people) > LONG_LIST)
        # Enter goes on to the people found (Space ticks); it must not save the account.
        self.search.installEventFilter(self)
        self.new_name = named(QLineEdit(), f"{name}New")
        self.new_name.setPlaceholderText(self.tr("Add a person: name or e-mail"))
        self.new_name.setAccessibleName(self.tr("Add a person by name or e-mail"))
        # Enter adds the person; it must not reach the dialog and save the account.
        self.new_name.installEventFilter(self)
        add = named(QPushButton(self.tr("Add")), f"{name}Add")
        add.setAutoDefault(False)
        add.clicked.connect(self._add_typed)
        row = QHBoxLayout()
        row.addWidget(self.new_name)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.new_name, self.search)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if watched is self.new_name:
                self._add_typed()
            else:
                self._go_to_found()
            return True
        return super().eventFilter(watched, event)

    def _show_found(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            found_by = str(item.data(_FOUND_BY) or item.text().casefold())
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setHidden(not ticked and not all(word in found_by for word in words))

    def _go_to_found(self) -> None:
        shown = [
            self.list.item(r) for r in range(self.list.count()) if not self.list.item(r).isHidden()
        ]
        if shown:
            self.list.setCurrentItem(shown[0])
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_item(self, label: str, key: str, checked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(label, self.list)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _add_typed(self) -> None:
        text = self.new_name.text().strip()
        if text:
            # New people are keyed by what was typed until the account is saved.
            self._add_item(text, f"new:{text}", checked=True)
            self.new_name.clear()

    def set_checked(self, person_ids: tuple[str, ...]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in person_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def checked_ids(self, finder: PeopleFinder) -> tuple[str, ...]:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                key = str(item.data(Qt.ItemDataRole.UserRole))
                ids.append(finder.person_id(key[4:]) if key.startswith("new:") else key)
        return tuple(ids)


class AccountDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        language: str,
        account_id: str | None,
        parent: QWidget | None = None,
        planned: bool = False,
    ) -> None:
        """``planned``: a new account to open through the checklists, not one already open."""
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.workspace = workspace
        self.clock = clock
        registered = reading.accounts(workspace)
        self.people = reading.people(workspace)
        self.previous = registered.get(account_id) if account_id else None
        self.planned = self.previous.planned if self.previous else planned
        self.saved_account: Account | None = None
        if self.previous:
            self.setWindowTitle(self.tr("Edit account"))
        elif planned:
            self.setWindowTitle(self.tr("Plan a new account"))
        else:
            self.setWindowTitle(self.tr("Register an existing account"))

        self.platform = named(QComboBox(), "accountPlatform")
        self.platform.setAccessibleName(self.tr("Platform"))
        for platform in workspace.pack.platforms:
            self.platform.addItem(platform.name.in_language(language), platform.id)
        self.name = named(QLineEdit(), "accountName")
        self.name.setAccessibleName(self.tr("Account name"))
        self.name.setPlaceholderText(self.tr("For example: Lidingö stad"))
        self.url = named(QLineEdit(), "accountUrl")
        self.url.setAccessibleName(self.tr("Web address"))
        self.url.setPlaceholderText("https://www.facebook.com/lidingostad")
        self.department = named(QComboBox(), "accountDepartment")
        self.department.setEditable(True)
        self.department.setAccessibleName(self.tr("Department"))
        departments = sorted({a.department for a in registered.values() if a.department})
        self.department.addItems(departments)
        self.department.setCurrentText("")
        self.officers = PeoplePicker(self.people, "officers", self.tr("Responsible officers"))
        self.deputies = PeoplePicker(self.people, "deputies", self.tr("Deputies"))
        self.registrar = QCheckBox(
            self.tr("The department's registrars have access to the account"),
        )
        self.registrar.setObjectName("accountRegistrar")
        self.active_since = date_field("accountActiveSince", self.tr("Active since"))
        self.active_since.setDate(qdate(today(clock)))
        self.problem = problem_label("accountProblem")

        if self.previous is not None:
            index = self.platform.findData(self.previous.platform)
            self.platform.setCurrentIndex(max(index, 0))
            self.name.setText(self.previous.name)
            self.url.setText(self.previous.url)
            self.department.setCurrentText(self.previous.department)
            self.officers.set_checked(self.previous.officer_ids)
            self.deputies.set_checked(self.previous.deputy_ids)
            self.registrar.setChecked(self.previous.registrar_access)
            self.active_since.setDate(qdate(self.previous.active_since))
        else:
            me = reading.my_id(workspace)
            if me:
                self.officers.set_checked((me,))

        form = QFormLayout()
        form.addRow(self.tr("&Platform:"), self.platform)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Web address:"), self.url)
        form.addRow(self.tr("&Department:"), self.department)
        form.addRow(self.tr("Responsible &officers:"), self.officers)
        form.addRow(self.tr("De&puties:"), self.deputies)
        form.addRow("", self.registrar)
        form.addRow(self.tr("Active &since:"), self.active_since)
        if self.planned:
            # Getting started opens the account, on the day it is finished.
            form.setRowVisible(self.active_since, False)
            self.url.setPlaceholderText(self.tr("Can be filled in once the account exists"))
            intro = QLabel(
                self.tr(
                    "The account is planned first. Kontokoll then walks you through "
                    "“Before you start” and “Getting started”; the daily checks begin "
                    "once it is open."
                )
            )
            intro.setWordWrap(True)
            form.insertRow(0, intro)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("accountSave")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        now = self.clock.now()
        finder = PeopleFinder(
            self.people, recorded_at=now, recorded_by=reading.my_id(self.workspace)
        )
        draft = AccountDraft(
            platform=str(self.platform.currentData()),
            name=self.name.text(),
            url=self.url.text(),
            department=self.department.currentText(),
            officer_ids=self.officers.checked_ids(finder),
            deputy_ids=self.deputies.checked_ids(finder),
            registrar_access=self.registrar.isChecked(),
            active_since=self.active_since.date().toPython(),  # type: ignore[arg-type]
            planned=self.planned,
        )
        try:
            account = recording.save_account(
                self.workspace,
                draft,
                now,
                account_id=self.previous.account_id if self.previous else None,
                new_people=finder.created,
            )
        except UserError as error:
            self.problem.setText(error.render(translate))
            self.problem.show()
            return
        self.saved_account = account
        super().accept()
