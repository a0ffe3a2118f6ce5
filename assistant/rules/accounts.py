"""The account register: what a valid account entry is, and who it names.

Shared by the account dialog and the CSV import, so both accept and refuse
the same things with the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from urllib.parse import urlsplit

from assistant.messages import QT_TRANSLATE_NOOP, Message
from assistant.records import Account, Person, Role, new_id

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class AccountDraft:
    """What a person typed for an account, before it becomes a record."""

    platform: str
    name: str
    url: str
    department: str
    officer_ids: tuple[str, ...]
    deputy_ids: tuple[str, ...]
    registrar_access: bool
    active_since: date
    planned: bool = False
    """A new account, opened through the checklists: its address may come later."""


def _problem(template: str, **values: object) -> Message:
    return Message("Accounts", template, values)


def normalise_url(text: str) -> str:
    """The address with ``https://`` added when no scheme was typed."""
    text = text.strip()
    if text and "://" not in text:
        text = "https://" + text
    return text


def url_key(url: str) -> str:
    """An address reduced to what makes it the same account."""
    key = url.strip().casefold().rstrip("/")
    for prefix in ("https://", "http://", "www."):
        key = key.removeprefix(prefix)
    return key


def url_problem(text: str) -> Message | None:
    """Why an address is not a usable web address, or None when it is."""
    if not text.strip():
        return _problem(QT_TRANSLATE_NOOP("Accounts", "Enter the account's web address."))
    try:
        parts = urlsplit(normalise_url(text))
        host = parts.hostname or ""
    except ValueError:  # a bracket that opens no IPv6 address: "https://[x"
        parts, host = urlsplit(""), ""
    if (
        parts.scheme not in ("http", "https")
        or "." not in host
        or any(c.isspace() or ord(c) < 32 for c in text.strip())
        or host.startswith(".")
        or host.endswith(".")
    ):
        return _problem(
            QT_TRANSLATE_NOOP(
                "Accounts",
                "“{text}” is not a web address. Write it like "
                "https://www.facebook.com/lidingostad.",
            ),
            text=text.strip(),
        )
    return None


def draft_problems(
    draft: AccountDraft,
    platform_ids: Iterable[str],
    register: Mapping[str, Account],
    editing: str | None = None,
) -> list[Message]:
    """What is wrong with an account entry; ``editing`` is the account it changes, if any."""
    problems: list[Message] = []
    if draft.platform not in set(platform_ids):
        problems.append(
            _problem(
                QT_TRANSLATE_NOOP("Accounts", "Choose the platform the account is on."),
            )
        )
    if not draft.name.strip():
        problems.append(_problem(QT_TRANSLATE_NOOP("Accounts", "Enter the account's name.")))
    url = None if draft.planned and not draft.url.strip() else url_problem(draft.url)
    if url:
        problems.append(url)
    elif draft.url.strip():
        twin = next(
            (
                a
                for a in register.values()
                if a.account_id != editing and url_key(a.url) == url_key(draft.url)
            ),
            None,
        )
        if twin is not None:
            problems.append(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "Accounts",
                        "The account “{name}” already has this web address. Open that "
                        "account instead of adding it again.",
                    ),
                    name=twin.name,
                )
            )
    return problems


def new_account(draft: AccountDraft, *, recorded_at: datetime, recorded_by: str) -> Account:
    account = _record(draft, new_id(), None, recorded_at, recorded_by)
    return replace(account, planned=draft.planned)


def changed_account(
    previous: Account, draft: AccountDraft, *, recorded_at: datetime, recorded_by: str
) -> Account:
    """A new version of an account that supersedes ``previous``.

    Where the account stands in its life is not the register's to change: a
    planned account stays planned, from the day it was planned, until the
    checklists open it.
    """
    account = _record(draft, previous.account_id, previous.id, recorded_at, recorded_by)
    active_since = previous.active_since if previous.planned else account.active_since
    return replace(
        account, planned=previous.planned, closed_on=previous.closed_on, active_since=active_since
    )


def _record(
    draft: AccountDraft,
    account_id: str,
    supersedes: str | None,
    recorded_at: datetime,
    recorded_by: str,
) -> Account:
    return Account(
        id=new_id(),
        account_id=account_id,
        platform=draft.platform,
        name=draft.name.strip(),
        url=normalise_url(draft.url),
        department=draft.department.strip(),
        officer_ids=draft.officer_ids,
        deputy_ids=draft.deputy_ids,
        registrar_access=draft.registrar_access,
        active_since=draft.active_since,
        supersedes=supersedes,
        recorded_at=recorded_at,
        recorded_by=recorded_by,
    )


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


class PeopleFinder:
    """Finds people by e-mail or name, creating a record for anyone not yet known."""

    def __init__(
        self, people: Mapping[str, Person], *, recorded_at: datetime, recorded_by: str
    ) -> None:
        self._by_key: dict[str, str] = {}
        for person in people.values():
            self._by_key[person.name.casefold()] = person.person_id
            if person.email:
                self._by_key[person.email.casefold()] = person.person_id
        self.recorded_at = recorded_at
        self.recorded_by = recorded_by
        self.created: list[Person] = []

    def person_id(self, text: str) -> str:
        key = text.strip().casefold()
        found = self._by_key.get(key)
        if found:
            return found
        email = text.strip() if is_email(text) else ""
        person = Person(
            id=new_id(),
            person_id=new_id(),
            name=text.strip(),
            email=email,
            roles=frozenset(),
            recorded_at=self.recorded_at,
            recorded_by=self.recorded_by,
        )
        self.created.append(person)
        self._by_key[key] = person.person_id
        return person.person_id


def workstation_user(
    people: Mapping[str, Person],
    name: str,
    email: str,
    roles: frozenset[Role],
    recorded_at: datetime,
) -> Person:
    """The record for whoever introduces themselves at first start.

    Someone already named in the register (by an import, or as a deputy) is the
    same person: matched by e-mail, else by a name without another e-mail, they
    get a new version of their record rather than a second record.
    """
    name, email = name.strip(), email.strip()

    def same(person: Person) -> bool:
        if person.email:
            return person.email.casefold() == email.casefold()
        return person.name.casefold() in (name.casefold(), email.casefold())

    known = next((p for p in people.values() if same(p)), None)
    person_id = known.person_id if known else new_id()
    return Person(
        id=new_id(),
        person_id=person_id,
        name=name,
        email=email,
        roles=roles,
        recorded_at=recorded_at,
        recorded_by=person_id,
        supersedes=known.id if known else None,
    )
