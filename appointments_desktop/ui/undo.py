"""Undo and redo in the window: every recorded write becomes a command on a ``QUndoStack``.

:class:`Operations` records each booking, edit, move, resize and status action it writes
(when it has a stack) and pushes a :class:`RecordedChange`; :class:`UndoCommands` keeps the
window's Undo and Redo commands in step with the stack. The core does the writing
(:mod:`appointments_desktop.services.history`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from appointments_desktop.domain.errors import EditConflict, SchedulingConflict
from appointments_desktop.i18n import _
from appointments_desktop.services.history import Change, ChangeKind
from appointments_desktop.ui import messages
from appointments_desktop.ui.events import AppEvents


def save_label(change: Change) -> str:
    """The name of a recorded save, as the Edit menu shows it ("Undo Move appointment")."""
    labels = {
        ChangeKind.BOOKED: _("Book appointment"),
        ChangeKind.MOVED: _("Move appointment"),
        ChangeKind.RESIZED: _("Change duration"),
        ChangeKind.EDITED: _("Edit appointment"),
    }
    return labels[change.kind]


class RecordedChange(QUndoCommand):
    """One write made in the window, pushed onto the stack after it was written.

    Promises: the first :meth:`redo` (``QUndoStack.push`` calls it) writes nothing; every
    later undo or redo is one transaction and then one ``appointments_changed`` notice. One
    refused because the appointment was changed since (on another desk) writes nothing,
    tells the user, and leaves the stack (it becomes obsolete, so Qt drops it and the
    commands around it stay usable; each of those checks its own appointment again).
    """

    def __init__(
        self, label: str, change: Change, events: AppEvents, clock: Callable[[], datetime]
    ) -> None:
        super().__init__(label)
        self.change = change
        self._events = events
        self._clock = clock
        self._written = False

    def undo(self) -> None:
        """Put the appointment back as it was before the write."""
        message = _("Cannot undo “{action}”: the appointment was changed since.")
        self._step(self.change.undo, message)

    def redo(self) -> None:
        """Write the change again (the first call, on push, does nothing)."""
        if not self._written:
            self._written = True
            return
        message = _("Cannot redo “{action}”: the appointment was changed since.")
        self._step(self.change.redo, message)

    def _step(self, step: Callable[..., None], message: str) -> None:
        try:
            self._step_asking(step)
        except EditConflict:
            self.setObsolete(True)
            self._tell_refused(message.format(action=self.text()))
            return
        except SchedulingConflict:
            self.setObsolete(True)  # the user kept the other booking: nothing was written
            return
        self._events.appointments_changed.emit()

    def _step_asking(self, step: Callable[..., None]) -> None:
        """Run ``step``; if it would double-book, ask first, as a move in the window does."""
        try:
            step(self._clock())
        except SchedulingConflict as conflict:
            # The editor package imports the operations, which import this module.
            from appointments_desktop.ui.editor.conflicts import ask_book_anyway  # noqa: PLC0415

            if not ask_book_anyway(QApplication.activeWindow(), conflict.conflicts):
                raise
            step(self._clock(), allow_conflicts=True)

    def _tell_refused(self, text: str) -> None:
        informative = _(
            "Someone else changed or deleted it after you. Nothing was changed: "
            "the appointment stays as it is now."
        )
        title = _("Not possible any more")
        messages.show_error(QApplication.activeWindow(), title, text, informative)


class UndoCommands(QObject):
    """The window's Undo and Redo commands over its ``QUndoStack``.

    Promises: each is enabled exactly when the stack can undo (redo) and names what it
    would take back ("Undo Confirm"); triggering it undoes (redoes) one command. It follows
    the stack through the stack's signals and their arguments only, so the stack may be
    destroyed before or after the window.
    """

    def __init__(self, stack: QUndoStack, undo: QAction, redo: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self._stack = stack
        self._undo = undo
        self._redo = redo
        undo.triggered.connect(self.undo)
        redo.triggered.connect(self.redo)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(self._name_undo)
        stack.redoTextChanged.connect(self._name_redo)
        self.update()

    def undo(self) -> None:
        """Undo the last command, if any."""
        self._stack.undo()
        self.update()  # a refused command leaves the stack without a signal

    def redo(self) -> None:
        """Redo the last undone command, if any."""
        self._stack.redo()
        self.update()

    def update(self) -> None:
        """Show the stack's state now."""
        self._undo.setEnabled(self._stack.canUndo())
        self._redo.setEnabled(self._stack.canRedo())
        self._name_undo(self._stack.undoText())
        self._name_redo(self._stack.redoText())

    @Slot(str)
    def _name_undo(self, name: str) -> None:
        # Translators: {action} names the change, such as "Move appointment" or "Confirm".
        _name(self._undo, _("&Undo {action}").format(action=name) if name else _("&Undo"))

    @Slot(str)
    def _name_redo(self, name: str) -> None:
        _name(self._redo, _("&Redo {action}").format(action=name) if name else _("&Redo"))


def _name(action: QAction, text: str) -> None:
    action.setText(text)
    action.setToolTip(text.replace("&", ""))
