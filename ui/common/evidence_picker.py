"""A screenshot or file kept as evidence: paste it, drop it, attach a file, or capture a screen.

Used wherever proof is asked for: a removed post, a checklist step. A
screenshot taken with the computer's own tool (Win+Shift+S on Windows) is
pasted with Ctrl+V or *Paste*; a picture file is dropped on the picker (or on
the whole dialog, see :meth:`EvidencePicker.serve_window`) or chosen with
*Attach file*; *Capture screen* grabs the screen the dialog is on, or the one
the person chooses when there are several. The file is stored in the
evidence folder (by its SHA-256) the moment it is chosen; the record of it is
saved with whatever it proves. The preview shows the whole picture, scaled.

Signals:
    chosen(Evidence): a file was stored and is now the picker's evidence.
    problem(str): what went wrong, in the user's language, and what to do.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock
from assistant.messages import UserError
from assistant.records import Evidence
from ui.common.capture import (
    ConfirmCaptureDialog,
    ScreenCapturer,
    png_bytes,
    screen_label,
    screens_for,
)
from ui.common.i18n import translate
from ui.common.picture_view import ScaledPicture
from ui.common.widgets import named

if TYPE_CHECKING:
    from assistant.workspace.data_folder import Workspace


class EvidencePicker(QWidget):
    chosen = Signal(object)
    problem = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        names: tuple[str, str, str] = ("evidencePreview", "attachFile", "captureScreen"),
        parent: QWidget | None = None,
        capture_delay_ms: int | None = None,
        recorded_by: str | None = None,
        paste_name: str = "pasteScreenshot",
    ) -> None:
        """``names`` are the object names of the preview, the file button and the capture
        button; ``paste_name`` the paste button's."""
        super().__init__(parent)
        self.workspace = workspace
        self.clock = clock
        self.recorded_by = recorded_by
        """Whose proof the files are; None: the workstation's user."""
        self.evidence: Evidence | None = None
        self.capturer = (
            ScreenCapturer(parent=self)
            if capture_delay_ms is None
            else ScreenCapturer(capture_delay_ms, self)
        )
        self.capturer.captured.connect(self._confirm_capture)
        preview_name, attach_name, capture_name = names

        self.preview = named(
            ScaledPicture(
                self.tr(
                    "No screenshot yet. Paste one (Ctrl+V), drop a picture here or attach a file."
                )
            ),
            preview_name,
        )
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(120)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        paste = named(QPushButton(self.tr("Pa&ste")), paste_name)
        paste.setAutoDefault(False)
        paste.setToolTip(
            self.tr(
                "Paste a screenshot from the clipboard (Ctrl+V): take it with Win+Shift+S, "
                "mark the post, then paste it here."
            )
        )
        paste.clicked.connect(self.paste)
        self._paste_keys = QShortcut(QKeySequence.StandardKey.Paste, self)
        self._paste_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._paste_keys.activated.connect(self.paste)
        self.setAcceptDrops(True)
        attach = named(QPushButton(self.tr("Attach &file…")), attach_name)
        attach.setAutoDefault(False)
        attach.clicked.connect(lambda: self.attach_file())
        capture = named(QPushButton(self.tr("&Capture screen")), capture_name)
        capture.setAutoDefault(False)
        capture.setToolTip(
            self.tr(
                "Kontokoll hides itself, takes a picture of the screen it is on (or the one you "
                "choose) and shows it to you; you may keep only part of it."
            )
        )
        self.capture_button = capture
        capture.clicked.connect(self.capture)
        buttons = QHBoxLayout()
        buttons.addWidget(paste)
        buttons.addWidget(attach)
        buttons.addWidget(capture)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)

    def attach_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose the screenshot"),
                str(Path.home()),
                self.tr(
                    "Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;PDF (*.pdf);;All files (*)"
                ),
            )
            if not chosen:
                return
            path = Path(chosen)
        # Only the file's head is read to tell a picture; it is decoded for the preview once
        # kept, so a file too large to be a screenshot is refused before it is read at all.
        if not QImageReader(str(path)).canRead() and path.suffix.lower() != ".pdf":
            self.problem.emit(
                self.tr(
                    "{name} is not a picture. Attach a screenshot (PNG, JPEG and the like) "
                    "or a PDF."
                ).format(name=path.name)
            )
            return
        from assistant.workspace.recording import keep_file

        try:
            evidence = keep_file(self.workspace, path, self.clock.now(), self.recorded_by)
        except UserError as error:
            self.problem.emit(error.render(translate))
            return
        self._use(evidence, QPixmap(str(path)))

    def show_kept(self, evidence: Evidence | None) -> None:
        """Show evidence chosen earlier (such as a step saved before)."""
        if evidence is None:
            return
        from assistant.workspace.reading import stored_file

        path = stored_file(self.workspace, evidence)
        self._use(evidence, QPixmap(str(path)) if path else QPixmap(), announce=False)

    def _confirm_capture(self, pixmap: QPixmap) -> None:
        if pixmap.isNull():
            self.problem.emit(
                self.tr(
                    "The screen could not be captured on this computer. Take a screenshot "
                    "with the computer's own tool and attach it as a file."
                )
            )
            return
        dialog = ConfirmCaptureDialog(pixmap, self)
        dialog.accepted.connect(lambda: self._keep_picture(dialog.kept()))
        dialog.open()

    def _keep_picture(self, pixmap: QPixmap) -> None:
        """Keep a captured, pasted or dropped picture as a PNG file of evidence."""
        from assistant.workspace.recording import keep_bytes

        now = self.clock.now()
        stamp = now.strftime("%Y%m%d-%H%M%S")
        try:
            name = f"skarmbild-{stamp}.png"
            evidence = keep_bytes(self.workspace, png_bytes(pixmap), name, now, self.recorded_by)
        except UserError as error:
            self.problem.emit(error.render(translate))
            return
        self._use(evidence, pixmap)

    # -- capture, paste and drop ------------------------------------------------

    def capture(self) -> QMenu | None:
        """Capture the screen this window is on; with several screens, ask which first.

        Returns the menu of screens when one is shown."""
        screens = screens_for(self)
        if len(screens) <= 1:
            self.capturer.start(screens[0] if screens else None)
            return None
        menu = QMenu(self)
        menu.setObjectName("captureScreens")
        for number, screen in enumerate(screens, start=1):
            action = menu.addAction(screen_label(screen, number, here=number == 1))
            action.triggered.connect(lambda _=False, s=screen: self.capturer.start(s))
        menu.setActiveAction(menu.actions()[0])
        menu.popup(self.capture_button.mapToGlobal(QPoint(0, self.capture_button.height())))
        return menu

    def paste(self) -> None:
        """Take the screenshot (or picture file) on the clipboard as the evidence."""
        if not self._take(QApplication.clipboard().mimeData()):
            self.problem.emit(
                self.tr(
                    "There is no picture on the clipboard. Take a screenshot of the post first "
                    "(on Windows: Win+Shift+S and mark the post), then paste it here with Ctrl+V."
                )
            )

    def serve_window(self, window: QWidget) -> None:
        """Let Ctrl+V and a dropped picture anywhere in ``window`` reach this picker.

        For a dialog with one picker, such as a removal's, once its fields are in
        place: in a text field Ctrl+V pastes a picture here and text into the field."""
        self._paste_keys.setParent(window)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        for field in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and event.matches(QKeySequence.StandardKey.Paste)
            and _picture_only(QApplication.clipboard().mimeData())
        ):
            # Left to the shortcut: the field would paste nothing (or a file's path).
            event.ignore()
            return True
        if isinstance(event, QDropEvent):  # a QDragEnterEvent or QDragMoveEvent too
            if not self._takes(event.mimeData()):
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self._take(event.mimeData())
            return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._takes(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._takes(event.mimeData()):
            event.acceptProposedAction()
            self._take(event.mimeData())

    @staticmethod
    def _files(data: QMimeData | None) -> list[Path]:
        if data is None or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def _takes(self, data: QMimeData | None) -> bool:
        return data is not None and (data.hasImage() or bool(self._files(data)))

    def _take(self, data: QMimeData | None) -> bool:
        """Keep the first file, else the picture, that ``data`` holds; False if none."""
        files = self._files(data)
        if files:
            self.attach_file(files[0])
            return True
        if data is None or not data.hasImage():
            return False
        image = data.imageData()
        pixmap = QPixmap.fromImage(image) if isinstance(image, QImage) else QPixmap(image)
        if pixmap.isNull():
            return False
        self._keep_picture(pixmap)
        return True

    def _use(self, evidence: Evidence, pixmap: QPixmap, announce: bool = True) -> None:
        self.evidence = evidence
        self.preview.show_picture(pixmap)
        if pixmap.isNull():
            self.preview.setText(evidence.original_name)
        self.preview.setToolTip(evidence.original_name)
        if announce:
            self.chosen.emit(evidence)


def _picture_only(data: QMimeData | None) -> bool:
    """Whether the clipboard holds a picture (or picture files) and no text of its own."""
    if data is None:
        return False
    files = data.hasUrls() and all(url.isLocalFile() for url in data.urls())
    return (data.hasImage() or files) and not (data.hasText() and not files)
