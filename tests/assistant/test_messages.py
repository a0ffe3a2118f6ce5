"""Messages from the core reach the user in their language, details included."""

from __future__ import annotations

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError, untranslated

SWEDISH = {
    ("CsvImport", "Nothing was imported from {file}."): "Inget importerades från {file}.",
    ("CsvImport", "Row {row}, column {column}: {problem}"): "Rad {row}, kolumn {column}: {problem}",
    ("CsvImport", "the account's name is empty."): "kontots namn är tomt.",
}


class Recorder:
    """A translation into Swedish that remembers what it was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def __call__(self, context: str, text: str, n: int | None = None, /) -> str:
        self.asked.append((context, text))
        return SWEDISH.get((context, text), text)


def empty_name(row: int) -> Message:
    return Message(
        "CsvImport",
        "Row {row}, column {column}: {problem}",
        {
            "row": row,
            "column": "namn",
            "problem": Message("CsvImport", "the account's name is empty."),
        },
    )


def test_a_message_is_translated_and_then_filled_in() -> None:
    message = Message("CsvImport", "Nothing was imported from {file}.", {"file": "konton.csv"})
    assert message.render(Recorder()) == "Inget importerades från konton.csv."
    assert message.render() == "Nothing was imported from konton.csv."
    assert str(message) == "Nothing was imported from konton.csv."


def test_a_message_inside_a_message_is_translated_the_same_way() -> None:
    swedish = Recorder()
    assert empty_name(3).render(swedish) == "Rad 3, kolumn namn: kontots namn är tomt."
    assert ("CsvImport", "the account's name is empty.") in swedish.asked


def test_values_are_not_translated() -> None:
    message = Message("CsvImport", "Nothing was imported from {file}.", {"file": "Row {row}"})
    swedish = Recorder()
    assert message.render(swedish) == "Inget importerades från Row {row}."
    assert swedish.asked == [("CsvImport", "Nothing was imported from {file}.")]


def test_a_user_error_shows_its_message_and_then_each_detail_on_its_own_line() -> None:
    error = UserError(
        Message("CsvImport", "Nothing was imported from {file}.", {"file": "konton.csv"}),
        empty_name(3),
        empty_name(5),
    )
    assert error.render(Recorder()) == (
        "Inget importerades från konton.csv.\n"
        "Rad 3, kolumn namn: kontots namn är tomt.\n"
        "Rad 5, kolumn namn: kontots namn är tomt."
    )
    assert str(error) == "Nothing was imported from konton.csv."
    assert len(error.details) == 2


def test_a_user_error_without_details_is_one_line() -> None:
    error = UserError(Message("Storage", "The database is busy."))
    assert error.render() == "The database is busy."
    assert error.details == ()


def test_marking_a_text_for_translation_leaves_it_unchanged() -> None:
    assert QT_TRANSLATE_NOOP("Cli", "{date} is a working day.") == "{date} is a working day."
    assert untranslated("Cli", "not checked") == "not checked"
