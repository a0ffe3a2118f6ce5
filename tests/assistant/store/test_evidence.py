"""Evidence files: screenshots kept as proof, stored by their SHA-256, never overwritten."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from assistant.messages import UserError
from assistant.records import Evidence
from assistant.store.evidence import EvidenceStore, sha256_of
from tests.factories import FRIDAY, RECORDED_BY, at

SCREENSHOT = b"\x89PNG\r\n\x1a\n a screenshot of an insulting comment"
WHEN = at(FRIDAY, 10, 5)


@pytest.fixture
def evidence_store(data_dir: Path) -> EvidenceStore:
    return EvidenceStore(data_dir / "evidence")


def stored_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_a_screenshot_is_stored_under_its_sha256(evidence_store: EvidenceStore) -> None:
    kept = evidence_store.add_bytes(
        SCREENSHOT, "Skärmbild 2026-11-20.PNG", recorded_at=WHEN, recorded_by=RECORDED_BY
    )
    sha256 = hashlib.sha256(SCREENSHOT).hexdigest()
    expected = evidence_store.root / sha256[:2] / f"{sha256}.png"
    assert kept.sha256 == sha256
    assert kept.size == len(SCREENSHOT)
    assert kept.media_type == "image/png"
    assert kept.original_name == "Skärmbild 2026-11-20.PNG"
    assert (kept.recorded_at, kept.recorded_by) == (WHEN, RECORDED_BY)
    assert stored_files(evidence_store.root) == [expected]
    assert expected.read_bytes() == SCREENSHOT
    assert evidence_store.find(kept) == expected
    assert sha256_of(expected) == sha256


def test_a_file_is_copied_into_the_store_and_the_original_left_alone(
    evidence_store: EvidenceStore, tmp_path: Path
) -> None:
    source = tmp_path / "kommentar.jpg"
    source.write_bytes(SCREENSHOT)
    kept = evidence_store.add_file(source, recorded_at=WHEN, recorded_by=RECORDED_BY)
    assert kept.original_name == "kommentar.jpg"
    assert kept.media_type == "image/jpeg"
    found = evidence_store.find(kept)
    assert found is not None
    assert found.read_bytes() == SCREENSHOT
    assert source.read_bytes() == SCREENSHOT


def test_the_same_screenshot_twice_is_stored_once(evidence_store: EvidenceStore) -> None:
    first = evidence_store.add_bytes(
        SCREENSHOT, "first.png", recorded_at=WHEN, recorded_by=RECORDED_BY
    )
    second = evidence_store.add_bytes(
        SCREENSHOT, "second.png", recorded_at=WHEN, recorded_by=RECORDED_BY
    )
    assert first.sha256 == second.sha256
    assert len(stored_files(evidence_store.root)) == 1


def test_different_screenshots_are_stored_apart(evidence_store: EvidenceStore) -> None:
    one = evidence_store.add_bytes(SCREENSHOT, "a.png", recorded_at=WHEN, recorded_by=RECORDED_BY)
    other = evidence_store.add_bytes(
        SCREENSHOT + b"!", "b.png", recorded_at=WHEN, recorded_by=RECORDED_BY
    )
    assert one.sha256 != other.sha256
    assert len(stored_files(evidence_store.root)) == 2


def test_a_file_already_at_the_name_is_never_overwritten(evidence_store: EvidenceStore) -> None:
    sha256 = hashlib.sha256(SCREENSHOT).hexdigest()
    target = evidence_store.path_for(sha256, ".png")
    target.parent.mkdir(parents=True)
    target.write_bytes(b"what was there before")

    evidence_store.add_bytes(SCREENSHOT, "kommentar.png", recorded_at=WHEN, recorded_by=RECORDED_BY)

    assert target.read_bytes() == b"what was there before"
    assert stored_files(evidence_store.root) == [target]  # no temporary file left behind


def test_an_empty_file_is_refused(evidence_store: EvidenceStore, tmp_path: Path) -> None:
    empty = tmp_path / "tom.png"
    empty.write_bytes(b"")
    with pytest.raises(UserError) as refused:
        evidence_store.add_file(empty, recorded_at=WHEN, recorded_by=RECORDED_BY)
    assert "tom.png" in refused.value.render()
    assert "empty" in refused.value.render()
    assert stored_files(evidence_store.root) == []


def test_a_missing_file_is_refused_with_its_path(
    evidence_store: EvidenceStore, tmp_path: Path
) -> None:
    gone = tmp_path / "borttagen" / "skärmbild.png"
    with pytest.raises(UserError) as refused:
        evidence_store.add_file(gone, recorded_at=WHEN, recorded_by=RECORDED_BY)
    assert str(gone) in refused.value.render()
    assert "no longer exists" in refused.value.render()


def test_a_folder_chosen_instead_of_a_file_is_refused(
    evidence_store: EvidenceStore, tmp_path: Path
) -> None:
    with pytest.raises(UserError) as refused:
        evidence_store.add_file(tmp_path, recorded_at=WHEN, recorded_by=RECORDED_BY)
    assert str(tmp_path) in refused.value.render()


def test_a_stored_file_that_has_gone_missing_is_not_found(evidence_store: EvidenceStore) -> None:
    kept = evidence_store.add_bytes(
        SCREENSHOT, "kommentar.png", recorded_at=WHEN, recorded_by=RECORDED_BY
    )
    found = evidence_store.find(kept)
    assert found is not None
    found.unlink()
    assert evidence_store.find(kept) is None


@pytest.mark.parametrize(
    ("sha256", "original_name"),
    [
        ("../../../../home/asa/.ssh/id_ed25519", "x.png"),
        ("/etc/passwd", "x.png"),
        ("A" * 64, "x.png"),  # upper case: not a name Kontokoll writes
        ("ab" * 31, "x.png"),  # 62 digits
    ],
)
def test_a_name_that_is_no_sha256_never_becomes_a_path(
    tmp_path: Path, sha256: str, original_name: str
) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    record = Evidence(sha256, original_name, "image/png", 1, at(FRIDAY), "someone")
    assert store.find(record) is None
    with pytest.raises(ValueError, match="not an evidence file's name"):
        store.path_for(sha256)


def test_a_suffix_with_a_path_in_it_is_left_out_of_the_name(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    kept = store.add_bytes(
        b"a screenshot", "shot.png\\..\\..\\x", recorded_at=at(FRIDAY), recorded_by="someone"
    )
    path = store.find(kept)
    assert path is not None
    assert path.parent.parent == tmp_path / "evidence"
    assert path.name == kept.sha256


def test_a_file_called_a_pdf_that_is_not_one_is_refused(
    evidence_store: EvidenceStore, tmp_path: Path
) -> None:
    """A program renamed x.pdf would otherwise be kept as evidence and spread to the team."""
    fake = tmp_path / "skärmbild.pdf"
    fake.write_bytes(b"MZ\x90\x00" + bytes(2000))
    with pytest.raises(UserError, match="called a PDF but is not one"):
        evidence_store.add_file(fake, recorded_at=at(FRIDAY), recorded_by=RECORDED_BY)
    assert not any(evidence_store.root.rglob("*.pdf"))


def test_a_file_far_larger_than_a_screenshot_is_refused_without_being_read(
    evidence_store: EvidenceStore, tmp_path: Path
) -> None:
    video = tmp_path / "film.png"
    with video.open("wb") as out:
        out.truncate(200 * 1024 * 1024)  # sparse: takes no room, and is never read
    with pytest.raises(UserError, match="200 MB; a screenshot of a post is far smaller"):
        evidence_store.add_file(video, recorded_at=at(FRIDAY), recorded_by=RECORDED_BY)
