"""Opening an account's page on its platform in the web browser, from My day.

The browser is reached through an opener (Qt's ``QDesktopServices.openUrl`` in
the app, a stand-in in tests). When there is no address, or the browser cannot
be opened, a message says so and names the address, so it can be copied.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from assistant.records import Account

UrlOpener = Callable[[QUrl], bool]
"""Opens an address in the web browser; False when it could not."""


def desktop_opener(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def open_web_page(parent: QWidget, account: Account, open_url: UrlOpener) -> bool:
    """Open ``account``'s address in the browser; say why not (naming it) when that fails."""
    address = account.url.strip()
    url = QUrl.fromUserInput(address) if address else QUrl()
    if url.isValid() and not url.isEmpty() and open_url(url):
        return True
    if not address:
        text = QCoreApplication.translate(
            "WebPage",
            "“{account}” has no web address in the register. Add it by editing the "
            "account in the register.",
        ).format(account=account.name)
    else:
        text = QCoreApplication.translate(
            "WebPage",
            "The web browser could not open {address}. Copy the address and open it "
            "in the browser yourself, or check it in the register.",
        ).format(address=address)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("WebPage", "The account's page did not open"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("webPageProblem")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return False
