"""Layouts stay usable when every string is 40% longer, as German ones are.

Each window is built after its language is active, as at start-up: a pseudo translation
(:class:`LongTranslations`: accented letters, every message padded by 40% inside brackets)
and the real German, French and Spanish catalogs (German's status actions run 150% longer
than English). The main window at 1280x800 with every dock (over a small shop, over the
sample shop and on a first start), the editor, the management dialogs, the opening hours
and Preferences are shown, and :func:`clipped` must find no text Qt would cut or elide (its
docstring lists the rules). Dialogs must fit a 1280x800 screen and nothing may push the
main window wider than 1280. The first test shows that the checker does find widgets made
too small on purpose.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import peewee
import pytest
from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment, Customer, Status, create_sample_data
from appointments_desktop.i18n import _
from appointments_desktop.i18n import _state as i18n_state
from appointments_desktop.ui import MainWindow
from appointments_desktop.ui.dialogs import (
    AppointmentTypesDialog,
    CustomersDialog,
    OpeningHoursDialog,
    OperatorsDialog,
    PreferencesDialog,
)
from appointments_desktop.ui.docks.rows import Field
from appointments_desktop.ui.editor import AppointmentDialog
from appointments_desktop.ui.mainwindow.actions import ActionId
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.gui.editor_support import open_editor
from tests.gui.locale_support import qt_and_babel_locale
from tests.gui.long_strings_support import (
    LongTranslations,
    clipped,
    stretch,
    window_misfits,
)
from tests.gui.manage_support import Opener, button, click
from tests.gui.window_support import shown_main_window
from tests.unit.storage_support import give_status

WIDTH, HEIGHT = 1280, 800
LANGUAGES = ("pseudo", "de_DE", "fr_FR", "es_ES")
"""The pseudo translation, and the real catalogs (German runs longest, up to 150%)."""


@pytest.fixture
def pseudo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every message 40% longer from now on (English formats); English again afterwards."""
    monkeypatch.setitem(i18n_state, "translations", LongTranslations())


@pytest.fixture(params=LANGUAGES)
def long_strings(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The language under test, active before any widget is built, as at start-up."""
    if request.param == "pseudo":
        request.getfixturevalue("pseudo")
        yield request.param
        return
    with qt_and_babel_locale(qapp, request.param):
        yield request.param


@pytest.fixture
def booked(shop: Shop) -> dict[str, Appointment]:
    """Something in every dock: today and tomorrow to confirm, a reminder due tomorrow,
    one later this week with notes, and a closed past for the statistics."""
    long_name = Customer.create(name="Maximilian Oberhuber-Schwarzenegger", phone="+43 660 1234567")
    tomorrow_9, tomorrow_11 = datetime(2026, 11, 26, 9, 0), datetime(2026, 11, 26, 11, 0)
    booked = {
        "today": shop.book(datetime(2026, 11, 25, 14, 30)),
        "reminder": give_status(
            shop.book(tomorrow_9, operator=shop.bob, customer=long_name), Status.CONFIRMED
        ),
        "tomorrow": shop.book(tomorrow_11, customer=shop.zoe, appointment_type=shop.repair),
        "friday": shop.book(
            datetime(2026, 11, 27, 14, 30), 45, customer=shop.kim, notes="Bring the parts"
        ),
        "completed": give_status(shop.book(datetime(2026, 11, 23, 9, 0)), Status.COMPLETED),
    }
    give_status(shop.book(datetime(2026, 11, 24, 11, 0), customer=shop.zoe), Status.NO_SHOW)
    return booked


def settle() -> None:
    for _round in range(3):  # docks fill on show, then their layouts settle
        QApplication.processEvents()


def assert_none(problems: list[str]) -> None:
    assert not problems, "\n".join(["Texts cut or elided:", *problems])


def assert_fits(dialog: QWidget) -> None:
    assert_none(clipped(dialog) + window_misfits(dialog))


def assert_main_window_fits(window: MainWindow) -> None:
    assert_none(clipped(window))
    assert (window.width(), window.height()) == (WIDTH, HEIGHT)
    assert window.minimumSizeHint().width() <= WIDTH, "something forces the window wider"


# -- the checker itself -----------------------------------------------------------------------


def test_the_checker_names_each_widget_made_too_small_on_purpose(
    qtbot: QtBot, pseudo: None
) -> None:
    page = QWidget(objectName="page")
    row = QHBoxLayout(page)
    narrow = QPushButton(_("&Save"), objectName="narrowButton")
    narrow.setFixedWidth(narrow.fontMetrics().horizontalAdvance("Save"))
    label = QLabel(_("Opening Hours"), objectName="narrowLabel")
    label.setFixedWidth(40)
    combo = QComboBox(objectName="narrowCombo")
    combo.addItem(_("Upcoming Appointments"))
    combo.setFixedWidth(60)
    note = QLabel(_("The shop must open before it closes."), objectName="shortNote")
    note.setWordWrap(True)
    note.setFixedSize(80, note.fontMetrics().height())  # one line for several
    roomy = QPushButton(_("&Save"), objectName="roomyButton")
    for widget in (narrow, label, combo, note, roomy):
        row.addWidget(widget)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    problems = clipped(page)

    assert narrow.text() == "[&Sàvé]"
    reported = {problem.split()[1]: problem for problem in problems}
    assert sorted(reported) == ["narrowButton", "narrowCombo", "narrowLabel", "shortNote"]
    assert f"width {narrow.width()} < {narrow.sizeHint().width()}" in reported["narrowButton"]
    assert "wrapped lines" in reported["shortNote"]


def test_the_pseudo_translation_keeps_fields_mnemonics_and_endings() -> None:
    assert stretch("&Name:") == "[&Ñàmé]:"
    assert stretch("Opening &Hours…").endswith("]…")
    assert stretch("Opening &Hours…").startswith("[Öpéñîñg &Höûrs")
    text = stretch("{count} reminders to send")
    assert text.format(count="3").startswith("[3 rémîñdérs")
    assert len(stretch("Reminders Due")) >= 1.4 * len("Reminders Due")
    assert stretch(" min") == " [mîñ]"
    assert stretch("First line\nSecond") == stretch("First line") + "\n" + stretch("Second")


# -- the main window ------------------------------------------------------------------------


def test_the_main_window_calendar_and_docks_fit_at_1280(
    qtbot: QtBot,
    long_strings: str,
    booked: dict[str, Appointment],
    *,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
) -> None:
    window = shown_main_window(qtbot, db, operations, settings)
    window.show_calendar()
    settle()

    assert_main_window_fits(window)


def test_the_main_window_list_and_docks_fit_at_1280(
    qtbot: QtBot,
    long_strings: str,
    booked: dict[str, Appointment],
    *,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
) -> None:
    window = shown_main_window(qtbot, db, operations, settings)
    window.show_list()
    settle()

    assert_main_window_fits(window)


def test_the_main_window_over_the_sample_shop_fits_at_1280(
    qtbot: QtBot,
    long_strings: str,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
) -> None:
    """Thousands of appointments: four-digit totals, every type and operator, full docks."""
    create_sample_data(now=NOW)
    window = shown_main_window(qtbot, db, operations, settings)

    assert_main_window_fits(window)


def test_the_welcome_page_fits_at_1280(
    qtbot: QtBot,
    long_strings: str,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
) -> None:
    window = shown_main_window(qtbot, db, operations, settings)

    assert window.welcome.isVisible()
    assert_main_window_fits(window)


def test_the_german_tool_bar_shows_every_command_at_1280(
    qtbot: QtBot,
    qapp: QApplication,
    booked: dict[str, Appointment],
    *,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
) -> None:
    """The real catalog's longest labels ("Als nicht erschienen markieren") need no » menu."""
    with qt_and_babel_locale(qapp, "de_DE"):
        window = shown_main_window(qtbot, db, operations, settings)
        tools = window.findChild(QToolBar, "mainToolBar")
        no_show = window.actions_by_id[ActionId.NO_SHOW]

        assert_none(clipped(tools))
        assert tools.widgetForAction(no_show).text() == "Als nicht erschienen markieren"
        assert tools.sizeHint().width() < WIDTH


def test_the_german_reminders_rows_say_sent_and_leave_the_customer_room(
    qtbot: QtBot,
    qapp: QApplication,
    booked: dict[str, Appointment],
    *,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
) -> None:
    """The row's button says "Gesendet"; "Erinnerung gesendet" stays under the list."""
    with qt_and_babel_locale(qapp, "de_DE"):
        window = shown_main_window(qtbot, db, operations, settings)
        dock = window.dashboard.reminders
        table = dock.rows.table
        customer = dock.model.fields.index(Field.CUSTOMER)
        button_column = dock.model.fields.index(Field.ACTION)

        assert dock.model.index(0, button_column).data() == "Gesendet"
        assert dock.sent_button.text() == "Erinnerung gesendet"
        assert not table.isColumnHidden(button_column)
        room = table.columnWidth(customer) / table.fontMetrics().averageCharWidth()
        assert room >= 20, f"the customer's column holds {room:.0f} characters"


# -- the editor -----------------------------------------------------------------------------


EditorOpener = Callable[[str | None], AppointmentDialog]


@pytest.fixture
def editor_for(
    qtbot: QtBot, long_strings: str, operations: Operations, booked: dict[str, Appointment]
) -> EditorOpener:
    """Opens the editor on a booked appointment by its key (None: a new booking)."""

    def open_one(key: str | None) -> AppointmentDialog:
        dialog = open_editor(qtbot, operations, booked[key] if key else None)
        settle()
        return dialog

    return open_one


@pytest.mark.parametrize("key", [None, "friday", "completed"])
def test_the_editor_fits(editor_for: EditorOpener, key: str | None) -> None:
    assert_fits(editor_for(key))


def test_the_editor_with_the_new_customer_form_open_fits(
    qtbot: QtBot, editor_for: EditorOpener
) -> None:
    dialog = editor_for(None)
    click(qtbot, button(dialog, "newCustomerButton"))
    settle()

    assert_fits(dialog)


# -- the other dialogs ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", [CustomersDialog, OperatorsDialog, AppointmentTypesDialog])
def test_a_management_dialog_fits(
    long_strings: str, booked: dict[str, Appointment], open_dialog: Opener, kind: type
) -> None:
    dialog = open_dialog(kind)
    settle()

    assert_fits(dialog)


@pytest.mark.parametrize("kind", [CustomersDialog, OperatorsDialog, AppointmentTypesDialog])
def test_a_management_dialogs_new_record_form_fits(
    qtbot: QtBot, long_strings: str, shop: Shop, open_dialog: Opener, kind: type
) -> None:
    dialog = open_dialog(kind)
    click(qtbot, button(dialog, "addButton"))
    settle()

    assert_fits(dialog)


def test_the_opening_hours_dialog_with_its_problem_shown_fits(
    qtbot: QtBot, long_strings: str, db: peewee.Database, operations: Operations
) -> None:
    dialog = OpeningHoursDialog(operations)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QTimeEdit, "closesField").setTime(QTime(7, 0))
    settle()

    assert_fits(dialog)


def test_the_preferences_dialog_with_its_notes_shown_fits(
    qtbot: QtBot, long_strings: str, settings: QSettings, operations: Operations
) -> None:
    dialog = PreferencesDialog(operations, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.findChild(QComboBox, "languageChoice")
    combo.setCurrentIndex(combo.findData("ja_JP"))  # not translated: the note shows
    settle()

    assert dialog.findChild(QLabel, "translationNote").isVisible()
    assert_fits(dialog)
