"""The made-up municipality's people and account register, for :mod:`assistant.demo.build`.

Everything is drawn from one :class:`random.Random`, ids included, so the same
seed and day give the same facts. The first person is the workstation's user:
an officer who is also a deputy and the manager of the first department, so
each of the app's views has something to show.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from assistant.clock import STOCKHOLM
from assistant.demo.names import (
    ADDRESSES,
    DEPARTMENTS,
    FIRST_NAMES,
    MAIL_DOMAIN,
    MUNICIPALITY,
    OTHER_ADDRESS,
    PLATFORM_WEIGHTS,
    SURNAMES,
    ascii_slug,
    email_local_part,
)
from assistant.pack.model import GuidelinePack
from assistant.records import Account, Person, Role


class Ids:
    """Version-4 UUIDs drawn from the demo's random numbers: the same seed, the same ids.

    Spelled out by hand, as ``uuid.UUID(int=…, version=4)`` would: it is done
    for every check, and this takes half the time.
    """

    _CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
    _SET = (0x4000 << 64) | (0x8000 << 48)

    def __init__(self, rng: random.Random) -> None:
        self._bits = rng.getrandbits

    def __call__(self) -> str:
        h = f"{self._bits(128) & self._CLEAR | self._SET:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def at(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """A Stockholm wall-clock time on ``day``, as the UTC instant the store keeps."""
    return datetime.combine(day, time(hour, minute, second), STOCKHOLM).astimezone(UTC)


@dataclass
class AccountPlan:
    """One account of the register and the days its daily check is due in the demo."""

    account: Account
    department: int
    first_day: date
    """The first day checks are kept: the day it opened, or when Kontokoll came into use."""
    last_day: date
    """Today, or the last day before it closed."""
    can_remove: bool
    closed: Account | None = None

    @property
    def officer(self) -> str:
        return self.account.officer_ids[0]

    @property
    def deputies(self) -> tuple[str, ...]:
        return self.account.deputy_ids

    @property
    def account_id(self) -> str:
        return self.account.account_id

    def is_open_on(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass
class Town:
    """The municipality as drawn: its people, its register and who does what."""

    start: date
    """The day Kontokoll came into use: the period's first day."""
    today: date
    people: list[Person]
    me: str
    department_officers: list[list[str]]
    information_unit: list[str]
    registrar: str
    accounts: list[AccountPlan] = field(default_factory=list)

    def names(self) -> dict[str, str]:
        return {p.person_id: p.name for p in self.people}


def department_count(people: int, accounts: int) -> int:
    """As many departments as leave each a manager and at least two officers."""
    return max(1, min(len(DEPARTMENTS), (people - 2) // 3, accounts))


def draw_people(
    rng: random.Random, ids: Ids, count: int, departments: int, start: date, today: date
) -> Town:
    """``count`` people: the user, the managers, the information unit, a registrar, officers.

    With very few people the information unit and the registrar are officers too.
    """
    names: list[str] = []
    taken: set[str] = set()
    while len(names) < count:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        if name not in taken:
            taken.add(name)
            names.append(name)
    slots = [[Role.MANAGER]] * (departments - 1) + [
        [Role.INFORMATION_UNIT],
        [Role.INFORMATION_UNIT],
        [Role.REGISTRAR],
    ]
    own = min(len(slots), max(0, count - 2 * departments))  # leave two officers each
    roles: list[set[Role]] = [{Role.OFFICER, Role.DEPUTY, Role.MANAGER}]
    roles += [set(slot) for slot in slots[:own]]
    roles += [{Role.OFFICER, Role.DEPUTY} for _ in range(count - 1 - own)]
    officers = [0, *range(1 + own, count)]
    for number, slot in enumerate(slots[own:]):  # too few people: officers double up
        roles[officers[1 + number % (len(officers) - 1)]].update(slot)
    person_ids = [ids() for _ in range(count)]
    emails: set[str] = set()
    people = []
    recorded = at(start, 8, 5)
    for number, (name, held) in enumerate(zip(names, roles, strict=True)):
        local = email_local_part(name)
        email, suffix = f"{local}@{MAIL_DOMAIN}", 2
        while email in emails:
            email, suffix = f"{local}{suffix}@{MAIL_DOMAIN}", suffix + 1
        emails.add(email)
        people.append(
            Person(
                id=ids(),
                person_id=person_ids[number],
                name=name,
                email=email,
                roles=frozenset(held),
                recorded_at=recorded,
                recorded_by=person_ids[0],
            )
        )
    by_department: list[list[str]] = [[] for _ in range(departments)]
    for number, index in enumerate(officers):
        by_department[number % departments].append(person_ids[index])
    return Town(
        start=start,
        today=today,
        people=people,
        me=person_ids[0],
        department_officers=by_department,
        information_unit=[p.person_id for p in people if Role.INFORMATION_UNIT in p.roles],
        registrar=next(p.person_id for p in people if Role.REGISTRAR in p.roles),
    )


def _weighted_platforms(pack: GuidelinePack) -> tuple[list[str], list[int]]:
    platforms = [p.id for p in pack.platforms if PLATFORM_WEIGHTS.get(p.id, 1) > 0]
    if not platforms:
        platforms = [p.id for p in pack.platforms]
    return platforms, [max(1, PLATFORM_WEIGHTS.get(p, 1)) for p in platforms]


def name_and_platform(
    rng: random.Random,
    department: int,
    number: int,
    platforms: Sequence[str],
    weights: Sequence[int],
    used: dict[str, set[str]],
) -> tuple[str, str]:
    """The ``number``-th account of a department, and its platform.

    The department's own names come first; then the same names on platforms
    they are not on yet (the library on Instagram as well as on Facebook);
    once a name is on every platform, numbered ones (``Kulturskolan 2``).
    """
    topics = DEPARTMENTS[department][1]
    topic = topics[number % len(topics)]
    on = used.setdefault(topic, set())
    if department == 0 and number == 0 and "facebook" in platforms:
        platform = "facebook"  # the city's own page, where most residents are
    else:
        free = [(p, w) for p, w in zip(platforms, weights, strict=True) if p not in on]
        if number >= len(topics) and not free:
            platform = rng.choices(platforms, weights)[0]
            return f"{topic} {number // len(topics) + 1}", platform
        pool = free if free else list(zip(platforms, weights, strict=True))
        platform = rng.choices([p for p, _ in pool], [w for _, w in pool])[0]
    on.add(platform)
    return topic, platform


def draw_accounts(
    rng: random.Random, ids: Ids, town: Town, pack: GuidelinePack, count: int, today: date
) -> None:
    """The register: ``count`` accounts spread over the departments, a few of them closed.

    The user's first account (they are its officer) and the first one they
    are deputy for stay open and date from before the period, so Today and
    the cover view have something to show.
    """
    platforms, weights = _weighted_platforms(pack)
    removable = {p.id: p.can_remove_others_posts for p in pack.platforms}
    departments = len(town.department_officers)
    start, span = town.start, (today - town.start).days
    recorded_by = town.information_unit[0]
    per_department = [0] * departments
    used: dict[str, set[str]] = {}
    kept: set[int] = set()
    for number in range(count):
        department = number % departments
        within = per_department[department]
        per_department[department] += 1
        officers = town.department_officers[department]
        officer = officers[within % len(officers)]
        if len(officers) > 1:
            deputies = [officers[(within - 1) % len(officers)]]
            if len(officers) > 2 and rng.random() < 0.4:
                deputies.append(officers[(within - 2) % len(officers)])
        else:  # a department of one: a deputy from another department
            others = [p for team in town.department_officers for p in team if p != officer]
            deputies = [rng.choice(others)] if others else []
        mine = department == 0 and within < 2
        if mine or rng.random() < 0.65:
            active_since = start - timedelta(days=rng.randint(30, 2500))
            recorded_at = at(start, 9, rng.randrange(60))
        else:
            active_since = start + timedelta(days=rng.randint(0, max(0, span - 60)))
            recorded_at = at(active_since - timedelta(days=rng.randint(0, 7)), 10)
            recorded_at = max(recorded_at, at(start, 9))
        name, platform = name_and_platform(rng, department, within, platforms, weights, used)
        slug = ascii_slug(name if MUNICIPALITY in name else f"{name} {MUNICIPALITY}")
        account = Account(
            id=ids(),
            account_id=ids(),
            platform=platform,
            name=name,
            url=ADDRESSES.get(platform, OTHER_ADDRESS).format(slug=slug),
            department=DEPARTMENTS[department][0],
            officer_ids=(officer,),
            deputy_ids=tuple(deputies),
            registrar_access=rng.random() < 0.9,
            active_since=active_since,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
        )
        town.accounts.append(
            AccountPlan(
                account=account,
                department=department,
                first_day=max(active_since, start),
                last_day=today,
                can_remove=removable.get(platform, True),
            )
        )
        if mine:
            kept.add(number)
    _close_a_few(rng, ids, town, kept)


def _close_a_few(rng: random.Random, ids: Ids, town: Town, kept: set[int]) -> None:
    """About one account in fifteen closed, each after at least three months of use."""
    plans = town.accounts
    latest = town.today - timedelta(days=10)
    candidates = [
        n
        for n, plan in enumerate(plans)
        if n not in kept and plan.first_day + timedelta(days=90) < latest
    ]
    closing = max(1, len(plans) // 15) if len(plans) >= 5 else 0
    for number in sorted(rng.sample(candidates, min(closing, len(candidates)))):
        plan = plans[number]
        earliest = plan.first_day + timedelta(days=90)
        closed_on = earliest + timedelta(days=rng.randint(0, (latest - earliest).days))
        first = plan.account
        plan.closed = Account(
            id=ids(),
            account_id=first.account_id,
            platform=first.platform,
            name=first.name,
            url=first.url,
            department=first.department,
            officer_ids=first.officer_ids,
            deputy_ids=first.deputy_ids,
            registrar_access=first.registrar_access,
            active_since=first.active_since,
            recorded_at=at(closed_on, 15, rng.randrange(60)),
            recorded_by=plan.officer,
            supersedes=first.id,
            closed_on=closed_on,
        )
        plan.last_day = closed_on - timedelta(days=1)


def accounts_of(plans: Sequence[AccountPlan], officer: str) -> list[AccountPlan]:
    return [plan for plan in plans if plan.officer == officer]
