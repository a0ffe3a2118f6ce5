"""The review names who answered for an account in its period, not who does today."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from assistant.exports.review import write_review_csv
from assistant.pack.reader import default_pack
from assistant.records import Account, Person, new_id
from assistant.rules.review import AccountReview, ReviewFilter, people_during
from assistant.store.database import Store
from assistant.workdays import WorkingCalendar
from assistant.workspace import reading
from tests.factories import account, at, person, workspace_on

TODAY = date(2026, 11, 20)
SPRING = ReviewFilter(date(2026, 1, 1), date(2026, 5, 31))
AUTUMN = ReviewFilter(date(2026, 7, 1), date(2026, 10, 31))
HANDOVER_DAY = date(2026, 6, 16)


@pytest.fixture
def per() -> Person:
    return person("Per Ek", "per.ek@lidingo.se")


@pytest.fixture
def kim() -> Person:
    return person("Kim Lund", "kim.lund@lidingo.se")


@pytest.fixture
def handed_over(store: Store, asa: Person, per: Person, kim: Person) -> Account:
    """Åsa was officer and Per deputy from 2020; on 16 June 2026 Kim took over, Åsa deputising.

    The register was first recorded in December 2025, when Kontokoll came into use.
    """
    first = account("Lidingö stad", officers=[asa], deputies=[per], active_since=date(2020, 1, 1))
    second = replace(
        first,
        id=new_id(),
        officer_ids=(kim.person_id,),
        deputy_ids=(asa.person_id,),
        recorded_at=at(HANDOVER_DAY, 14),
        supersedes=first.id,
    )
    store.add_accounts([first], [asa, per, kim])
    store.add_accounts([second])
    return second


def only(store: Store, review_filter: ReviewFilter) -> AccountReview:
    (figures,) = reading.review(
        workspace_on(store, pack=default_pack(), calendar=WorkingCalendar()), review_filter, TODAY
    ).accounts
    return figures


def test_a_review_of_last_spring_names_the_officer_and_deputy_of_then(
    store: Store, handed_over: Account, asa: Person, per: Person
) -> None:
    figures = only(store, SPRING)
    assert figures.officer_ids == (asa.person_id,)
    assert figures.deputy_ids == (per.person_id,)


def test_a_review_after_the_handover_names_the_new_officer(
    store: Store, handed_over: Account, asa: Person, kim: Person
) -> None:
    figures = only(store, AUTUMN)
    assert figures.officer_ids == (kim.person_id,)
    assert figures.deputy_ids == (asa.person_id,)


def test_a_period_across_the_handover_names_both_earliest_first(
    store: Store, handed_over: Account, asa: Person, per: Person, kim: Person
) -> None:
    for period in (
        ReviewFilter(date(2026, 1, 1), date(2026, 12, 31)),
        ReviewFilter(HANDOVER_DAY, HANDOVER_DAY),  # the day of the handover: both answered
    ):
        figures = only(store, period)
        assert figures.officer_ids == (asa.person_id, kim.person_id)
        assert figures.deputy_ids == (per.person_id, asa.person_id)


def test_the_first_version_answers_for_the_years_before_it_was_recorded(
    store: Store, handed_over: Account, asa: Person
) -> None:
    figures = only(store, ReviewFilter(date(2024, 1, 1), date(2024, 12, 31)))
    assert figures.officer_ids == (asa.person_id,)


def test_the_people_filter_picks_the_accounts_they_answered_for_in_the_period(
    store: Store, handed_over: Account, per: Person, kim: Person
) -> None:
    def names(period: ReviewFilter, someone: Person) -> list[str]:
        chosen = replace(period, person_ids=frozenset({someone.person_id}))
        review = reading.review(
            workspace_on(store, pack=default_pack(), calendar=WorkingCalendar()), chosen, TODAY
        )
        return [a.account.name for a in review.accounts]

    assert names(SPRING, per) == ["Lidingö stad"]  # Per was deputy then, though not now
    assert names(SPRING, kim) == []  # Kim had not taken over yet
    assert names(AUTUMN, kim) == ["Lidingö stad"]
    assert names(AUTUMN, per) == []


def test_with_no_versions_known_the_current_one_answers(asa: Person, per: Person) -> None:
    current = account("Lidingö stad", officers=[asa], deputies=[per])
    assert people_during((), current, SPRING.first, SPRING.last) == (
        (asa.person_id,),
        (per.person_id,),
    )


def test_the_csv_of_last_spring_names_the_officer_of_then(
    store: Store, handed_over: Account, tmp_path: Path
) -> None:
    review = reading.review(
        workspace_on(store, pack=default_pack(), calendar=WorkingCalendar()), SPRING, TODAY
    )
    path = tmp_path / "våren.csv"
    write_review_csv(review, path, pack=default_pack(), language="sv", people=store.people())
    header, row = csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";")
    figures = dict(zip(header, row, strict=True))
    assert figures["Officers"] == "Åsa Öberg"
    assert figures["Deputies"] == "Per Ek"
