"""Every user-visible string literal of ours is marked for translation.

An AST scan of every module under ``appointments_desktop/``. A string literal is *text* when,
once its ``{fields}`` are taken out, it still holds a letter. The scan fails on text that
reaches a person without going through ``_()``, ``ngettext()``, ``pgettext()`` or
``npgettext()``:

- passed to a Qt text API (``setText``, ``setToolTip``, ``addItem``, ``QLabel(...)``,
  ``QAction(...)``, ``showMessage``, ``setSuffix``, a form's ``addRow``/``insertRow`` label,
  ``drawText``, ``setHeaderData``, ``setButtonText``, ``setAccessibleName``, ... and the text
  keywords ``text=``, ``toolTip=``, ``windowTitle=`` ... of any call);
- passed to ``setItemData``/``setData`` for a shown role (``DisplayRole``, ``ToolTipRole``,
  ...);
- passed to a static dialog function: ``QMessageBox.warning`` and its siblings,
  ``QInputDialog.getText``/``getInt``/``getItem``/..., the caption and filters of
  ``QFileDialog.get*``, the title of ``QColorDialog.getColor``, the class also under an
  alias (``import ... as Box``, ``Box = QMessageBox``, ``QtWidgets.QMessageBox``);
- given to argparse as ``help=``, ``description=``, ``epilog=`` (it prints them);
- passed to a text parameter of one of our own ui helpers (a parameter named ``text``,
  ``title``, ``label``, ``tip``, ``informative``, ... of a function under ``ui/``; the
  dataclass ``ActionSpec`` and ``FieldProblem`` by their fields);
- given to an exception raised with it (``raise SomeError("...")``): the core's errors
  reach the user in message boxes;
- returned from a function whose name says it makes a label, text, title, message, ...,
  or from a model's ``data()``/``headerData()`` (and the functions whose result they return);
- held by a module or class constant named like text (``*HEADERS``, ``*TITLES``,
  ``*LABELS``, ``*NAMES``, ...: a list, tuple, set or dict of literals; ``*_OBJECT_NAMES``
  holds object names), or by any module or class constant that reaches one of the above;
- filled into a ``{field}`` of a marked message (``_("Cannot save. {problems}")``).

A literal is followed through a function's local variables (``text = "..."`` then
``label.setText(text)``), through ``a if c else b``, ``a or b``, lists, dicts and joins.
An f-string is never accepted there (it hides unformatted numbers and cannot be
translated), nor is a literal glued (``+``, ``%``, ``.format``) to other text. A number
filled into a marked message as ``{count}`` (``{hours}``, ``{minutes}``, ...) must come
from a ``format_*`` helper, and no marked message names a key ("Ctrl+Return", "Page Up"):
key names come from ``QKeySequence``, which Qt translates. What is marked must be literal
text pybabel can extract: ``_(variable)``, ``_("a" + b)``, ``_(f"...")`` (and the same for
the messages and contexts of ``ngettext``, ``pgettext``, ``npgettext``) fail.

Exceptions are kept in :data:`ALLOWED` (literals) and :data:`ALLOWED_CONSTANTS`, each with its
reason.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

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


@dataclass(frozen=True)
class Finding:
    """One unmarked text: where, which rule, the literal."""

    path: str
    line: int
    rule: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.text!r}"


def has_letter(text: str) -> bool:
    """Whether ``text`` has a letter outside its ``{fields}`` (and so needs translating)."""
    return any(character.isalpha() for character in re.sub(r"\{[^{}]*\}", "", text))


def _source_of(node: ast.JoinedStr) -> str:
    """An f-string as written between its quotes ("{count} min")."""
    return "".join(
        part.value if isinstance(part, ast.Constant) else "{" + ast.unparse(part.value) + "}"
        for part in node.values
        if isinstance(part, (ast.Constant, ast.FormattedValue))
    )


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _keyword_values(node: ast.Call) -> Iterator[tuple[str, ast.expr]]:
    for keyword in node.keywords:
        if keyword.arg is not None:
            yield keyword.arg, keyword.value


@dataclass
class TextParameters:
    """Which arguments of one of our functions (or classes) carry shown text."""

    positions: set[int] = field(default_factory=set)
    keywords: set[str] = field(default_factory=set)

    def add(self, other: TextParameters) -> None:
        self.positions |= other.positions
        self.keywords |= other.keywords


def _text_parameters(node: ast.FunctionDef) -> TextParameters:
    positional = [argument.arg for argument in node.args.args]
    if positional[:1] in (["self"], ["cls"]):
        positional = positional[1:]
    names = positional + [argument.arg for argument in node.args.kwonlyargs]
    return TextParameters(
        {i for i, name in enumerate(positional) if HELPER_PARAMETERS.match(name)},
        {name for name in names if HELPER_PARAMETERS.match(name)},
    )


@dataclass
class Module:
    """What the scan needs to know of one module: its helpers, imports and classes."""

    helpers: dict[str, TextParameters] = field(default_factory=dict)
    """Functions and methods by name, classes by name (their ``__init__``)."""
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Local name → (module, name there)."""
    bases: dict[str, str] = field(default_factory=dict)
    """Class → its first base class's name."""
    defined: set[str] = field(default_factory=set)
    """Every function, method and class name the module defines, text parameters or not."""
    constants: dict[str, list[ast.expr]] = field(default_factory=dict)
    """The values assigned to each name at the module's top level."""
    class_constants: dict[str, dict[str, list[ast.expr]]] = field(default_factory=dict)
    """Class → the values assigned to each name in its body (class attributes)."""

    @classmethod
    def read(cls, tree: ast.Module, with_helpers: bool = True) -> Module:
        module = cls()
        module.constants = _top_level_assignments(tree.body)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    module.imports[alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, ast.ClassDef):
                module._read_class(node, with_helpers)
            elif isinstance(node, ast.FunctionDef) and node.name != "__init__":
                module._add(node.name, _text_parameters(node), with_helpers)
        return module

    def _read_class(self, node: ast.ClassDef, with_helpers: bool) -> None:
        self.class_constants[node.name] = _top_level_assignments(node.body)
        if node.bases and isinstance(node.bases[0], ast.Name):
            self.bases[node.name] = node.bases[0].id
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                self._add(node.name, _text_parameters(item), with_helpers)

    def _add(self, name: str, parameters: TextParameters, with_helpers: bool) -> None:
        self.defined.add(name)
        if with_helpers and (parameters.positions or parameters.keywords):
            self.helpers.setdefault(name, TextParameters()).add(parameters)

    def qt_name(self, node: ast.expr) -> str:
        """The Qt (or argparse) name ``node`` stands for, seen through aliases: ``Box``
        after ``from PySide6.QtWidgets import QMessageBox as Box`` or ``Box = QMessageBox``,
        ``QtWidgets.QMessageBox``; otherwise the name as written ("" if it has none)."""
        written = node.id if isinstance(node, ast.Name) else ""
        for _step in range(3):
            if isinstance(node, ast.Attribute):
                return node.attr
            if not isinstance(node, ast.Name):
                break
            if node.id in self.imports:
                source, original = self.imports[node.id]
                return original if source.split(".")[0] in QT_MODULES else written
            values = self.constants.get(node.id, [])
            if len(values) != 1 or not isinstance(values[0], (ast.Name, ast.Attribute)):
                return node.id if node.id in QT_NAMES else written
            node = values[0]
        return written


class Package:
    """Every module's :class:`Module`, to find the helper a call in one module reaches."""

    def __init__(self, modules: dict[str, Module]) -> None:
        self.modules = modules
        definitions = Counter(name for module in modules.values() for name in module.defined)
        self.unique = {
            name: parameters
            for module in modules.values()
            for name, parameters in module.helpers.items()
            if definitions[name] == 1
        }
        """Helpers whose name only one module defines: found through any attribute call."""

    def resolve(self, module: Module, name: str, *, attribute: bool) -> TextParameters | None:
        """The text parameters a call of ``name`` in ``module`` reaches, if it is a helper."""
        if name in module.helpers:
            return module.helpers[name]
        for _step in range(3):  # through a package's re-exports
            if name not in module.imports:
                break
            source, name = module.imports[name]
            if source not in self.modules:
                return None
            module = self.modules[source]
            if name in module.helpers:
                return module.helpers[name]
        return self.unique.get(name) if attribute else None

    def imported_module(self, module: Module, name: str) -> Module | None:
        """The module of ours that ``module`` imported as ``name`` (``from ..ui import
        messages``), if it is one."""
        source, original = module.imports.get(name, ("", ""))
        return self.modules.get(f"{source}.{original}")


class Scanner(ast.NodeVisitor):
    """Collects the :class:`Finding` s of one module (see the module docstring)."""

    def __init__(
        self,
        path: str,
        module: Module,
        package: Package,
        allowed: dict[str, str],
        allowed_constants: dict[str, str] | None = None,
    ) -> None:
        self.path = path
        self.module = module
        self.package = package
        self.allowed = allowed
        self.allowed_constants = (
            ALLOWED_CONSTANTS if allowed_constants is None else allowed_constants
        )
        self.findings: list[Finding] = []
        self._functions: list[str] = []
        self._classes: list[str] = []
        self._assigned: list[dict[str, list[ast.expr]]] = [{}]
        self._following: set[str] = set()
        self._model_functions: set[str] = set()

    # -- where text goes ------------------------------------------------------------------

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node)
        if isinstance(node.func, ast.Name):
            name = self.module.qt_name(node.func)  # QLabel imported as Label
        if name == "__init__" and _is_super(node.func) and self._classes:
            name = self.module.bases.get(self._classes[-1], "")  # the base class's
        if name in MARKERS:
            self._check_marked(node, name)
        for rule, argument in self._text_arguments(node, name):
            self._check_text(argument, rule)
        if name == "format":
            self._check_fields(node)
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        if isinstance(node.exc, ast.Call):
            for argument in [*node.exc.args, *(value for _k, value in _keyword_values(node.exc))]:
                self._check_text(argument, f"raise {_callee(node.exc)}")
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self._check_constants(self.module.class_constants.get(node.name, {}))
        self.generic_visit(node)
        self._classes.pop()

    def visit_Module(self, node: ast.Module) -> None:
        self._check_constants(self.module.constants)
        self._model_functions = _model_functions(node)
        self.generic_visit(node)

    def _check_constants(self, constants: dict[str, list[ast.expr]]) -> None:
        """A module's or class's constant named like text holds marked text only."""
        for name, values in constants.items():
            if (
                not TEXT_CONSTANTS.match(name)
                or OBJECT_NAME_CONSTANTS.search(name)
                or name in self.allowed_constants
            ):
                continue
            for value in values:
                if isinstance(value, (*SEQUENCES, ast.Dict)):
                    self._check_text(value, f"constant {name}")

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._functions.append(node.name)
        self._assigned.append(_assignments(node))
        self.generic_visit(node)
        self._assigned.pop()
        self._functions.pop()

    def visit_Return(self, node: ast.Return) -> None:
        function = self._functions[-1] if self._functions else ""
        in_model = function in self._model_functions
        if node.value is not None and (LABEL_FUNCTIONS.search(function) or in_model):
            # A tuple returned may mix a label with an object name: its parts are not checked
            # (a model's data is one value, so there a tuple can only be chosen from).
            self._check_text(node.value, f"returned by {function}()", sequences=in_model)
        self.generic_visit(node)

    def _text_arguments(self, node: ast.Call, name: str) -> Iterator[tuple[str, ast.expr]]:
        yield from _keyword_texts(node, name, TEXT_KEYWORDS)
        if isinstance(node.func, ast.Attribute) and name in ROLE_METHODS:
            yield from _role_text(node, name)
        texts = self._known_parameters(node, name) or self._text_parameters(node, name)
        if texts is None:
            return
        positions, keywords = texts
        for index, argument in enumerate(node.args):
            if positions is ALL or index in positions:
                yield f"{name}()", argument
        yield from _keyword_texts(node, name, set(keywords) - TEXT_KEYWORDS)

    def _known_parameters(self, node: ast.Call, name: str) -> Parameters | None:
        """The text arguments of a Qt or argparse call; None: not one of those."""
        if name in QT_TEXT_CLASSES:
            return ALL, frozenset()
        if name in ARGPARSE_CALLS:
            return ARGPARSE_CALLS[name]
        if not isinstance(node.func, ast.Attribute):
            return None
        functions = QT_STATIC_FUNCTIONS.get(self.module.qt_name(node.func.value), {})
        if name in functions:  # QMessageBox.warning(parent, title, text)
            return functions[name]
        return (QT_TEXT_METHODS[name], frozenset()) if name in QT_TEXT_METHODS else None

    def _text_parameters(self, node: ast.Call, name: str) -> Parameters | None:
        """Which arguments of the call ``node`` (to one of our classes or helpers, ``name``)
        are text; None: no text call."""
        func = node.func
        attribute = isinstance(func, ast.Attribute)
        if name in TEXT_CLASSES:
            fields = TEXT_CLASSES[name]
            return {i for i, f in enumerate(fields) if f in TEXT_FIELDS}, TEXT_FIELDS
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            imported = self.package.imported_module(self.module, func.value.id)
            if imported is not None:  # messages.confirm(...)
                found = imported.helpers.get(name)
                return (found.positions, found.keywords) if found else None
        found = self.package.resolve(self.module, name, attribute=attribute)
        return (found.positions, found.keywords) if found else None

    # -- what counts as unmarked ----------------------------------------------------------

    def _check_text(self, node: ast.expr, rule: str, *, sequences: bool = True) -> None:
        """Flag the literal text ``node`` is made of, looking through joins, choices and
        the values assigned to a local variable."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if has_letter(node.value) and node.value not in self.allowed:
                self._add(node, rule, node.value)
        elif isinstance(node, ast.JoinedStr):
            if _source_of(node) not in self.allowed:
                self._add(node, f"f-string to {rule}", _source_of(node))
        elif isinstance(node, (ast.Name, ast.Attribute)):
            self._follow(node, rule, sequences)
        elif sequences or not isinstance(node, SEQUENCES):
            for part in PARTS.get(type(node), lambda _node: [])(node):
                self._check_text(part, rule, sequences=sequences)

    def _follow(self, node: ast.Name | ast.Attribute, rule: str, sequences: bool) -> None:
        """Check what was assigned to the name ``node``: the function's local variable or,
        failing that, the module's constant; for ``self.HEADERS``, ``cls.HEADERS`` or
        ``Panel.HEADERS``, the class constant."""
        name, values = self._assigned_to(node)
        if name in self._following:
            return
        self._following.add(name)
        for value in values:
            self._check_text(value, rule, sequences=sequences)
        self._following.discard(name)

    def _assigned_to(self, node: ast.Name | ast.Attribute) -> tuple[str, list[ast.expr]]:
        if isinstance(node, ast.Name):
            local = self._assigned[-1]
            return node.id, local.get(node.id, self.module.constants.get(node.id, []))
        if not isinstance(node.value, ast.Name):
            return "", []
        owner = node.value.id
        if owner in ("self", "cls") and self._classes:
            owner = self._classes[-1]
        return f"{owner}.{node.attr}", self.module.class_constants.get(owner, {}).get(node.attr, [])

    def _check_marked(self, node: ast.Call, name: str) -> None:
        """A marked message names no key and is a literal (else nothing is extracted).

        The markers' own definitions (``def ngettext(singular, plural, count)``) pass their
        parameters on: they are not checked."""
        if self._functions and self._functions[-1] in MARKERS:
            return
        for argument in node.args[: MARKED_ARGUMENTS[name]]:
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                if KEY_NAMES.search(argument.value):
                    self._add(argument, "key name in a message (use a {key} field)", argument.value)
            elif isinstance(argument, ast.JoinedStr):
                self._add(argument, "f-string marked (not extractable)", _source_of(argument))
            else:
                self._add(
                    argument, "not a literal, marked (not extractable)", ast.unparse(argument)
                )

    def _check_fields(self, node: ast.Call) -> None:
        """``_("{count} ...").format(count=n)``: what fills a marked message's fields is
        text like the message (marked), and a number is formatted for the locale."""
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if not (isinstance(receiver, ast.Call) and _callee(receiver) in MARKERS):
            return
        for keyword, value in _keyword_values(node):
            if keyword in NUMBER_FIELDS and not _is_formatted(value):
                self._add(value, f"unformatted number {{{keyword}}}", ast.unparse(value))
            else:
                self._check_text(value, f"{{{keyword}}} of a marked message")

    def _add(self, node: ast.AST, rule: str, text: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), rule, text))


def _keyword_texts(
    node: ast.Call, name: str, keywords: frozenset[str] | set[str]
) -> Iterator[tuple[str, ast.expr]]:
    for keyword, value in _keyword_values(node):
        if keyword in keywords:
            yield f"{name}({keyword}=)", value


def _role_text(node: ast.Call, name: str) -> Iterator[tuple[str, ast.expr]]:
    """The value given for a shown role: ``setItemData(index, value, role)``,
    ``item.setData(value, role)``, ``model.setData(index, value, role)``."""
    role = dict(_keyword_values(node)).get("role")
    arguments = node.args
    if role is None and len(arguments) >= 2:
        role, arguments = arguments[-1], arguments[:-1]
    if role is not None and arguments and TEXT_ROLES.search(ast.unparse(role)):
        yield f"{name}({ast.unparse(role).rsplit('.', 1)[-1]})", arguments[-1]


def _model_functions(tree: ast.Module) -> set[str]:
    """The names of the model methods of ``tree``'s classes (:data:`MODEL_METHODS`) and of
    the functions and methods whose results they return, and so on."""
    functions: dict[str, list[ast.FunctionDef]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            functions.setdefault(node.name, []).append(node)
    found = {
        item.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for item in node.body
        if isinstance(item, ast.FunctionDef) and item.name in MODEL_METHODS
    }
    waiting = list(found)
    while waiting:
        for function in functions.get(waiting.pop(), []):
            called = set(_returned_calls(function)) & functions.keys()
            waiting += called - found
            found |= called
    return found


def _returned_calls(function: ast.FunctionDef) -> Iterator[str]:
    """The names of the functions or methods whose result ``function`` returns."""
    for node in ast.walk(function):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Call):
            called = node.value.func
            if isinstance(called, ast.Name):
                yield called.id
            elif isinstance(called, ast.Attribute) and not _is_super(called):
                yield called.attr


def _top_level_assignments(body: list[ast.stmt]) -> dict[str, list[ast.expr]]:
    """The values assigned to each plain name by the statements of ``body`` themselves
    (a module's or a class's, not its functions')."""
    found: dict[str, list[ast.expr]] = {}
    for node in body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                found.setdefault(target.id, []).append(node.value)  # type: ignore[union-attr]
    return found


def _call_parts(node: ast.Call) -> list[ast.expr]:
    if not isinstance(node.func, ast.Attribute):
        return []
    receiver = [node.func.value] if node.func.attr in ("format", "get", "join") else []
    return receiver + (node.args if node.func.attr == "join" else [])


SEQUENCES = (ast.List, ast.Tuple, ast.Set)
PARTS: dict[type[ast.AST], Callable[[Any], list[ast.expr]]] = {
    ast.BinOp: lambda node: [node.left, node.right],
    ast.IfExp: lambda node: [node.body, node.orelse],
    ast.BoolOp: lambda node: node.values,
    **dict.fromkeys(SEQUENCES, lambda node: node.elts),
    ast.Dict: lambda node: [value for value in node.values if value is not None],
    ast.Subscript: lambda node: [node.value],
    **dict.fromkeys((ast.GeneratorExp, ast.ListComp), lambda node: [node.elt]),
    ast.Call: _call_parts,
}
"""The expressions a text is made of: both sides of ``+`` and ``%``, both choices, the
elements, a dict's values, what is indexed, and what is joined or formatted."""


def _assignments(function: ast.FunctionDef) -> dict[str, list[ast.expr]]:
    """The values assigned to each plain local name in ``function`` (not in nested ones)."""
    found: dict[str, list[ast.expr]] = {}
    nodes: list[ast.AST] = list(function.body)
    while nodes:
        node = nodes.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, (ast.AnnAssign, ast.NamedExpr)) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                found.setdefault(target.id, []).append(node.value)  # type: ignore[union-attr]
        nodes.extend(ast.iter_child_nodes(node))
    return found


def _is_super(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Call)
        and _callee(func.value) == "super"
    )


def _is_formatted(node: ast.expr) -> bool:
    """Whether ``node`` comes from a ``format_*`` helper (or another ``*_text`` one)."""
    if isinstance(node, ast.Call):
        name = _callee(node)
        return name.startswith("format_") or name.endswith("_text") or name in MARKERS
    if isinstance(node, ast.IfExp):
        return _is_formatted(node.body) and _is_formatted(node.orelse)
    return isinstance(node, ast.Name) and node.id.endswith("_text")


def scan_source(source: str, path: str = "<snippet>") -> list[Finding]:
    """The unmarked texts of one module's ``source`` (its own functions are its helpers)."""
    tree = ast.parse(source)
    module = Module.read(tree)
    scanner = Scanner(path, module, Package({path: module}), ALLOWED)
    scanner.visit(tree)
    return scanner.findings


def _module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def scan_package(
    package: Path = PACKAGE,
    allowed: dict[str, str] = ALLOWED,
    allowed_constants: dict[str, str] = ALLOWED_CONSTANTS,
) -> list[Finding]:
    """The unmarked texts of every module under ``package``. Helpers (text parameters of
    our functions) are those of the ``ui`` modules; the core's functions take data."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in package.rglob("*.py")}
    modules = {
        path: Module.read(tree, with_helpers="ui" in path.relative_to(package).parts)
        for path, tree in trees.items()
    }
    index = Package({_module_name(path, package): module for path, module in modules.items()})
    findings: list[Finding] = []
    for path in sorted(trees):
        where = str(path.relative_to(package.parent))
        scanner = Scanner(where, modules[path], index, allowed, allowed_constants)
        scanner.visit(trees[path])
        findings += scanner.findings
    return findings


# -- the program ----------------------------------------------------------------------------


def test_every_user_visible_string_is_marked() -> None:
    findings = scan_package()
    assert not findings, (
        "Unmarked user-visible text: wrap it in _() / ngettext() / pgettext(), format numbers "
        "with the i18n format_* helpers, take key names from QKeySequence, or (for text that "
        "must stay as it is) add it to ALLOWED in tests/unit/test_marked_strings.py with a "
        "reason.\n" + "\n".join(map(str, findings))
    )


def test_every_allowed_string_is_still_needed() -> None:
    """An allow-list entry whose text has gone would hide the next string written like it."""
    flagged = {finding.text for finding in scan_package(allowed={})}
    assert [text for text in ALLOWED if text not in flagged] == []


def test_every_allowed_constant_is_still_needed() -> None:
    flagged = {finding.rule for finding in scan_package(allowed_constants={})}
    assert [name for name in ALLOWED_CONSTANTS if f"constant {name}" not in flagged] == []


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
