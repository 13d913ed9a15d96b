"""What the marked-strings scan looks for, and what it lets pass (each with a reason).

See :mod:`tests.unit.test_marked_strings` for the rules in words.
"""

from __future__ import annotations

import re
from pathlib import Path

import appointments_desktop

PACKAGE = Path(appointments_desktop.__file__).parent
MARKERS = frozenset({"_", "ngettext", "pgettext", "npgettext"})

ALL = None
"""Every positional argument is text (the others are widgets, icons and numbers)."""

QT_TEXT_METHODS: dict[str, frozenset[int] | None] = {
    **dict.fromkeys(
        [
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setStatusTip",
            "setPlaceholderText",
            "setWhatsThis",
            "setTitle",
            "setLabelText",
            "setInformativeText",
            "setDetailedText",
            "setIconText",
            "setAccessibleName",
            "setAccessibleDescription",
            "setItemText",
            "setItemToolTip",
            "setTabText",
            "setTabToolTip",
            "addTab",
            "insertTab",
            "addItems",
            "insertItems",
            "setHorizontalHeaderLabels",
            "setVerticalHeaderLabels",
            "setHeaderLabels",
            "addAction",
            "addMenu",
            "addSection",
            "insertSection",
            "addButton",
            "showMessage",
            "setSuffix",
            "setPrefix",
            "setSpecialValueText",
            "setWindowIconText",
            "setHtml",
        ],
        ALL,
    ),
    # addItem(text, userData) / addItem(icon, text, userData): the user data is no text.
    "addItem": frozenset({0}),
    "insertItem": frozenset({1}),
    # QFormLayout.addRow(label, field) / insertRow(row, label, field): the label.
    "addRow": frozenset({0}),
    "insertRow": frozenset({1}),
    # QPainter.drawText(rect, flags, text) / drawText(x, y, text) / drawText(point, text).
    "drawText": ALL,
    # model.setHeaderData(section, orientation, value, role): a header's title.
    "setHeaderData": frozenset({2}),
    # QWizard.setButtonText(which, text), QMessageBox.setButtonText(button, text).
    "setButtonText": frozenset({1}),
}
"""Qt methods whose arguments are shown: name → the positions of the text arguments."""

Parameters = tuple[frozenset[int] | set[int] | None, frozenset[str] | set[str]]
"""A call's text arguments: their positions (:data:`ALL` for every one) and keywords."""

QT_TEXT_CLASSES = frozenset(
    [
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QCommandLinkButton",
        "QAction",
        "QMenu",
        "QDockWidget",
        "QToolBar",
        "QMessageBox",
        "QLineEdit",
        "QTableWidgetItem",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        "QProgressDialog",
        "QInputDialog",
    ]
)
"""Qt classes whose constructor takes a shown text (every positional argument is checked)."""

_FILE_DIALOG_TEXT = (frozenset({1, 3, 4}), frozenset({"caption", "filter", "selectedFilter"}))
"""``QFileDialog.getOpenFileName(parent, caption, dir, filter, selectedFilter)``: the caption
and the filters ("Spreadsheets (*.csv)") are shown; the folder is a path."""

QT_STATIC_FUNCTIONS: dict[str, dict[str, tuple[frozenset[int] | None, frozenset[str]]]] = {
    "QMessageBox": {
        **dict.fromkeys(
            ["information", "warning", "critical", "question", "about"],
            (ALL, frozenset({"title", "text"})),
        ),
        "aboutQt": (frozenset({1}), frozenset({"title"})),
    },
    "QInputDialog": dict.fromkeys(
        ["getText", "getInt", "getDouble", "getItem", "getMultiLineText"],
        (ALL, frozenset({"title", "label", "text", "items"})),
    ),
    "QFileDialog": dict.fromkeys(
        [
            "getOpenFileName",
            "getOpenFileNames",
            "getSaveFileName",
            "getExistingDirectory",
            "getOpenFileUrl",
            "getOpenFileUrls",
            "getSaveFileUrl",
            "getExistingDirectoryUrl",
        ],
        _FILE_DIALOG_TEXT,
    ),
    # QColorDialog.getColor(initial, parent, title, options)
    "QColorDialog": {"getColor": (frozenset({2}), frozenset({"title"}))},
    # QFontDialog.getFont(initial, parent, title, options) (its first result is a flag)
    "QFontDialog": {"getFont": (frozenset({2}), frozenset({"title"}))},
}
"""Static functions of Qt classes (``QMessageBox.warning(parent, title, text)``,
``QInputDialog.getText(parent, title, label)``, ...): the positions and keywords of their
text arguments. The class is recognised under an alias too (``import ... as Box``,
``QtWidgets.QMessageBox``, ``Box = QMessageBox``)."""

TEXT_ROLES = re.compile(
    r"\b(DisplayRole|ToolTipRole|StatusTipRole|WhatsThisRole|AccessibleTextRole"
    r"|AccessibleDescriptionRole|EditRole)\b"
)
"""Item data roles whose value is shown: ``setItemData(i, text, Qt.ToolTipRole)``,
``item.setData(text, Qt.DisplayRole)``, ``model.setData(index, text, Qt.DisplayRole)``."""
ROLE_METHODS = frozenset({"setItemData", "setData"})

ARGPARSE_CALLS: dict[str, tuple[frozenset[int], frozenset[str]]] = {
    "ArgumentParser": (frozenset(), frozenset({"description", "epilog", "usage"})),
    "add_argument": (frozenset(), frozenset({"help"})),
    "add_parser": (frozenset(), frozenset({"help", "description", "epilog", "usage"})),
    "add_subparsers": (frozenset(), frozenset({"title", "description", "help"})),
    "add_argument_group": (frozenset({0, 1}), frozenset({"title", "description"})),
}
"""argparse's calls: the help, descriptions and epilogs it prints to the user."""

QT_MODULES = frozenset({"PySide6", "PyQt6", "PyQt5", "argparse"})
"""Where an imported name is one of Qt's (or argparse's), whatever it is called here."""
QT_NAMES = QT_TEXT_CLASSES | QT_STATIC_FUNCTIONS.keys() | ARGPARSE_CALLS.keys()

TEXT_KEYWORDS = frozenset(
    [
        "text",
        "title",
        "toolTip",
        "statusTip",
        "whatsThis",
        "placeholderText",
        "windowTitle",
        "windowIconText",
        "iconText",
        "informativeText",
        "detailedText",
        "suffix",
        "prefix",
        "specialValueText",
        "labelText",
        "accessibleName",
        "accessibleDescription",
    ]
)
"""Keywords of any call (Qt properties as constructor keywords) that carry shown text."""

HELPER_PARAMETERS = re.compile(
    r"^(text|title|label|caption|tip|tooltip|delete_tip|informative|accept_label"
    r"|placeholder|message|empty_text|heading)$"
)
"""Parameters of our ui helpers that carry shown text."""

TEXT_CLASSES: dict[str, tuple[str, ...]] = {
    "ActionSpec": ("text", "shortcut", "tip"),
    "FieldProblem": ("field", "message"),
}
TEXT_FIELDS = frozenset({"text", "tip", "message"})
"""Our value classes that carry shown text: their fields in order, and which are text."""

LABEL_FUNCTIONS = re.compile(
    r"(^|_)(label|labels|text|texts|title|message|caption|tooltip|tip|hint|heading|summary"
    r"|description|note|wording|explanation|problem|problems)$"
)
"""Functions whose returned strings are shown."""

MODEL_METHODS = frozenset({"data", "headerData"})
"""Methods of a Qt item model (of a class) whose returned strings the views show; so are
those of the functions and methods whose result they return (``return self._cell(...)``)."""

TEXT_CONSTANTS = re.compile(
    r"^_*[A-Z0-9_]*(HEADERS|HEADINGS|TITLES|LABELS|NAMES|CAPTIONS|TEXTS|TIPS|TOOLTIPS"
    r"|MESSAGES|WORDS|DESCRIPTIONS)$"
)
"""Module or class constants (lists, tuples, sets, dicts) whose names say they hold shown
text; their literal elements (a dict's values) must be marked. A constant of object names
is named ``*_OBJECT_NAMES``."""
OBJECT_NAME_CONSTANTS = re.compile(r"OBJECT_NAMES$")

MARKED_ARGUMENTS: dict[str, int] = {"_": 1, "ngettext": 2, "pgettext": 2, "npgettext": 3}
"""How many leading arguments of each marker pybabel extracts: each must be a literal."""

NUMBER_FIELDS = frozenset(
    [
        "count",
        "number",
        "total",
        "hours",
        "minutes",
        "days",
        "weeks",
        "months",
        "years",
        "percent",
        "rate",
        "n",
        "amount",
    ]
)
"""``{fields}`` that hold numbers: filled from a ``format_*`` helper, never a bare value."""

KEY_NAMES = re.compile(
    r"\b(Ctrl|Alt|Shift|Meta|Cmd)\+|\bPage (Up|Down)\b|\((Enter|Return|Esc|Escape|Delete|Del"
    r"|Tab|Home|End|F\d+|[A-Z0-9])\)"
)
"""Key names written into a message (they come from ``QKeySequence`` instead)."""

ALLOWED: dict[str, str] = {
    # Programming errors: a caller broke the contract. No code catches them, so they end in
    # a traceback for a developer, never in a message box.
    "Interval {self.key} must end after it starts ({self.start} to {self.end}).": (
        "programming error: the calendar lays out stored appointments, which always end after "
        "they start"
    ),
    "The visible hours must satisfy 0 <= first < last <= 24, not {first_hour} to "
    "{last_hour}.": "programming error: the band comes from opening hours the dialog checked",
    "The snap step must be a whole number of minutes that divides an hour (1, 2, 3, 4, 5, 6, "
    "10, 12, 15, 20, 30 or 60), not {minutes}.": (
        "programming error: the snap step is one of the calendar's fixed choices"
    ),
    "Each interval needs its own key; shared: {shared}.": (
        "programming error: interval keys are appointment ids"
    ),
    "restore needs one appointment, not {sorted(ids)}": (
        "programming error: an undo step always records one appointment"
    ),
    "{moment} (operator {operator_id}) is not shown.": (
        "programming error: tests and drag code ask only for cells the grid draws"
    ),
    # Markup around lines that are already translated and formatted.
    "<table cellspacing='0' cellpadding='1'>{lines}</table>": (
        "HTML table around the calendar tooltip's translated rows"
    ),
}
"""Text the scan would flag that is right unmarked: the literal (an f-string as written
between its quotes) → why."""

ALLOWED_CONSTANTS: dict[str, str] = {
    "FIRST_NAMES": "sample customers' first names: proper names, the same in every language",
    "LAST_NAMES": "sample customers' family names: proper names, the same in every language",
    "OPERATOR_NAMES": "sample staff names: proper names, the same in every language",
}
"""Constants named like text (:data:`TEXT_CONSTANTS`) that rightly hold unmarked literals:
the constant's name → why."""
