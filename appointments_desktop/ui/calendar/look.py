"""How a block looks for its appointment type and status, and the grid's colours.

The type's colour fills the block and marks its left edge; the status changes the rest:
confirmed blocks are solid, pending ones light with a dashed border (tentative), completed
ones muted with a ✓, cancelled and no-show ones faded with their text struck through. The
status word is always written on the block too (see :mod:`texts`), so nobody depends on
telling the styles apart. Blocks are light fills with dark text under any palette; what is
drawn straight on the widget's background comes from its palette (:class:`CalendarColours`),
so a dark desktop theme gets light text and dark lines.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from appointments_desktop.domain.status import Status

DEFAULT_TYPE_COLOUR = "#4a90d9"
NOW_LINE = QColor("#d32f2f")
TODAY_TINT = QColor(255, 196, 0, 26)
LOAD_BAR = QColor("#9cc3f0")
OVERLOAD_BAR = QColor("#f4a6a6")
DARK_TEXT = QColor("#1f1f1f")
LIGHT_TEXT = QColor("#ffffff")
FADED_TEXT = QColor("#595d63")

SECONDARY_TEXT_SHARE = 0.38
"""How far secondary text (ruler, "–", names beside the load bars) fades towards the
background: on white, #616161 (the grey the ruler always had)."""
GRID_LINE_SHARE = 0.16
HALF_HOUR_LINE_SHARE = 0.08
CLOSED_SHADE_SHARE = 0.05
"""How far lines and the closed-hours shade move from the background towards the text: on
white, #d6d6d6, #ebebeb and #f2f2f2."""
DARK_BAR_SHARE = 0.4
"""Under light text (a dark theme) a load bar is its pastel only this much of the way from
the background, so the text over it stays readable."""


@dataclass(frozen=True)
class CalendarColours:
    """The colours drawn straight on a calendar widget's background, from its palette.

    Made once per paint. ``text`` and the lines contrast with ``background`` under light
    and dark palettes alike; on a white background with black text they are the light
    theme's familiar greys.
    """

    background: QColor
    text: QColor
    secondary_text: QColor
    grid_line: QColor
    half_hour_line: QColor
    closed_shade: QColor
    selected_outline: QColor
    today_header: QColor
    today_header_text: QColor
    load_bar: QColor
    overload_bar: QColor

    @classmethod
    def from_palette(cls, palette: QPalette, *, window: bool = False) -> CalendarColours:
        """The colours over ``palette``'s Base and Text (with ``window``: Window and
        WindowText, as behind the header)."""
        role = QPalette.ColorRole
        background = palette.color(role.Window if window else role.Base)
        text = palette.color(role.WindowText if window else role.Text)
        return cls(
            background=background,
            text=text,
            secondary_text=mix(text, background, SECONDARY_TEXT_SHARE),
            grid_line=mix(background, text, GRID_LINE_SHARE),
            half_hour_line=mix(background, text, HALF_HOUR_LINE_SHARE),
            closed_shade=mix(background, text, CLOSED_SHADE_SHARE),
            selected_outline=text,
            today_header=palette.color(role.Highlight),
            today_header_text=palette.color(role.HighlightedText),
            load_bar=_bar(LOAD_BAR, background, text),
            overload_bar=_bar(OVERLOAD_BAR, background, text),
        )


def _bar(pastel: QColor, background: QColor, text: QColor) -> QColor:
    """``pastel`` under dark text; under light text (a dark theme), dimmed towards the
    background."""
    if luminance(text) <= luminance(background):
        return QColor(pastel)
    return mix(background, pastel, DARK_BAR_SHARE)


@dataclass(frozen=True)
class BlockLook:
    """The colours and strokes of one block."""

    fill: QColor
    stripe: QColor
    border: QColor
    border_style: Qt.PenStyle
    text: QColor
    struck: bool


def mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0..1) of the way towards ``other``."""
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * amount,
        colour.greenF() + (other.greenF() - colour.greenF()) * amount,
        colour.blueF() + (other.blueF() - colour.blueF()) * amount,
    )


def luminance(colour: QColor) -> float:
    """The relative luminance of ``colour`` (WCAG 2: linear RGB, 0 black .. 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 .. 21)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_text(fill: QColor) -> QColor:
    """Dark or white text, whichever contrasts more with ``fill``."""
    return max((DARK_TEXT, LIGHT_TEXT), key=lambda text: contrast(text, fill))


def type_colour(name: str) -> QColor:
    """The type's colour, or the default blue when it is empty or not a colour."""
    colour = QColor(name or DEFAULT_TYPE_COLOUR)
    return colour if colour.isValid() else QColor(DEFAULT_TYPE_COLOUR)


@functools.lru_cache(maxsize=256)
def block_look(status: Status, colour_name: str) -> BlockLook:
    """The look of a block of type colour ``colour_name`` in ``status`` (shared: do not
    change the colours it returns)."""
    colour = type_colour(colour_name)
    white, grey = QColor("#ffffff"), QColor("#9aa0a6")
    if status is Status.CONFIRMED:
        fill = mix(colour, white, 0.15)
        return BlockLook(
            fill,
            colour.darker(130),
            colour.darker(140),
            Qt.PenStyle.SolidLine,
            readable_text(fill),
            struck=False,
        )
    if status is Status.PENDING:
        fill = mix(colour, white, 0.72)
        return BlockLook(
            fill, colour, colour.darker(115), Qt.PenStyle.DashLine, DARK_TEXT, struck=False
        )
    if status is Status.COMPLETED:
        muted = mix(colour, grey, 0.6)
        return BlockLook(
            mix(muted, white, 0.55), muted, muted, Qt.PenStyle.SolidLine, DARK_TEXT, struck=False
        )
    faded = mix(colour, white, 0.6)
    return BlockLook(
        mix(colour, white, 0.9), faded, faded, Qt.PenStyle.DotLine, FADED_TEXT, struck=True
    )
