"""The core never imports Qt: ``import appointments_desktop`` works without PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import appointments_desktop

PACKAGE = Path(appointments_desktop.__file__).parent
CORE_FOLDERS = ("domain", "storage", "services")


def test_importing_the_package_and_the_cli_does_not_import_pyside6() -> None:
    probe = (
        "import sys, appointments_desktop, appointments_desktop.cli;"
        "import appointments_desktop.services.sample_data;"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_modules_never_import_qt_or_the_ui_even_lazily() -> None:
    offenders = []
    for folder in CORE_FOLDERS:
        for path in (PACKAGE / folder).rglob("*.py"):
            for name in _imported_modules(path):
                if name.startswith(("PySide6", "appointments_desktop.ui")):
                    offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_domain_does_not_import_storage_or_services() -> None:
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in _imported_modules(path):
            if name.startswith(
                ("peewee", "appointments_desktop.storage", "appointments_desktop.services")
            ):
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


QUERY_BUILDING = frozenset(
    {
        "where",
        "join",
        "switch",
        "order_by",
        "group_by",
        "with_details",
        "get_or_none",
        "get_by_id",
        "execute",
        "execute_sql",
        "tuples",
        "dicts",
        "for_update",
    }
)
"""peewee's query-building calls; the window asks the core's named helpers instead."""


def _query_lines(source: str) -> list[int]:
    """Lines with a query-building method call (``", ".join`` on a string is no query)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr in QUERY_BUILDING and not isinstance(node.func.value, ast.Constant):
            lines.append(node.lineno)
    return lines


def test_no_ui_module_builds_a_query() -> None:
    modules = sorted((PACKAGE / "ui").rglob("*.py"))
    assert len(modules) > 20  # the walk found the window's code
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in modules
        for line in _query_lines(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_query_check_sees_a_query_and_not_a_string_join() -> None:
    source = 'label = ", ".join(names)\nrows = Appointment.select().where(Appointment.id == 1)\n'
    assert _query_lines(source) == [2]
