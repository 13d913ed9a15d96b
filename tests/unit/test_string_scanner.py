"""The marked-strings scanner itself: each rule fed a snippet, and a scratch copy of the package."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.string_rules import PACKAGE
from tests.unit.string_scanner import scan_package, scan_source

# -- the scanner itself ---------------------------------------------------------------------


def _rules(source: str) -> list[str]:
    return [f"{finding.rule}: {finding.text}" for finding in scan_source(source)]


def test_an_unmarked_set_text_fails() -> None:
    assert _rules('label.setText("Hello")') == ["setText(): Hello"]


def test_a_marked_set_text_passes() -> None:
    assert _rules('label.setText(_("Hello"))') == []
    assert (
        _rules('label.setText(ngettext("{n} day", "{n} days", n).format(n=format_number(n)))') == []
    )
    assert _rules('box.setSuffix(npgettext("hours box", " hour", " hours", n))') == []


def test_text_without_letters_and_the_empty_string_pass() -> None:
    assert _rules('label.setText("—"); label.setText(""); label.setText("{a} · {b}")') == []
    assert _rules('label.setText("\\n".join(lines))') == []


def test_an_f_string_fails_even_without_letters() -> None:
    assert _rules('label.setText(f"{count}")') == ["f-string to setText(): {count}"]
    assert _rules('label.setToolTip(f"{count} items")') == [
        "f-string to setToolTip(): {count} items"
    ]


def test_constructors_keywords_and_qt_message_boxes_are_checked() -> None:
    source = (
        'QPushButton("Save", parent)\n'
        'QLabel(objectName="title", toolTip="Where it is")\n'
        'QMessageBox.warning(self, "Oops", _("Fine"))\n'
        'QDockWidget("Upcoming")\n'
        'menu.addAction(icon, "Open")\n'
    )
    assert _rules(source) == [
        "QPushButton(): Save",
        "QLabel(toolTip=): Where it is",
        "warning(): Oops",
        "QDockWidget(): Upcoming",
        "addAction(): Open",
    ]


def test_object_names_style_sheets_and_user_data_pass() -> None:
    source = (
        'QLabel(_("Name"), objectName="nameLabel")\n'
        'label.setStyleSheet("color: red;")\n'
        'combo.addItem(_("Pending"), "pending")\n'
        'QKeySequence("Ctrl+Return")\n'
    )
    assert _rules(source) == []


def test_joined_and_chosen_literals_are_found() -> None:
    source = (
        'label.setText(_("Open") if ok else "Closed")\n'
        'label.setText("Total: " + total)\n'
        'label.setText("{0} left".format(n))\n'
        'label.setText(", ".join(["one", _("two")]))\n'
    )
    assert _rules(source) == [
        "setText(): Closed",
        "setText(): Total: ",
        "setText(): {0} left",
        "setText(): one",
    ]


def test_raised_literal_messages_fail() -> None:
    assert _rules('raise ValueError("Bad time")') == ["raise ValueError: Bad time"]
    assert _rules('raise ValueError(f"Bad {time}")') == ["f-string to raise ValueError: Bad {time}"]
    assert _rules('raise ValueError(_("Bad time"))') == []


def test_strings_returned_as_labels_fail() -> None:
    source = (
        "def status_label(s):\n"
        '    return {1: "Pending", 2: _("Done")}.get(s, "?")\n'
        "def key(s):\n"
        '    return "pending"\n'
    )
    assert _rules(source) == ["returned by status_label(): Pending"]


def test_our_helpers_and_value_classes_are_checked_by_their_text_parameters() -> None:
    source = (
        "def _button(self, text, name, tip=''):\n"
        "    pass\n"
        'self._button("Today", "todayButton", tip="Go")\n'
        'ActionSpec("&Open", "Ctrl+O", "Open one", "document-open")\n'
        'FieldProblem("name", "Enter a name.")\n'
    )
    assert _rules(source) == [
        "_button(): Today",
        "_button(tip=): Go",
        "ActionSpec(): &Open",
        "ActionSpec(): Open one",
        "FieldProblem(): Enter a name.",
    ]


def test_numbers_in_marked_messages_must_be_formatted() -> None:
    source = (
        '_("{count} left").format(count=count)\n'
        '_("{count} left").format(count=format_number(count))\n'
        '_("{name}: {hours} h").format(name=name, hours=len(rows))\n'
    )
    assert _rules(source) == [
        "unformatted number {count}: count",
        "unformatted number {hours}: len(rows)",
    ]


def test_key_names_in_messages_fail() -> None:
    source = (
        '_("Confirm it (Ctrl+Return)")\n'
        '_("Previous (Page Up)")\n'
        '_("Go to today (T)")\n'
        '_("Go to today ({key})")\n'
        '_("Enter a name.")\n'
    )
    assert [rule.split(": ")[1] for rule in _rules(source)] == [
        "Confirm it (Ctrl+Return)",
        "Previous (Page Up)",
        "Go to today (T)",
    ]


def test_allowed_literals_pass() -> None:
    assert _rules('raise ValueError(f"restore needs one appointment, not {sorted(ids)}")') == []


def test_literals_reach_text_through_local_variables_and_message_fields() -> None:
    source = (
        "def show(label, problems):\n"
        '    text = "Saved"\n'
        "    label.setText(text)\n"
        '    lines = " ".join(f"{p.field}: {p.message}" for p in problems)\n'
        '    label.setText(_("Cannot save. {problems}").format(problems=lines))\n'
    )
    assert _rules(source) == [
        "setText(): Saved",
        "f-string to {problems} of a marked message: {p.field}: {p.message}",
    ]


def test_a_base_class_title_is_checked_through_super() -> None:
    source = (
        "class Dock(QDockWidget):\n"
        "    def __init__(self, title, object_name):\n"
        "        super().__init__(title)\n"
        "class Upcoming(Dock):\n"
        "    def __init__(self):\n"
        '        super().__init__("Upcoming", "upcomingDock")\n'
        'Dock(_("Reminders"), "remindersDock")\n'
    )
    assert _rules(source) == ["Dock(): Upcoming"]


def test_form_rows_and_painted_text_are_checked() -> None:
    source = (
        'form.addRow("Preview:", self.preview)\n'
        'form.addRow(_("&Name:"), self.name)\n'
        "form.addRow(self.note)\n"
        'form.insertRow(0, "Starts:", self.start)\n'
        'painter.drawText(rect, 0, "Nothing to show")\n'
        'painter.drawText(10, 20, "Closed")\n'
        "painter.drawText(rect, flags, texts.hour_label(hour))\n"
    )
    assert _rules(source) == [
        "addRow(): Preview:",
        "insertRow(): Starts:",
        "drawText(): Nothing to show",
        "drawText(): Closed",
    ]


def test_qt_dialog_functions_are_checked() -> None:
    source = (
        'QInputDialog.getText(self, "Rename", "New name:", text="Untitled")\n'
        'QInputDialog.getInt(self, _("Copies"), "How many?", 1, 1, 9)\n'
        'QInputDialog.getItem(self, _("Pick"), _("Which one:"), ["First", _("Second")])\n'
        'QFileDialog.getSaveFileName(self, "Export", "appointments.csv", "Tables (*.csv)")\n'
        'QFileDialog.getExistingDirectory(self, caption="Choose a folder", dir="/tmp")\n'
        'QColorDialog.getColor(QColor("red"), self, "Pick a colour")\n'
        'QColorDialog.getColor(QColor("red"), self, title=_("Choose a colour"))\n'
    )
    assert _rules(source) == [
        "getText(text=): Untitled",
        "getText(): Rename",
        "getText(): New name:",
        "getInt(): How many?",
        "getItem(): First",
        "getSaveFileName(): Export",
        "getSaveFileName(): Tables (*.csv)",
        "getExistingDirectory(caption=): Choose a folder",
        "getColor(): Pick a colour",
    ]


def test_message_boxes_are_checked_under_an_alias() -> None:
    source = (
        "from PySide6.QtWidgets import QMessageBox as Box\n"
        "from PySide6 import QtWidgets\n"
        "Alert = QMessageBox\n"
        'Box.warning(self, "Oops", _("Fine"))\n'
        'QtWidgets.QMessageBox.question(self, _("Sure?"), "Delete it?")\n'
        'Alert.information(self, _("Done"), "Saved.")\n'
        'Box.aboutQt(self, "About Qt")\n'
    )
    assert _rules(source) == [
        "warning(): Oops",
        "question(): Delete it?",
        "information(): Saved.",
        "aboutQt(): About Qt",
    ]


def test_qt_classes_are_checked_under_an_alias() -> None:
    source = (
        "from PySide6.QtWidgets import QLabel as Label\n"
        'Label("Hello")\n'
        'QtWidgets.QPushButton("Save")\n'
    )
    assert _rules(source) == ["QLabel(): Hello", "QPushButton(): Save"]


def test_header_data_item_data_for_shown_roles_and_button_texts_are_checked() -> None:
    source = (
        'model.setHeaderData(0, Qt.Orientation.Horizontal, "Customer")\n'
        'combo.setItemData(0, "Waiting for a reply", Qt.ItemDataRole.ToolTipRole)\n'
        'combo.setItemData(1, "Shown", role=Qt.DisplayRole)\n'
        'combo.setItemData(2, "pending", Qt.ItemDataRole.UserRole)\n'
        'combo.setItemData(3, "pending")\n'
        'item.setData("Ready", Qt.ItemDataRole.DisplayRole)\n'
        'model.setData(index, "Late", Qt.ItemDataRole.ToolTipRole)\n'
        "item.setData(customer.name, NAME_ROLE)\n"
        'wizard.setButtonText(QWizard.WizardButton.NextButton, "Onwards")\n'
        'widget.setAccessibleName("Calendar")\n'
        'widget.setAccessibleDescription("The week\'s appointments")\n'
    )
    assert _rules(source) == [
        "setHeaderData(): Customer",
        "setItemData(ToolTipRole): Waiting for a reply",
        "setItemData(DisplayRole): Shown",
        "setData(DisplayRole): Ready",
        "setData(ToolTipRole): Late",
        "setButtonText(): Onwards",
        "setAccessibleName(): Calendar",
        "setAccessibleDescription(): The week's appointments",
    ]


def test_argparse_help_descriptions_and_epilogs_are_checked() -> None:
    source = (
        'parser = argparse.ArgumentParser(prog="appointments", description="Book them.",'
        ' epilog="See the manual.")\n'
        'parser.add_argument("--locale", metavar="NAME", help="language and formats")\n'
        'parser.add_argument("--demo", action="store_true", help=_("fill a sample shop"))\n'
        'parser.add_argument_group("Database", "where the data lives")\n'
    )
    assert _rules(source) == [
        "ArgumentParser(description=): Book them.",
        "ArgumentParser(epilog=): See the manual.",
        "add_argument(help=): language and formats",
        "add_argument_group(): Database",
        "add_argument_group(): where the data lives",
    ]


def test_text_returned_by_a_models_data_and_header_data_fails() -> None:
    source = (
        "class Model(QAbstractTableModel):\n"
        "    def headerData(self, section, orientation, role):\n"
        '        return ("Name", _("Phone"))[section]\n'
        "    def data(self, index, role):\n"
        "        if role == Qt.ItemDataRole.ToolTipRole:\n"
        '            return "No phone" if index.row() else None\n'
        "        if role == SORT_ROLE:\n"
        "            return self._sort_key(index)\n"
        "        return self._cell(index, role)\n"
        "    def _cell(self, index, role):\n"
        '        return "Unknown"\n'
        "    def _sort_key(self, index):\n"
        "        return str(index.row())\n"
    )
    assert _rules(source) == [
        "returned by headerData(): Name",
        "returned by data(): No phone",
        "returned by _cell(): Unknown",
    ]


def test_constants_named_as_text_must_hold_marked_text() -> None:
    source = (
        'COLUMN_HEADERS = ("Customer", _("Phone"), "")\n'
        'STATUS_LABELS: dict[str, str] = {"pending": "Pending", "done": _("Done")}\n'
        'BUTTON_OBJECT_NAMES = {"confirm": "confirmButton"}\n'
        'FIRST_NAMES = ("Anna", "Ben")\n'
        'DEFAULT_NAME = "shop.db"\n'
        "class Panel:\n"
        '    _TAB_TITLES = ["List", "Calendar"]\n'
    )
    assert _rules(source) == [
        "constant COLUMN_HEADERS: Customer",
        "constant STATUS_LABELS: Pending",
        "constant _TAB_TITLES: List",
        "constant _TAB_TITLES: Calendar",
    ]


def test_module_and_class_constants_are_followed_to_where_they_are_shown() -> None:
    source = (
        'GREETING = "Welcome"\n'
        'CHOICES = ("Day", "Week")\n'
        "class Bar:\n"
        '    EMPTY = "Nothing yet"\n'
        "    def show(self, label, combo):\n"
        "        label.setText(GREETING)\n"
        "        combo.addItems(CHOICES)\n"
        "        label.setToolTip(self.EMPTY)\n"
        "        label.setToolTip(Bar.EMPTY)\n"
    )
    assert _rules(source) == [
        "setText(): Welcome",
        "addItems(): Day",
        "addItems(): Week",
        "setToolTip(): Nothing yet",
        "setToolTip(): Nothing yet",
    ]


def test_marked_text_must_be_a_literal_pybabel_can_extract() -> None:
    source = (
        "_(message)\n"
        '_("Open " + "now")\n'
        '_(f"{count} left")\n'
        '_("Open " "now")\n'
        'ngettext("{count} day", plural, count)\n'
        'pgettext(context, "Pending")\n'
        'npgettext("status", "{count} done", "{count} done", count)\n'
    )
    assert _rules(source) == [
        "not a literal, marked (not extractable): message",
        "not a literal, marked (not extractable): 'Open ' + 'now'",
        "f-string marked (not extractable): {count} left",
        "not a literal, marked (not extractable): plural",
        "not a literal, marked (not extractable): context",
    ]
    # The markers' own definitions pass their parameters on.
    definition = "def pgettext(context, text):\n    return translations().pgettext(context, text)\n"
    assert _rules(definition) == []


@pytest.mark.parametrize(
    ("module", "added", "expected"),
    [
        ("dialogs/preferences.py", 'form.addRow("Preview:", None)', "addRow(): 'Preview:'"),
        (
            "charts/painting.py",
            'painter.drawText(rect, 0, "Nothing to show")',
            "drawText(): 'Nothing to show'",
        ),
        (
            "list/model.py",
            "_(column.name)",
            "not a literal, marked (not extractable): 'column.name'",
        ),
    ],
)
def test_the_scan_of_a_scratch_copy_finds_what_the_reviewer_added(
    tmp_path: Path, module: str, added: str, expected: str
) -> None:
    """The real package with one of the reviewer's unmarked texts added fails the scan."""
    copy = _copy_of_the_package(tmp_path)
    path = copy / "ui" / module
    path.write_text(
        path.read_text(encoding="utf-8")
        + f"\n\ndef added(form, painter, rect, column):\n    {added}\n",
        encoding="utf-8",
    )
    where = f"appointments_desktop/ui/{module}:{_last_line(path)}"
    assert [str(finding) for finding in scan_package(copy)] == [f"{where}: {expected}"]


def _copy_of_the_package(tmp_path: Path) -> Path:
    copy = tmp_path / "appointments_desktop"
    for path in PACKAGE.rglob("*.py"):
        target = copy / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return copy


def test_the_scan_of_a_scratch_copy_of_the_package_finds_a_new_unmarked_string(
    tmp_path: Path,
) -> None:
    """The real package with one unmarked ``setText("Hello")`` added fails the scan."""
    copy = _copy_of_the_package(tmp_path)
    welcome = copy / "ui" / "mainwindow" / "welcome.py"
    welcome.write_text(
        welcome.read_text(encoding="utf-8") + '\n\ndef greet(label):\n    label.setText("Hello")\n',
        encoding="utf-8",
    )
    assert [str(finding) for finding in scan_package(copy)] == [
        f"appointments_desktop/ui/mainwindow/welcome.py:{_last_line(welcome)}: setText(): 'Hello'"
    ]


def _last_line(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())
