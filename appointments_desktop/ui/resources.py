"""Finding the program's own files (icons) in a source checkout or an installed copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def application_icon() -> QIcon:
    """The program's icon, or an empty one when the resources are not installed."""
    path = RESOURCES / "icons" / "appointments-desktop.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
