"""Work done off the GUI thread, its outcome handed back to the GUI thread.

Writing a file (a calendar, a review) or reading a damaged log can take
seconds; the GUI thread must not wait for it. :func:`run_off_thread` runs the
work on a worker and calls ``done`` with its result, or ``failed`` with the
:class:`~assistant.messages.UserError` to show, on the GUI thread. A fault (a
bug) is logged and comes to ``failed`` as a message too, so no screen is
left saying "Saving…" for ever. Should ``parent`` be gone by then (the
window closed), nobody is told; ``abandoned`` gets the result to clean up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

from assistant.messages import UserError, fault

T = TypeVar("T")


class _Relay(QObject):
    """Carries the worker's outcome back to the GUI thread (it lives there)."""

    done = Signal(object)
    failed = Signal(object)


def run_off_thread(
    parent: QObject,
    work: Callable[[], T],
    done: Callable[[T], object],
    failed: Callable[[UserError], object],
    *,
    abandoned: Callable[[T], object] = lambda _result: None,
) -> None:
    """Run ``work`` on a worker of the global thread pool; tell ``done`` or ``failed`` after."""
    relay = _Relay(parent)
    relay.done.connect(done)
    relay.done.connect(relay.deleteLater)
    relay.failed.connect(failed)
    relay.failed.connect(relay.deleteLater)

    def run() -> None:
        try:
            result = work()
        except UserError as error:
            _tell(relay.failed.emit, error)
            return
        except Exception as error:  # a fault: said, never a screen left waiting
            logging.getLogger(__name__).exception("Work off the GUI thread failed")
            _tell(relay.failed.emit, fault(error))
            return
        if not _tell(relay.done.emit, result):
            abandoned(result)

    QThreadPool.globalInstance().start(run)


def _tell(emit: Callable[[object], object], value: object) -> bool:
    """Emit ``value``; False when the relay is gone with its parent (nobody is left)."""
    try:
        emit(value)
    except RuntimeError:
        return False
    return True
