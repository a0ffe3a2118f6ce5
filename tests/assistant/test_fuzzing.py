"""Any bytes as a CSV register or a guideline pack: an answer naming the problem, never a crash.

Hypothesis writes the files. Some are near a real register or pack (a real
one with bytes changed, lines cut, brackets and quotes put in); some are
noise. Each is read as the app reads it; the only outcome allowed besides
success is the :class:`~assistant.messages.UserError` or
:class:`~assistant.pack.errors.PackError` that the person is shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.messages import UserError
from assistant.pack.errors import PackError
from assistant.pack.reader import default_pack, default_pack_path, parse_pack
from assistant.rules.accounts import url_problem
from assistant.rules.csv_import import plan_import
from tests.factories import FRIDAY, RECORDED_BY, at

REGISTER = (
    "plattform;namn;adress;förvaltning;ansvarig;ersättare;aktiv_sedan\n"
    "facebook;Lidingö stad;https://www.facebook.com/lidingostad;Kommunstyrelsen;"
    "Åsa Öberg <asa.oberg@lidingo.se>;Per Ek;2024-03-01\n"
    "instagram;Lidingö bibliotek;instagram.com/lidingobibliotek;Kultur;Per Ek;;2023-01-15\n"
).encode()
SHIPPED_PACK = default_pack_path().read_bytes()
_SPICE = st.sampled_from(
    [b"[", b"]", b"{", b"}", b'"', b"'", b";", b",", b"\n", b"\r", b"\x00", b"\xff", b"=", b"\\"]
)


@st.composite
def near(draw: st.DrawFn, real: bytes) -> bytes:
    """``real`` with a few cuts, changed bytes and inserted brackets or quotes."""
    data = bytearray(real)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at_ = draw(st.integers(0, len(data) - 1))
        choice = draw(st.integers(0, 3))
        if choice == 0:
            data[at_ : at_ + draw(st.integers(1, 40))] = b""
        elif choice == 1:
            data[at_] = draw(st.integers(0, 255))
        else:
            data[at_:at_] = draw(_SPICE) * draw(st.integers(1, 3))
    return bytes(data)


def files_like(real: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(near(real), st.binary(max_size=400))


_FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_FUZZ
@given(files_like(REGISTER))
@example(REGISTER.replace(b"https://www.facebook.com/lidingostad", b"https://[facebook"))
@example(REGISTER.replace(b"instagram.com/", b"instagram.com]/"))
@example(REGISTER.decode().encode("cp1252"))
@example(b"\xef\xbb\xbf" + REGISTER)
def test_any_bytes_as_a_register_give_an_answer(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "konton.csv"
    path.write_bytes(data)
    said = ""
    try:
        plan_import(
            path,
            default_pack(),
            {},
            {},
            recorded_at=at(FRIDAY),
            recorded_by=RECORDED_BY,
            today=FRIDAY,
        )
    except UserError as error:
        said = str(error.message)
    else:
        said = "imported"
    assert said


@_FUZZ
@given(files_like(SHIPPED_PACK))
@example(b"a = " + b"[" * 5000 + b"]" * 5000)
@example(b"x = " + b"{a = " * 3000 + b"1" + b"}" * 3000)
@example(SHIPPED_PACK * 60)
def test_any_bytes_as_a_pack_give_an_answer(data: bytes) -> None:
    said = ""
    try:
        parse_pack(data, Path("kommun.toml"))
    except PackError as error:
        said = str(error)
    else:
        said = "read"
    assert said


@pytest.mark.parametrize(
    "typed", ["https://[facebook.com", "facebook.com]/lidingo", "https://[x", "[", "]"]
)
def test_an_address_with_a_stray_bracket_is_not_a_web_address(typed: str) -> None:
    problem = url_problem(typed)
    assert problem is not None
    assert "is not a web address" in str(problem)


def test_an_address_with_brackets_in_its_path_is_one() -> None:
    assert url_problem("https://www.facebook.com/groups/[lidingo]") is None
