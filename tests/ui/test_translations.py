"""Swedish is complete: every visible string has a translation, and the shipped .qm is current."""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations  # noqa: E402


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate makes them from the code now, merged with the committed ones."""
    folder = tmp_path_factory.mktemp("i18n")
    for ts in I18N.glob("*.ts"):
        shutil.copy(ts, folder / ts.name)
    update_translations.update(folder)
    return folder


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            missing.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if not all(t.strip() for t in texts):
            missing.append(source)
    return missing


def test_every_string_in_the_code_has_a_swedish_translation(refreshed: Path) -> None:
    missing = unfinished(refreshed / "kontokoll_sv.ts")
    assert missing == [], (
        "Translate these in resources/i18n/kontokoll_sv.ts "
        "(python scripts/update_translations.py adds them):\n" + "\n".join(missing)
    )


def test_english_plural_forms_are_written(refreshed: Path) -> None:
    assert unfinished(refreshed / "kontokoll_en.ts") == []


def test_the_committed_ts_files_match_the_code(refreshed: Path) -> None:
    for ts in ("kontokoll_sv.ts", "kontokoll_en.ts"):
        assert (refreshed / ts).read_text("utf-8") == (I18N / ts).read_text("utf-8"), (
            f"{ts} is out of date: run python scripts/update_translations.py"
        )


def test_the_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    update_translations.release(I18N, tmp_path)
    for qm in ("kontokoll_sv.qm", "kontokoll_en.qm"):
        assert (tmp_path / qm).read_bytes() == (I18N / qm).read_bytes(), (
            f"{qm} is stale: run python scripts/update_translations.py"
        )


def test_the_app_speaks_swedish(qapp: QApplication) -> None:
    from ui.common.i18n import install_translators

    translators = install_translators(qapp, "sv")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
        assert QCoreApplication.translate("Labels", "Missed") == "Missad"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


_PARENTHESISED = re.compile(r"\w\((?:s|es|n|na|ar|er|or|en)\)")


def _texts(ts: Path) -> Iterator[tuple[str, str]]:
    """Each message's source and every text of its translation."""
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        yield source, source
        translation = message.find("translation")
        if translation is not None:
            forms = translation.findall("numerusform") or [translation]
            yield from ((source, form.text or "") for form in forms)


def test_no_text_writes_a_plural_in_parentheses(refreshed: Path) -> None:
    """Never "account(s)" or "konto(n)": a count is said with Qt's plural forms (%n)."""
    found = [
        f"{source!r}: {text!r}"
        for ts in ("kontokoll_sv.ts", "kontokoll_en.ts")
        for source, text in _texts(refreshed / ts)
        if _PARENTHESISED.search(text)
    ]
    assert found == []


def test_every_text_with_a_count_has_its_plural_forms(refreshed: Path) -> None:
    """A %n text lupdate did not take as a plural ("1 dates") is found here."""
    root = ET.parse(refreshed / "kontokoll_sv.ts").getroot()
    single = [
        message.findtext("source") or ""
        for message in root.iter("message")
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert single == [], "Write these with self.tr(text, '', n) or a Counted context"


def _calls_lupdate_misreads(path: Path) -> Iterator[str]:
    """The translation calls in a module that pyside6-lupdate cannot read as they run.

    ``x.tr(…)`` is read with the context "x": only ``self`` (whose class names it) and a
    :class:`~assistant.messages.Counted` bound to a name equal to its context are right.
    ``QCoreApplication.translate`` with a count is read without plural forms.
    """
    tree = ast.parse(path.read_text("utf-8"))
    counted = {
        node.targets[0].id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and getattr(node.value.func, "id", "") == "Counted"
        and isinstance(node.targets[0], ast.Name)
        and [getattr(a, "value", None) for a in node.value.args] in ([node.targets[0].id],)
    }
    counted |= {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name in {"Cli"}
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        receiver = node.func.value
        if node.func.attr == "tr" and not (
            isinstance(receiver, ast.Name) and receiver.id in {"self", *counted}
        ):
            yield f"{path.name}:{node.lineno}: {ast.unparse(node.func)}(…)"
        if (
            node.func.attr == "translate"
            and isinstance(receiver, ast.Name)
            and receiver.id == "QCoreApplication"
            and any(isinstance(a, ast.Constant) and "%n" in str(a.value) for a in node.args)
        ):
            yield f"{path.name}:{node.lineno}: QCoreApplication.translate with %n"


def test_every_translation_call_is_one_lupdate_reads_as_it_runs() -> None:
    """A text lupdate files under the wrong context, or without its plural forms, is shown
    in English in the Swedish build however well it is translated."""
    found = [
        problem
        for package in ("assistant", "ui")
        for path in sorted((ROOT / package).rglob("*.py"))
        for problem in _calls_lupdate_misreads(path)
    ]
    assert found == []
