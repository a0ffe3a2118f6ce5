"""Taking a screenshot as evidence the way people do: paste it, drop it, capture a screen.

Whatever the way, the picture lands in the evidence store as a real file, the
preview shows all of it, and a link to it that the computer cannot open says
where the file is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import RemovalAction
from assistant.rules.daily_check import CheckEntry, RemovalEntry
from assistant.workspace import recording
from tests.factories import FRIDAY
from tests.ui.helpers import child, choose_file, click, picture, workspace_of
from tests.ui.test_dialogs import open_removal, register_account
from ui.checks.removal_dialog import RemovalDialog
from ui.common.capture import ConfirmCaptureDialog
from ui.common.evidence_links import open_link
from ui.common.picture_view import RegionPicture
from ui.window.main_window import MainWindow


def _image(width: int, height: int, colour: str = "#cc3344") -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def _stored(window: MainWindow, removal: RemovalDialog) -> QImage:
    assert removal.screenshot is not None
    stored = workspace_of(window).evidence.find(removal.screenshot)
    assert stored is not None
    assert stored.is_file()
    return QImage(str(stored))


def _shows_all_of(preview: QLabel, width: int, height: int) -> None:
    shown = preview.pixmap()
    assert not shown.isNull()
    size = shown.deviceIndependentSize()
    assert abs(size.width() / size.height() - width / height) < 0.05
    room = preview.contentsRect()
    assert size.width() <= room.width() + 1
    assert size.height() <= room.height() + 1


def test_a_screenshot_pasted_from_the_clipboard_is_kept_as_evidence(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    register_account(window, clock)
    _check, removal = open_removal(qtbot, window)
    QApplication.clipboard().setImage(_image(320, 200))
    click(qtbot, removal, "pasteScreenshot")

    stored = _stored(window, removal)
    assert (stored.width(), stored.height()) == (320, 200)
    assert removal.screenshot is not None
    assert removal.screenshot.original_name.endswith(".png")


def test_ctrl_v_in_the_removal_dialog_pastes_the_screenshot(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    register_account(window, clock)
    _check, removal = open_removal(qtbot, window)
    QApplication.clipboard().setImage(_image(300, 180, "#2277aa"))
    removal.activateWindow()
    qtbot.waitUntil(removal.isActiveWindow)
    ground = child(removal, QComboBox, "removalGround")
    ground.setFocus()
    qtbot.keyClick(ground, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    stored = _stored(window, removal)
    assert stored.pixelColor(10, 10) == QColor("#2277aa")


def test_nothing_to_paste_says_how_to_take_a_screenshot(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    register_account(window, clock)
    _check, removal = open_removal(qtbot, window)
    QApplication.clipboard().setText("bara text")
    click(qtbot, removal, "pasteScreenshot")

    assert removal.screenshot is None
    assert "Win+Shift+S" in child(removal, QLabel, "removalProblem").text()


def test_a_picture_file_dropped_on_the_dialog_is_attached(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, tmp_path: Path
) -> None:
    register_account(window, clock)
    _check, removal = open_removal(qtbot, window)
    dropped = picture(tmp_path / "inlagg.png", "#118844")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    where = QPoint(removal.width() // 2, removal.height() // 2)
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(removal, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(where),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(removal, drop)

    assert _stored(window, removal).pixelColor(5, 5) == QColor("#118844")
    assert workspace_of(window).evidence.find(removal.screenshot).read_bytes() == (  # type: ignore[union-attr, arg-type]
        dropped.read_bytes()
    )


def test_the_preview_shows_the_whole_picture_scaled(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_account(window, clock)
    _check, removal = open_removal(qtbot, window)
    preview = child(removal, QLabel, "removalPreview")
    for width, height in ((1600, 300), (400, 1400)):
        path = tmp_path / f"bild-{width}x{height}.png"
        assert _image(width, height).save(str(path))
        choose_file(monkeypatch, path)
        click(qtbot, removal, "attachScreenshot")
        _shows_all_of(preview, width, height)
        # Also once the dialog is made larger.
        removal.resize(removal.width() + 200, removal.height() + 150)
        qtbot.wait(10)
        _shows_all_of(preview, width, height)


def test_the_capture_to_confirm_is_shown_whole(qtbot: QtBot) -> None:
    screen = QPixmap.fromImage(_image(2560, 1440))
    confirm = ConfirmCaptureDialog(screen)
    qtbot.addWidget(confirm)
    confirm.show()
    qtbot.waitExposed(confirm)
    picture = child(confirm, RegionPicture, "capturePicture")
    shown = picture.shown_rect()
    assert abs(shown.width() / shown.height() - 2560 / 1440) < 0.01
    assert picture.rect().toRectF().contains(shown)
    assert confirm.kept().size() == screen.size()

    # Dragging over the left half keeps the left half.
    left = shown.toRect()
    left.setWidth(left.width() // 2)
    qtbot.mousePress(picture, Qt.MouseButton.LeftButton, pos=left.topLeft())
    qtbot.mouseMove(picture, left.bottomRight())
    qtbot.mouseRelease(picture, Qt.MouseButton.LeftButton, pos=left.bottomRight())
    kept = confirm.kept()
    assert abs(kept.width() - 1280) <= 4
    assert abs(kept.height() - 1440) <= 4


def test_a_screenshot_no_program_can_open_says_where_it_is(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    account = register_account(window, clock)
    workspace = workspace_of(window)
    kept = recording.keep_bytes(workspace, b"\x89PNG not really", "inlagg.png", clock.now())
    ground = next(g for g in workspace.pack.removal_grounds if not g.needs_diary_number)
    removal = RemovalEntry(ground.id, RemovalAction.DELETED, "Kommentar 12:04", "", kept)
    entry = CheckEntry(
        account.account_id, FRIDAY, account.officer_ids[0], ("posts",), removals=(removal,)
    )
    recording.log_check(workspace, entry, clock.now())
    opened: list[QUrl] = []

    def no_viewer(url: QUrl) -> bool:
        opened.append(url)
        return False

    box = open_link(window, workspace, QUrl(f"evidence:{kept.sha256}"), opener=no_viewer)
    assert opened
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "evidenceNotOpenedBox"
    stored = workspace.evidence.find(kept)
    assert stored is not None
    assert str(stored) in box.text()
    box.close()


def test_ctrl_v_in_the_post_field_pastes_a_screenshot_but_text_stays_text(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    register_account(window, clock)
    _check, removal = open_removal(qtbot, window)
    removal.activateWindow()
    qtbot.waitUntil(removal.isActiveWindow)
    post = child(removal, QLineEdit, "removalPost")
    post.setFocus()
    QApplication.clipboard().setImage(_image(300, 180, "#884422"))
    qtbot.keyClick(post, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert _stored(window, removal).pixelColor(10, 10) == QColor("#884422")
    assert post.text() == ""

    QApplication.clipboard().setText("https://www.facebook.com/lidingostad/posts/1")
    qtbot.keyClick(post, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert post.text() == "https://www.facebook.com/lidingostad/posts/1"


def test_a_picture_far_too_large_to_be_a_screenshot_is_refused_not_decoded(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, tmp_path: Path
) -> None:
    """A real PNG header on 200 MB: only its head is read to tell it is a picture."""
    register_account(window, clock)
    _check, removal = open_removal(qtbot, window)
    huge = picture(tmp_path / "enorm.png", "#118844")
    with huge.open("r+b") as out:
        out.truncate(200 * 1024 * 1024)  # sparse: no room taken
    removal.picker.attach_file(huge)

    assert removal.screenshot is None
    assert "200 MB" in child(removal, QLabel, "removalProblem").text()
