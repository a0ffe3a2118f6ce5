"""Swedish is complete: every visible string has a translation, and the shipped .qm is current."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
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
