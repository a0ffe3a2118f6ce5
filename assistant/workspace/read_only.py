"""What a person is told of a log open read-only: how much could be read, and what to do.

The window's banner, the command line and the review's files say it in the
same words, made here from what the copy found
(:class:`~assistant.store.salvage.ReadableCopy`).
"""

from __future__ import annotations

from assistant.messages import QT_TRANSLATE_NOOP, Counted, Message
from assistant.store.salvage import ReadableCopy

_CONTEXT = "ReadOnly"
ReadOnly = Counted("ReadOnly")
"""Its texts with a count: pyside6-lupdate reads ``ReadOnly.tr(...)`` as context ReadOnly."""


def _say(template: str, **values: object) -> Message:
    return Message(_CONTEXT, template, values)


def what_was_read(found: ReadableCopy) -> Message:
    """One or two sentences: that the log is read-only, and how much of it could be read."""
    if not found.damaged:
        return ReadOnly.tr(
            "Read-only: the log in {path} is open to look at and export only. "
            "It holds %n records (daily checks: {checks}).",
            "",
            found.facts,
            path=str(found.source),
            checks=found.checks,
        )
    if found.more_may_be_lost and found.lost:
        lost = ReadOnly.tr(
            "%n records the log knows of could not be read, and parts of the file "
            "could not be read at all, so more may be missing.",
            "",
            found.lost,
        )
    elif found.more_may_be_lost:
        lost = _say(
            QT_TRANSLATE_NOOP(
                "ReadOnly",
                "Parts of the file could not be read at all, so records may be missing.",
            )
        )
    elif found.lost:
        lost = ReadOnly.tr("%n records the log knows of could not be read.", "", found.lost)
    else:
        lost = _say(QT_TRANSLATE_NOOP("ReadOnly", "No record the log knows of was lost."))
    return ReadOnly.tr(
        "Read-only: the database {path} is damaged. Kontokoll read %n records from it "
        "(daily checks: {checks}). {lost}",
        "",
        found.facts,
        path=str(found.source),
        checks=found.checks,
        lost=lost,
    )


def what_to_do(found: ReadableCopy) -> Message:
    """What the person can do here, and how to record again."""
    if not found.damaged:
        return _say(
            QT_TRANSLATE_NOOP(
                "ReadOnly",
                "Nothing can be recorded here. Start Kontokoll without --read-only to record.",
            )
        )
    return _say(
        QT_TRANSLATE_NOOP(
            "ReadOnly",
            "You can look at the log and save the review; nothing can be recorded, and the "
            "damaged file is left as it is. To record again, restore the database from a "
            "backup, or ask IT for help, then start Kontokoll as usual.",
        )
    )


def review_note(found: ReadableCopy | None) -> Message | None:
    """What a review made from a damaged log says of it, so nobody takes it for the whole log."""
    if found is None or not found.damaged:
        return None
    if not (found.lost or found.more_may_be_lost):
        return _say(
            QT_TRANSLATE_NOOP(
                "ReadOnly",
                "Made from a read-only copy of a damaged log; every record the log knows of "
                "could be read.",
            )
        )
    if found.more_may_be_lost:
        return ReadOnly.tr(
            "Made from a read-only copy of a damaged log: %n records could not be read, and "
            "more may be missing, so a day shown as missed may have been checked.",
            "",
            found.lost,
        )
    return ReadOnly.tr(
        "Made from a read-only copy of a damaged log: %n records could not be read, so a "
        "day shown as missed may have been checked.",
        "",
        found.lost,
    )


def nothing_recorded() -> Message:
    """What a person is told who tries to record in a log open read-only: the store's own words."""
    from assistant.store.connection import StorageError, Trouble, not_saved

    return not_saved(StorageError("read-only", Trouble.READ_ONLY)).message
