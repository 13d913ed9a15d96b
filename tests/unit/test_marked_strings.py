"""Every user-visible string literal of ours is marked for translation.

An AST scan of every module under ``appointments_desktop/``. A string literal is *text* when,
once its ``{fields}`` are taken out, it still holds a letter. The scan fails on text that
reaches a person without going through ``_()``, ``ngettext()``, ``pgettext()`` or
``npgettext()``:

- passed to a Qt text API (``setText``, ``setToolTip``, ``addItem``, ``QLabel(...)``,
  ``QAction(...)``, ``showMessage``, ``setSuffix``, ... and the text keywords ``text=``,
  ``toolTip=``, ``windowTitle=`` ... of any call);
- passed to a text parameter of one of our own ui helpers (a parameter named ``text``,
  ``title``, ``label``, ``tip``, ``informative``, ... of a function under ``ui/``; the
  dataclass ``ActionSpec`` and ``FieldProblem`` by their fields);
- given to an exception raised with it (``raise SomeError("...")``): the core's errors
  reach the user in message boxes;
- returned from a function whose name says it makes a label, text, title, message, ...;
- filled into a ``{field}`` of a marked message (``_("Cannot save. {problems}")``).

A literal is followed through a function's local variables (``text = "..."`` then
``label.setText(text)``), through ``a if c else b``, ``a or b``, lists, dicts and joins.
An f-string is never accepted there (it hides unformatted numbers and cannot be
translated), nor is a literal glued (``+``, ``%``, ``.format``) to other text. A number
filled into a marked message as ``{count}`` (``{hours}``, ``{minutes}``, ...) must come
from a ``format_*`` helper, and no marked message names a key ("Ctrl+Return", "Page Up"):
key names come from ``QKeySequence``, which Qt translates.

Exceptions are kept in :data:`ALLOWED`, each with its reason.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
}
"""Qt methods whose arguments are shown: name → the positions of the text arguments."""

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

QT_MESSAGE_BOX_FUNCTIONS = frozenset({"information", "warning", "critical", "question", "about"})
"""``QMessageBox.warning(parent, title, text)`` and its siblings."""

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
    r"|description|note|wording|explanation|problem|problems)$|^headerData$"
)
"""Functions whose returned strings are shown."""

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

    @classmethod
    def read(cls, tree: ast.Module, with_helpers: bool = True) -> Module:
        module = cls()
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
        if node.bases and isinstance(node.bases[0], ast.Name):
            self.bases[node.name] = node.bases[0].id
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                self._add(node.name, _text_parameters(item), with_helpers)

    def _add(self, name: str, parameters: TextParameters, with_helpers: bool) -> None:
        self.defined.add(name)
        if with_helpers and (parameters.positions or parameters.keywords):
            self.helpers.setdefault(name, TextParameters()).add(parameters)


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
        self, path: str, module: Module, package: Package, allowed: dict[str, str]
    ) -> None:
        self.path = path
        self.module = module
        self.package = package
        self.allowed = allowed
        self.findings: list[Finding] = []
        self._functions: list[str] = []
        self._classes: list[str] = []
        self._assigned: list[dict[str, list[ast.expr]]] = [{}]
        self._following: set[str] = set()

    # -- where text goes ------------------------------------------------------------------

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node)
        if name == "__init__" and _is_super(node.func) and self._classes:
            name = self.module.bases.get(self._classes[-1], "")  # the base class's
        if name in MARKERS:
            self._check_marked(node)
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
        self.generic_visit(node)
        self._classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._functions.append(node.name)
        self._assigned.append(_assignments(node))
        self.generic_visit(node)
        self._assigned.pop()
        self._functions.pop()

    def visit_Return(self, node: ast.Return) -> None:
        function = self._functions[-1] if self._functions else ""
        if node.value is not None and LABEL_FUNCTIONS.search(function):
            # A tuple returned may mix a label with an object name: its parts are not checked.
            self._check_text(node.value, f"returned by {function}()", sequences=False)
        self.generic_visit(node)

    def _text_arguments(self, node: ast.Call, name: str) -> Iterator[tuple[str, ast.expr]]:
        for keyword, value in _keyword_values(node):
            if keyword in TEXT_KEYWORDS:
                yield f"{name}({keyword}=)", value
        texts = self._text_parameters(node, name)
        if texts is None:
            return
        positions, keywords = texts
        for index, argument in enumerate(node.args):
            if positions is ALL or index in positions:
                yield f"{name}()", argument
        for keyword, value in _keyword_values(node):
            if keyword in keywords:
                yield f"{name}({keyword}=)", value

    def _text_parameters(
        self, node: ast.Call, name: str
    ) -> tuple[frozenset[int] | set[int] | None, frozenset[str] | set[str]] | None:
        """Which arguments of the call ``node`` (to ``name``) are text; None: no text call."""
        func = node.func
        attribute = isinstance(func, ast.Attribute)
        if name in QT_TEXT_CLASSES:
            return ALL, frozenset()
        if attribute and name in QT_TEXT_METHODS:
            return QT_TEXT_METHODS[name], frozenset()
        if (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "QMessageBox"
            and name in QT_MESSAGE_BOX_FUNCTIONS
        ):
            return ALL, frozenset()
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
        elif isinstance(node, ast.Name):
            self._follow(node.id, rule, sequences)
        elif sequences or not isinstance(node, SEQUENCES):
            for part in PARTS.get(type(node), lambda _node: [])(node):
                self._check_text(part, rule, sequences=sequences)

    def _follow(self, name: str, rule: str, sequences: bool) -> None:
        """Check what the function assigned to its local variable ``name``."""
        if name in self._following:
            return
        self._following.add(name)
        for value in self._assigned[-1].get(name, []):
            self._check_text(value, rule, sequences=sequences)
        self._following.discard(name)

    def _check_marked(self, node: ast.Call) -> None:
        """A marked message names no key and is a literal (else nothing is extracted)."""
        for argument in node.args:
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                if KEY_NAMES.search(argument.value):
                    self._add(argument, "key name in a message (use a {key} field)", argument.value)
            elif isinstance(argument, ast.JoinedStr):
                self._add(argument, "f-string marked (not extractable)", _source_of(argument))

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


def scan_package(package: Path = PACKAGE, allowed: dict[str, str] = ALLOWED) -> list[Finding]:
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
        scanner = Scanner(where, modules[path], index, allowed)
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


def test_the_scan_of_a_scratch_copy_of_the_package_finds_a_new_unmarked_string(
    tmp_path: Path,
) -> None:
    """The real package with one unmarked ``setText("Hello")`` added fails the scan."""
    copy = tmp_path / "appointments_desktop"
    for path in PACKAGE.rglob("*.py"):
        target = copy / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
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
