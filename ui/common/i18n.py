"""Choosing and installing the user's language.

Swedish is the first language, English the second. The system locale picks
one unless the settings name it. Our own strings come from
``resources/i18n/kontokoll_<lang>.qm``; Qt's standard buttons from Qt's own
translations.

Before any Qt application exists (the command line reads its options before it
knows whether a window will open) :func:`translator_for` gives a ``translate``
of the chosen language from a translator installed nowhere.
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from assistant.messages import Translate, untranslated
from assistant.settings import LANGUAGES, Settings


def choose_language(settings: Settings, system: QLocale | None = None) -> str:
    if settings.language in LANGUAGES:
        return settings.language
    locale = system or QLocale.system()
    return "en" if locale.language() == QLocale.Language.English else "sv"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; keep the returned list alive."""
    translators: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    own = _own_translator(language, app)
    if own is not None:
        translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
            QLocale.Country.Sweden,
        )
    )
    return translators


def _own_translator(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """Our strings in ``language``, from ``resources/i18n/kontokoll_<lang>.qm``; None without it."""
    own = QTranslator(parent)
    resource = files("resources") / "i18n" / f"kontokoll_{language}.qm"
    with as_file(resource) as path:
        if path.is_file() and own.load(str(path)):
            return own
    return None


def translator_for(language: str) -> Translate:
    """A ``translate`` in ``language`` that needs no application and installs nothing.

    For the command line's help and errors, said before (or without) any Qt
    application: a text the translations lack is given as written.
    """
    own = _own_translator(language)

    def translated(context: str, text: str, n: int | None = None, /) -> str:
        said = own.translate(context, text, None, -1 if n is None else n) if own else ""
        if not said:
            return untranslated(context, text, n)
        return said if n is None else said.replace("%n", str(n))

    return translated


def translate(context: str, text: str, n: int | None = None, /) -> str:
    """Qt's translation, in the shape the core's messages ask for; with a count ``n``, the
    plural form for it, its ``%n`` written as the number."""
    if n is None:
        return QCoreApplication.translate(context, text)
    return QCoreApplication.translate(context, text, None, n)
