"""The buttons of a record dialog and where everything sits.

The list with Add and Delete under it sits on the left; the form with Deactivate and Save
under it on the right (a splitter between them); Close at the bottom. Ctrl+N adds, Ctrl+S
saves and Ctrl+F goes to the filter, as in other desktop programs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from appointments_desktop.i18n import _
from appointments_desktop.ui.dialogs.form import RecordForm
from appointments_desktop.ui.dialogs.record_list import RecordList

DEFAULT_SIZE = (860, 520)
LIST_SHARE = (2, 3)
"""How the width is shared between the list and the form, at first and when resized."""


class DialogButtons:
    """Add, Save, Deactivate/Reactivate, Delete and Close, enabled to match the form.

    Deactivate is hidden for records without an active flag (customers).
    """

    def __init__(self, *, deactivating: bool) -> None:
        self.add = _button(_("&Add"), "addButton", QKeySequence.StandardKey.New)
        self.save = _button(_("&Save"), "saveButton", QKeySequence.StandardKey.Save)
        self.deactivate = _button(_("Deac&tivate"), "deactivateButton")
        self.deactivate.setVisible(deactivating)
        self.delete = _button(_("&Delete…"), "deleteButton")
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close = self.box.button(QDialogButtonBox.StandardButton.Close)
        self.close.setObjectName("closeButton")
        for button in (self.add, self.deactivate, self.delete, self.close):
            button.setAutoDefault(False)
        self.save.setDefault(True)  # Enter in a field saves

    def show_state(self, *, can_save: bool, stored: bool, active: bool, delete_tip: str) -> None:
        """Enable what applies: Save for valid edits, the rest for a stored record.

        Delete stays enabled for a record in use (it then says why it refuses); ``delete_tip``
        says beforehand how many appointments refer to the record.
        """
        self.save.setEnabled(can_save)
        self.delete.setEnabled(stored)
        self.delete.setToolTip(delete_tip)
        self.deactivate.setEnabled(stored)
        self.deactivate.setText(_("Deac&tivate") if active or not stored else _("Reac&tivate"))


def _button(text: str, name: str, key: QKeySequence.StandardKey | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if key is not None:
        button.setShortcut(QKeySequence(key))
        shortcut = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(
            _("{action} ({shortcut})").format(action=text.replace("&", ""), shortcut=shortcut)
        )
    return button


def lay_out(dialog: QDialog, records: RecordList, form: RecordForm, buttons: DialogButtons) -> None:
    """Place the list, the form and the buttons in ``dialog``."""
    splitter = QSplitter(Qt.Orientation.Horizontal, objectName="recordSplitter")
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(_panel(records, [buttons.add, buttons.delete], None, (0, 0, 6, 0)))
    splitter.addWidget(_panel(form, [buttons.deactivate], buttons.save, (12, 0, 0, 0)))
    for index, share in enumerate(LIST_SHARE):
        splitter.setStretchFactor(index, share)
    splitter.setSizes([DEFAULT_SIZE[0] * share // sum(LIST_SHARE) for share in LIST_SHARE])
    layout = QVBoxLayout(dialog)
    layout.addWidget(splitter, 1)
    layout.addWidget(buttons.box)
    buttons.box.rejected.connect(dialog.reject)
    QShortcut(QKeySequence(QKeySequence.StandardKey.Find), dialog, records.filter.setFocus)
    dialog.resize(*DEFAULT_SIZE)


def _panel(
    content: QWidget,
    left: list[QPushButton],
    right: QPushButton | None,
    margins: tuple[int, int, int, int],
) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(*margins)
    layout.addWidget(content, 1)
    row = QHBoxLayout()
    for button in left:
        row.addWidget(button)
    row.addStretch(1)
    if right is not None:
        row.addWidget(right)
    layout.addLayout(row)
    return panel
