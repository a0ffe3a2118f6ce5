"""Which accounts a review covers: those active in its period, narrowed by the filter.

The filter picks a department, the accounts where chosen people are officer
or deputy, or chosen accounts; the log is built in a real store
(:mod:`tests.assistant.rules.review_records`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from assistant.records import Person
from assistant.rules.review import Review, departments
from assistant.store.database import Store
from tests.assistant.rules.review_records import NOVEMBER, NOVEMBER_DAYS, nov, review
from tests.factories import account, person


@pytest.fixture
def per() -> Person:
    return person("Per Ek", "per.ek@lidingo.se")


@pytest.fixture
def register(store: Store, asa: Person, per: Person) -> dict[str, str]:
    """Four accounts in two departments, one planned, one opened in December."""
    accounts = {
        "city": account("Lidingö stad", officers=[asa], deputies=[per]),
        "library": account(
            "Bibliotek",
            platform="instagram",
            officers=[per],
            department="Kultur- och fritidsförvaltningen",
        ),
        "school": account("Kulturskolan", department="Kultur- och fritidsförvaltningen"),
        "planned": replace(account("Planerat konto"), planned=True),
        "later": account("Senare konto", active_since=date(2026, 12, 1)),
    }
    store.add_accounts(accounts.values(), [asa, per])
    return {key: a.account_id for key, a in accounts.items()}


def names(result: Review) -> list[str]:
    return [a.account.name for a in result.accounts]


def test_accounts_are_in_name_order_and_only_those_active_in_the_period(
    store: Store, register: dict[str, str]
) -> None:
    assert names(review(store, NOVEMBER, nov(20))) == ["Bibliotek", "Kulturskolan", "Lidingö stad"]


def test_a_department_picks_its_own_accounts(store: Store, register: dict[str, str]) -> None:
    culture = replace(NOVEMBER, department="Kultur- och fritidsförvaltningen")
    assert names(review(store, culture, nov(20))) == ["Bibliotek", "Kulturskolan"]
    nobody = replace(NOVEMBER, department="Kultur")  # exact names only
    assert names(review(store, nobody, nov(20))) == []


def test_people_pick_the_accounts_where_they_are_officer_or_deputy(
    store: Store, register: dict[str, str], asa: Person, per: Person
) -> None:
    of_asa = replace(NOVEMBER, person_ids=frozenset({asa.person_id}))
    assert names(review(store, of_asa, nov(20))) == ["Lidingö stad"]
    of_per = replace(NOVEMBER, person_ids=frozenset({per.person_id}))
    assert names(review(store, of_per, nov(20))) == ["Bibliotek", "Lidingö stad"]


def test_chosen_accounts_are_the_only_ones(store: Store, register: dict[str, str]) -> None:
    chosen = replace(NOVEMBER, account_ids=frozenset({register["school"], register["later"]}))
    assert names(review(store, chosen, nov(20))) == ["Kulturskolan"]


def test_the_departments_are_listed_once_in_order(register: dict[str, str], store: Store) -> None:
    assert departments(store.accounts().values()) == [
        "Kommunledningsförvaltningen",
        "Kultur- och fritidsförvaltningen",
    ]


def test_a_review_of_nobody_is_empty(store: Store) -> None:
    result = review(store, NOVEMBER, nov(20))
    assert result.accounts == ()
    assert result.days == NOVEMBER_DAYS
    assert result.days[-1] - result.days[0] == timedelta(days=29)
