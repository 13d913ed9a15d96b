"""The customer field: type part of a name, phone number or email, choose from the matches.

Matching is the core's :func:`~appointments_desktop.storage.search.search_customers` (case-
and accent-insensitive, fast with many customers), shown in a completer popup that works
from the keyboard: type, Down, Enter (or click).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from appointments_desktop.domain.text import fold
from appointments_desktop.i18n import _
from appointments_desktop.storage.models import Customer
from appointments_desktop.storage.search import search_customers

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def customer_text(customer: Customer) -> str:
    """How a customer reads in the list of matches: the name and a way to reach them."""
    contact = customer.phone or customer.email
    if not contact:
        return str(customer.name)
    return _("{name} · {contact}").format(name=customer.name, contact=contact)


class CustomerField(QLineEdit):
    """Finds and chooses an existing customer.

    Promises: :meth:`customer_id` is set only by choosing a match (from the list, or by
    typing a name that exactly one match has); editing the text clears the choice.
    ``customer_changed`` is emitted whenever the choice changes.
    """

    customer_changed = Signal()
    MATCH_LIMIT = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerField")
        self.setPlaceholderText(_("Type a name, phone number or email"))
        self.setClearButtonEnabled(True)
        self._customer_id: int | None = None
        self.matches = QStandardItemModel(self)
        self.match_completer = QCompleter(self.matches, self)
        self.match_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.match_completer.setWidget(self)
        self.match_completer.popup().setObjectName("customerMatches")
        self.match_completer.activated[QModelIndex].connect(self._choose_match)
        self.textEdited.connect(self._search)
        self.editingFinished.connect(self._choose_exact_match)

    def customer_id(self) -> int | None:
        """The chosen customer's id, or None while none is chosen."""
        return self._customer_id

    def set_customer(self, customer: Customer | None) -> None:
        """Show and choose ``customer`` (None clears the field)."""
        self.setText(str(customer.name) if customer is not None else "")
        self._set_id(customer.id if customer is not None else None)

    def _set_id(self, customer_id: int | None) -> None:
        if customer_id != self._customer_id:
            self._customer_id = customer_id
            self.customer_changed.emit()

    def _search(self, text: str) -> None:
        self._set_id(None)
        self.matches.clear()
        if text.strip():
            for customer in search_customers(text, self.MATCH_LIMIT):
                item = QStandardItem(customer_text(customer))
                item.setData(customer.id, ID_ROLE)
                item.setData(str(customer.name), NAME_ROLE)
                self.matches.appendRow(item)
        if self.matches.rowCount():
            self.match_completer.complete()
        else:
            self.match_completer.popup().hide()

    def _choose_match(self, index: QModelIndex) -> None:
        self.setText(str(index.data(NAME_ROLE)))
        self._set_id(int(index.data(ID_ROLE)))
        self.match_completer.popup().hide()

    def _choose_exact_match(self) -> None:
        if self._customer_id is not None or not self.text().strip():
            return
        wanted = fold(self.text().strip())
        rows = [
            self.matches.index(row, 0)
            for row in range(self.matches.rowCount())
            if fold(str(self.matches.index(row, 0).data(NAME_ROLE))) == wanted
        ]
        if len(rows) == 1:
            self._choose_match(rows[0])
