"""The editor reads stored rows only through the core's helpers, never by building queries."""

from __future__ import annotations

import ast
from pathlib import Path

import appointments_desktop.ui.editor

EDITOR = Path(appointments_desktop.ui.editor.__file__).parent
QUERY_BUILDING = frozenset(
    {"select", "where", "join", "switch", "with_details", "execute_sql", "get_or_none"}
)
"""peewee's query-building calls; the editor uses scopes such as ``Appointment.find``."""


def _is_query_call(node: ast.AST) -> bool:
    """A call of a query-building method (``", ".join(...)`` on a string is no query)."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return False
    return node.func.attr in QUERY_BUILDING and not isinstance(node.func.value, ast.Constant)


def _query_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.name}:{node.lineno}" for node in ast.walk(tree) if _is_query_call(node)]


def test_no_editor_module_builds_a_query() -> None:
    offenders = [call for path in sorted(EDITOR.glob("*.py")) for call in _query_calls(path)]
    assert offenders == []
