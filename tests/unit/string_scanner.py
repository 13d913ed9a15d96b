"""The marked-strings scan: an AST walk over the package (rules in :mod:`.string_rules`).

See :mod:`tests.unit.test_marked_strings` for the rules in words.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.unit.string_rules import (
    ALL,
    ALLOWED,
    ALLOWED_CONSTANTS,
    ARGPARSE_CALLS,
    HELPER_PARAMETERS,
    KEY_NAMES,
    LABEL_FUNCTIONS,
    MARKED_ARGUMENTS,
    MARKERS,
    MODEL_METHODS,
    NUMBER_FIELDS,
    OBJECT_NAME_CONSTANTS,
    PACKAGE,
    QT_MODULES,
    QT_NAMES,
    QT_STATIC_FUNCTIONS,
    QT_TEXT_CLASSES,
    QT_TEXT_METHODS,
    ROLE_METHODS,
    TEXT_CLASSES,
    TEXT_CONSTANTS,
    TEXT_FIELDS,
    TEXT_KEYWORDS,
    TEXT_ROLES,
    Parameters,
)


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
