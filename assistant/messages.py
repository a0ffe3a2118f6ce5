"""Translatable messages raised by the core.

The core cannot use Qt's ``tr()``, yet every error a user can cause must reach
them in their language. Core code marks its texts with ``QT_TRANSLATE_NOOP``,
which ``pyside6-lupdate`` extracts into the same ``.ts`` files as the UI's
strings, and raises a :class:`UserError` carrying a :class:`Message`. The edges
(the UI, the command line) translate the template and fill in the values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


class Translate(Protocol):
    """``translate(context, source_text, n)``: what the edges pass in. ``n`` is the count
    a text with ``%n`` is for (Qt picks the plural form and writes the number); None for a
    text without one. :func:`ui.common.i18n.translate` is Qt's; :func:`untranslated` the
    English source."""

    def __call__(self, context: str, text: str, n: int | None = None, /) -> str: ...


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by pyside6-lupdate; returns it unchanged."""
    return text


def untranslated(context: str, text: str, n: int | None = None, /) -> str:
    """The identity translation: the English source text (with its count written in)."""
    return text if n is None else text.replace("%n", str(n))


class Counted:
    """The texts of one translation context that hold a count: ``Counted("Cli")``.

    ``Cli.tr("Imported %n accounts from {file}.", "", count, file=name)`` is read by
    pyside6-lupdate, as it reads a widget's ``tr``, as a text of context ``Cli`` with
    plural forms (one account, two accounts); it makes the :class:`Message`, whose
    ``%n`` becomes the count in the form the language asks for. Never "account(s)".
    """

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, template: str, disambiguation: str, count: int, **values: Any) -> Message:
        del disambiguation  # always "": there for lupdate, which reads the call's shape
        return Message(self.context, template, values, count)


@dataclass(frozen=True)
class Message:
    """A text for a person: a translation context, an English template, values, and for a
    text with ``%n`` (see :class:`Counted`) the count that picks its plural form."""

    context: str
    template: str
    values: Mapping[str, Any] = field(default_factory=dict)
    count: int | None = None

    def render(self, translate: Translate = untranslated) -> str:
        values = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.values.items()
        }
        if self.count is None:
            text = translate(self.context, self.template)
        else:
            text = translate(self.context, self.template, self.count)
        return text.format(**values)

    def __str__(self) -> str:
        return self.render()


class UserError(Exception):
    """An error a person can cause and mend: shown to them, not a bug.

    ``field`` names what a person entered that is wrong ("post", "diary_number",
    "account", …) where there is one such thing, so a form can take them to it.
    """

    def __init__(self, message: Message, *details: Message, field: str = "") -> None:
        super().__init__(str(message))
        self.message = message
        self.details: tuple[Message, ...] = details
        self.field = field

    def render(self, translate: Translate = untranslated) -> str:
        lines = [self.message.render(translate)]
        lines.extend(detail.render(translate) for detail in self.details)
        return "\n".join(lines)


def fault(error: BaseException) -> UserError:
    """What to tell a person when work failed on a fault in Kontokoll, not on their input.

    Used where work runs off the GUI thread, so that a fault is said rather
    than leaving a screen waiting for an answer that never comes.
    """
    return UserError(
        Message(
            "Faults",
            QT_TRANSLATE_NOOP(
                "Faults",
                "Kontokoll ran into a fault of its own ({reason}), so this was not done. "
                "Nothing saved was changed. Try again; if it happens again, please report "
                "it to whoever supports Kontokoll.",
            ),
            {"reason": f"{type(error).__name__}: {error}"},
        )
    )
