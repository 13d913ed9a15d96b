"""A customer's recent no-shows, shown in the editor and in the customers dialog."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from appointments_desktop import Status
from appointments_desktop.ui.dialogs import CustomersDialog
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.gui.editor_support import child, open_editor
from tests.gui.manage_support import Opener, choose, label
from tests.unit.storage_support import give_status

TOMORROW_9 = datetime(2026, 11, 26, 9, 0)


def past_visits(shop: Shop, statuses: list[Status]) -> None:
    """Give José one past appointment per status, a week apart, the last one yesterday."""
    for weeks_ago, status in enumerate(reversed(statuses)):
        start = NOW - timedelta(days=1, weeks=weeks_ago)
        give_status(shop.book(start, customer=shop.jose), status)


def test_the_editor_warns_of_a_customers_recent_no_shows(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    # Seven past visits: the oldest no-show falls outside the last six.
    plan = [Status.NO_SHOW, Status.COMPLETED, Status.NO_SHOW, Status.COMPLETED]
    plan += [Status.NO_SHOW, Status.COMPLETED, Status.COMPLETED]
    past_visits(shop, plan)
    future = shop.book(TOMORROW_9, customer=shop.jose)
    dialog = open_editor(qtbot, operations, future)

    warning = child(dialog, QLabel, "customerHistoryLabel")
    assert warning.isVisible()
    assert warning.text() == "2 no-shows in the last 6 appointments"


def test_the_editor_says_nothing_for_a_customer_without_no_shows(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    past_visits(shop, [Status.COMPLETED, Status.CANCELLED])
    give_status(shop.book(NOW - timedelta(days=3), customer=shop.zoe), Status.NO_SHOW)
    dialog = open_editor(qtbot, operations, shop.book(TOMORROW_9, customer=shop.jose))

    assert not child(dialog, QLabel, "customerHistoryLabel").isVisible()


def test_choosing_another_customer_in_the_editor_shows_their_record(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    give_status(shop.book(NOW - timedelta(days=3), customer=shop.zoe), Status.NO_SHOW)
    dialog = open_editor(qtbot, operations, shop.book(TOMORROW_9, customer=shop.jose))
    warning = child(dialog, QLabel, "customerHistoryLabel")
    assert not warning.isVisible()

    dialog.form.customer.set_customer(shop.zoe)

    assert warning.isVisible()
    assert warning.text() == "Did not come to their only past appointment"


def test_the_customers_dialog_shows_the_no_show_record(
    qtbot: QtBot, open_dialog: Opener, shop: Shop
) -> None:
    past_visits(shop, [Status.NO_SHOW, Status.COMPLETED, Status.COMPLETED])
    dialog = open_dialog(CustomersDialog)

    choose(qtbot, dialog, "José")
    assert label(dialog, "noShowHistoryLabel").text() == "1 no-show in the last 3 appointments"
    choose(qtbot, dialog, "Kim")
    assert label(dialog, "noShowHistoryLabel").text() == "No past appointments"
