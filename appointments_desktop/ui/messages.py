"""Asking and telling the user in message boxes, worded the same way everywhere.

Every box has a window title, a main sentence that says what happened (or what is about to
happen) and, where useful, a second one that says what to do. Buttons carry verbs ("Cancel
appointment", "Keep it") rather than Yes/No, so the choice reads without the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from appointments_desktop.i18n import _


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    accept_label: str,
    *,
    informative: str = "",
) -> bool:
    """Ask before doing something; returns whether the user chose ``accept_label``.

    The safe answer (reject) is the default button and what Escape chooses.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    box.setObjectName("confirmBox")
    box.setInformativeText(informative)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    accept.setObjectName("confirmAccept")
    reject = box.addButton(_("Go back"), QMessageBox.ButtonRole.RejectRole)
    reject.setObjectName("confirmReject")
    box.setDefaultButton(reject)
    box.setEscapeButton(reject)
    _plain_text(box)
    keep_readable_width(box)
    box.exec()
    return box.clickedButton() is accept


def show_error(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    """Tell the user that something was refused or failed, and (informative) what to do."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.setObjectName("errorBox")
    box.setInformativeText(informative)
    _plain_text(box)
    keep_readable_width(box)
    box.exec()


def _plain_text(box: QMessageBox) -> None:
    """Show names and notes as typed: "<b>" in a customer's name is not markup."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if label is not None:
        label.setTextFormat(Qt.TextFormat.PlainText)


def keep_readable_width(box: QMessageBox, characters: int = 90) -> None:
    """Make ``box`` wide enough for lines of about ``characters`` before they wrap.

    A message box sizes itself to its shortest line, so a list of appointments wrapped
    inside names; a minimum width on its text labels sets a floor.
    """
    width = box.fontMetrics().averageCharWidth() * characters
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, name)
        if label is not None:
            label.setMinimumWidth(width)
