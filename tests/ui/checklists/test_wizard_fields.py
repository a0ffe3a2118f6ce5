"""The wizard's fields say what is wrong and offer only who fits the step.

Åsa, an officer, plans the library's account. The manager's decision is
Karin's to take, as the one manager in the register: the step offers her,
not Åsa or Per. A date that does not exist is named as such, not taken for
an empty field.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Person, Role
from assistant.rules.opening import BEFORE_START
from assistant.workspace import checklists
from assistant.workspace.data_folder import Workspace
from tests.assistant.rules.checklist_office import planned
from tests.factories import person
from tests.ui.helpers import add_me, child, click
from ui.checklists.wizard import ChecklistWizard


def offered(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(1, combo.count())]


@pytest.fixture
def wizard(
    qtbot: QtBot, workspace: Workspace, clock: FixedClock, people: list[Person]
) -> Iterator[ChecklistWizard]:
    asa = add_me(workspace.store, clock)
    workspace.store.add_people(people)
    library = planned(officer=asa)
    workspace.store.add_accounts([library])
    run_id = checklists.start_checklist(
        workspace, library.account_id, BEFORE_START, clock.now(), "en"
    )
    opened = ChecklistWizard(workspace, clock, "en", library.account_id, run_id)
    qtbot.addWidget(opened)
    opened.show()
    rows = [s.id for s in opened.state.checklist.steps]
    opened.steps.setCurrentIndex(opened.model.index(rows.index("manager_decision")))
    yield opened
    opened.close()


KARIN = person("Karin Lund", "karin.lund@lidingo.se", roles=[Role.MANAGER])
PER = person("Per Ek", "per.ek@lidingo.se", roles=[Role.DEPUTY])


@pytest.mark.parametrize("people", [[KARIN, PER]])
def test_the_managers_decision_offers_only_managers(wizard: ChecklistWizard) -> None:
    combo = child(wizard.editor.fields_widget, QComboBox, "stepPerson")
    assert offered(combo) == ["Karin Lund"]


@pytest.mark.parametrize("people", [[PER]])
def test_with_no_manager_yet_everyone_is_offered_and_it_says_why(
    wizard: ChecklistWizard,
) -> None:
    combo = child(wizard.editor.fields_widget, QComboBox, "stepPerson")
    assert offered(combo) == ["Per Ek", "Åsa Öberg"]
    note = child(wizard.editor.fields_widget, QLabel, "stepPersonNote")
    assert "Nobody holds the manager role" in note.text()


@pytest.mark.parametrize("people", [[KARIN]])
def test_a_date_that_does_not_exist_is_named(qtbot: QtBot, wizard: ChecklistWizard) -> None:
    fields = wizard.editor.fields_widget
    combo = child(fields, QComboBox, "stepPerson")
    combo.setCurrentIndex(combo.findData(KARIN.person_id))
    qtbot.keyClicks(child(fields, QLineEdit, "stepDate"), "2026-13-01")
    click(qtbot, wizard.editor, "saveStep")

    problem = child(wizard.editor, QLabel, "stepProblem").text()
    assert problem == "The date 2026-13-01 does not exist. Write it as YYYY-MM-DD."
    assert wizard.state.mark("manager_decision") is None


@pytest.mark.parametrize("people", [[KARIN]])
def test_a_wrong_date_is_named_even_with_the_manager_not_chosen(
    qtbot: QtBot, wizard: ChecklistWizard
) -> None:
    qtbot.keyClicks(child(wizard.editor.fields_widget, QLineEdit, "stepDate"), "2026-02-30")
    click(qtbot, wizard.editor, "saveStep")

    problem = child(wizard.editor, QLabel, "stepProblem").text()
    assert "The date 2026-02-30 does not exist" in problem
