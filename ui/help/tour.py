"""The introduction after the first start: a few pages on My day, the check and the duties.

For an account officer or deputy it tells what My day is, how the daily
check goes and what the recurring duties are; for the information unit it
ends with the way to set Kontokoll up for the city (import the register,
choose the team folder, hand out roles), each step with a button that takes
them there. It is not modal, and can be closed at any page.

Signals (IntroductionDialog):
    importRequested(): take me to the register, to import it.
    teamFolderRequested(): take me to the team folder in the settings.
    rolesRequested(): take me to the roles in the settings.
    helpRequested(): open the help.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.records import Role
from ui.common.widgets import named

MOST_PAGES = 5


def page_names(roles: Iterable[Role]) -> list[str]:
    """Which pages a person with ``roles`` is shown, in order (at most five)."""
    held = set(roles)
    pages = []
    checks = bool(held & {Role.OFFICER, Role.DEPUTY}) or not held & {
        Role.MANAGER,
        Role.INFORMATION_UNIT,
    }
    pages += ["my_day", "check", "duties"] if checks else ["overview"]
    if Role.MANAGER in held:
        pages.append("review")
    if Role.INFORMATION_UNIT in held:
        pages.append("setup")
    pages.append("help")
    while len(pages) > MOST_PAGES:  # the duties are in the help too
        pages.remove("review" if "review" in pages else "duties")
    return pages


class IntroductionDialog(QDialog):
    importRequested = Signal()
    teamFolderRequested = Signal()
    rolesRequested = Signal()
    helpRequested = Signal()

    def __init__(self, roles: Iterable[Role], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("introductionDialog")
        self.setWindowTitle(self.tr("Introduction to Kontokoll"))
        self.setModal(False)
        self.names = page_names(roles)
        self.pages = named(QStackedWidget(), "introductionPages")
        for name in self.names:
            self.pages.addWidget(self._page(name))
        self.counter = named(QLabel(), "introductionCounter")
        self.back = named(QPushButton(self.tr("&Previous")), "introductionBack")
        self.back.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next = named(QPushButton(self.tr("&Next")), "introductionNext")
        self.next.clicked.connect(lambda: self.go(self.pages.currentIndex() + 1))
        self.close_button = named(QPushButton(self.tr("&Close")), "introductionClose")
        self.close_button.clicked.connect(self.accept)
        for button in (self.back, self.next, self.close_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.counter)
        row.addStretch()
        row.addWidget(self.back)
        row.addWidget(self.next)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(row)
        self.resize(580, 300)
        self.go(0)

    def current_page(self) -> str:
        return self.names[self.pages.currentIndex()]

    def go(self, index: int) -> None:
        """Turn to page ``index`` (kept within the pages)."""
        index = max(0, min(index, len(self.names) - 1))
        self.pages.setCurrentIndex(index)
        last = index == len(self.names) - 1
        self.counter.setText(
            self.tr("Page {page} of {pages}").format(page=index + 1, pages=len(self.names))
        )
        self.back.setEnabled(index > 0)
        self.next.setEnabled(not last)
        (self.close_button if last else self.next).setDefault(True)
        (self.next if last else self.close_button).setDefault(False)

    def _page(self, name: str) -> QWidget:
        title, text = self._texts()[name]
        page = named(QWidget(), f"introduction_{name}")
        layout = QVBoxLayout(page)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        if name == "setup":
            for label, object_name, signal in (
                (self.tr("1. &Import the register…"), "setupImport", self.importRequested),
                (
                    self.tr("2. Choose the &team folder…"),
                    "setupTeamFolder",
                    self.teamFolderRequested,
                ),
                (self.tr("3. Hand out &roles…"), "setupRoles", self.rolesRequested),
            ):
                button = named(QPushButton(label), object_name)
                button.setAutoDefault(False)
                button.clicked.connect(signal)
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        if name == "help":
            button = named(QPushButton(self.tr("Open the &help")), "introductionHelp")
            button.setAutoDefault(False)
            button.clicked.connect(self.helpRequested)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        return page

    def _texts(self) -> dict[str, tuple[str, str]]:
        return {
            "my_day": (
                self.tr("This is My day"),
                self.tr(
                    "My day lists the accounts you are to check today: your own, and those "
                    "you cover for a colleague who is away. A checked account is marked as "
                    "done. Below them are the other duties and the checklists under way. "
                    "When you will be away, record it under Covering, so that your deputy "
                    "sees your accounts."
                ),
            ),
            "check": (
                self.tr("The daily check"),
                self.tr(
                    "Every working day, go through the account's posts, comments and "
                    "messages. Answer questions, forward cases to the right person, and "
                    "forward direct messages to the registrar: they are public records. "
                    "Take a screenshot before you delete anything. Then log the check with "
                    "Log check… (Ctrl+L)."
                ),
            ),
            "duties": (
                self.tr("The other duties"),
                self.tr(
                    "Every quarter the account's content is culled, and in March and "
                    "October the information unit documents every account with a "
                    "screenshot. Kontokoll reminds you when a duty is due, at the top of "
                    "the window and in the system tray, and keeps when it was done."
                ),
            ),
            "overview": (
                self.tr("This is Kontokoll"),
                self.tr(
                    "Kontokoll keeps the log of the city's social media accounts: the daily "
                    "checks, what was removed and why, the checklists for opening and "
                    "closing an account, and the recurring duties. The Register lists every "
                    "account with its address and responsible officer."
                ),
            ),
            "review": (
                self.tr("The review"),
                self.tr(
                    "As a manager you follow the daily checks under Review: per account, "
                    "person and period, with missed and late days. Save it as a PDF to "
                    "print and sign."
                ),
            ),
            "setup": (
                self.tr("Set Kontokoll up for the city"),
                self.tr(
                    "As the information unit you make Kontokoll ready in three steps: "
                    "import the city's register of accounts from a CSV file, choose a team "
                    "folder every workstation can reach, and grant colleagues their roles "
                    "once they have asked for them."
                ),
            ),
            "help": (
                self.tr("Help is always near"),
                self.tr(
                    "Press F1 on any screen to read about it in the help: the daily "
                    "routine, each screen, the keyboard shortcuts and what each duty means "
                    "in the rules. You can see this introduction again under Help → Show "
                    "the introduction again."
                ),
            ),
        }
