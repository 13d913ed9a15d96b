"""Long texts in small windows: labels that wrap instead of widening the window, and windows
that grow to show every wrapped line.

Translations run up to half again as long as English, so a sentence in a dialog wraps; its
width comes from the font (characters, never pixels), so it suits every font size. Qt sizes
a window for its wrapped lines when the window is first shown, but not for a text shown or
lengthened later (a note, a problem): the label keeps its old height and cuts the new lines
off. :func:`fit_height` gives the window the height its layout then needs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def wrapped_label(text: str = "", *, object_name: str = "", minimum_characters: int = 0) -> QLabel:
    """A label that wraps its words, at least ``minimum_characters`` average characters wide
    (so a long sentence makes a comfortable width, not a narrow column of lines)."""
    label = QLabel(text, objectName=object_name)
    label.setWordWrap(True)
    set_minimum_characters(label, minimum_characters)
    return label


def set_minimum_characters(widget: QWidget, characters: int) -> None:
    """Keep ``widget`` at least ``characters`` average characters of its font wide."""
    if characters:
        widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * characters)


def fit_height(window: QWidget) -> None:
    """Make the shown ``window`` tall enough for its layout at its present width, wrapped
    texts included; never shorter. A hidden window is left alone: showing sizes it."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalMinimumSize().height()
    if needed > window.height():
        window.resize(window.width(), needed)
