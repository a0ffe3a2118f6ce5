"""Refresh the translation sources and compile them: ``python scripts/update_translations.py``.

Runs pyside6-lupdate over every Python file in assistant/ and ui/ into
resources/i18n/kontokoll_sv.ts (all strings) and kontokoll_en.ts (plural forms
only: English is the source language), then pyside6-lrelease to .qm files.
Translate the new entries in kontokoll_sv.ts (Qt Linguist, or any editor)
before committing; tests/ui/test_translations.py fails until every one is done.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for package in ("assistant", "ui")
        for path in (ROOT / package).rglob("*.py")
    )


def update(ts_dir: Path = I18N) -> None:
    files = sources()
    lupdate = tool("pyside6-lupdate")
    options = ["-locations", "none", "-no-obsolete"]
    subprocess.run(
        [
            lupdate,
            *options,
            "-target-language",
            "sv_SE",
            *files,
            "-ts",
            str(ts_dir / "kontokoll_sv.ts"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            lupdate,
            *options,
            "-source-language",
            "en",
            "-target-language",
            "en",
            "-pluralonly",
            *files,
            "-ts",
            str(ts_dir / "kontokoll_en.ts"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def release(ts_dir: Path = I18N, qm_dir: Path = I18N) -> None:
    lrelease = tool("pyside6-lrelease")
    for language in ("sv", "en"):
        subprocess.run(
            [
                lrelease,
                str(ts_dir / f"kontokoll_{language}.ts"),
                "-qm",
                str(qm_dir / f"kontokoll_{language}.qm"),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    update()
    release()
