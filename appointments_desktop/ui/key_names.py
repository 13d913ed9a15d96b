"""Keys and menu commands named inside our messages, in the user's language.

A message never spells a key ("Ctrl+Return", "Page Up"): it has a ``{key}`` field filled
from :func:`key_name`, which asks Qt, so the name follows the platform (⌘ on macOS) and
Qt's own translation ("Strg+Return", "Bild aufwärts"). A menu command is named from the
same messages its menu and action show, so the two can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from appointments_desktop.i18n import _

Key = str | Qt.Key | QKeySequence.StandardKey


def key_name(key: Key) -> str:
    """How the user's platform and language name ``key`` (a sequence such as
    ``"Ctrl+Return"``, a ``Qt.Key`` or a standard key), as the menus show shortcuts."""
    sequence = QKeySequence(key)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def plain_label(label: str) -> str:
    """A menu label as running text: without its ``&`` mnemonic and trailing "…"."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def menu_command(menu: str, command: str) -> str:
    """The path to a command as the menus show it ("Edit › Undo"), from their labels."""
    # Translators: the path to a command in the menus, e.g. "Edit › Undo".
    return _("{menu} › {command}").format(menu=plain_label(menu), command=plain_label(command))
