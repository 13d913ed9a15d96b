"""What a chart shows: bars and points whose values the caller has already formatted.

No Qt. The charts never format a number themselves: each item carries the text to write
(``"12"``, ``"45 %"``, formatted with babel by the caller), so every chart speaks the
active locale.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from appointments_desktop.i18n import _


@dataclass(frozen=True)
class Bar:
    """One bar: ``value`` sets its length, ``text`` is written at its end.

    ``tooltip`` is shown on hover; empty means "label: text". ``short_labels`` are shorter
    forms of ``label``, each shorter than the one before ("Sat", "S" after "Saturday"): a
    column chart writes the first form that lets every label fit whole.
    """

    label: str
    value: float
    text: str
    tooltip: str = ""
    short_labels: tuple[str, ...] = ()

    def label_form(self, number: int) -> str:
        """Form ``number`` of the label (0: ``label``), or the shortest there is."""
        forms = (self.label, *self.short_labels)
        return forms[min(number, len(forms) - 1)]


@dataclass(frozen=True)
class Point:
    """One point of a line; ``value`` None means "no data here", a gap in the line."""

    label: str
    value: float | None
    text: str
    tooltip: str = ""


def entry_text(item: Bar | Point) -> str:
    """``"label: text"`` in the active language, for tooltips and screen readers."""
    # Translators: one bar or point of a chart, e.g. "Consultation: 12".
    template = _("{label}: {value}")
    return template.format(label=item.label, value=item.text or _("no data"))


def tooltip_for(item: Bar | Point) -> str:
    """The caller's tooltip, or ``"label: text"`` when it gave none."""
    return item.tooltip or entry_text(item)


def describe(items: Iterable[Bar | Point]) -> str:
    """All items as ``"Consultation: 12, Repair: 7"``, the chart's accessible description."""
    return ", ".join(entry_text(item) for item in items)
