"""What the record dialogs say: headings, counts, list notes, tooltips and two questions.

Each dialog names its kind of record in a :class:`Wording` (translated in its own module, so
translators see whole sentences); the sentences that do not name the kind live here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from appointments_desktop.i18n import _, format_number, ngettext
from appointments_desktop.services.catalog import Record
from appointments_desktop.ui import messages


@dataclass(frozen=True)
class Wording:
    """The sentences that name the kind of record; each dialog translates its own."""

    title: str
    new_record: str
    filter_hint: str
    delete_title: str
    delete_question: str
    """Asks before deleting; ``{name}`` is the record's name."""
    unsaved_new: str


def heading(record: Record | None, wording: Wording) -> str:
    """The form's heading: the record's name (marked when inactive), or what to do."""
    if record is None:
        return _("Choose one from the list, or click Add.")
    if record.id is None:
        return wording.new_record
    if not getattr(record, "active", True):
        return _("{name} (inactive)").format(name=record.name)
    return str(record.name)


def count_text(record: Record | None, count: int) -> str:
    """``count``, the appointments (any status) referring to ``record``; "None yet" if new."""
    if record is None or record.id is None:
        return _("None yet")
    return format_number(count)


def delete_tip(record: Record, in_use: int) -> str:
    """The Delete button's tooltip: how many appointments stop the delete, or that it asks."""
    if not in_use:
        return _("No appointment refers to “{name}”; you are asked before it is deleted.").format(
            name=record.name
        )
    return ngettext(
        "{count} appointment refers to “{name}”, so it cannot be deleted.",
        "{count} appointments refer to “{name}”, so it cannot be deleted.",
        in_use,
    ).format(count=format_number(in_use), name=record.name)


def list_note(count: int, filter_text: str, limit: int | None) -> str:
    """The line under the list: nothing found, nothing yet, or only the first ones shown."""
    text = filter_text.strip()
    if count == 0 and text:
        return _("Nothing matches “{text}”.").format(text=text)
    if count == 0:
        return _("None yet: click Add to create one.")
    if limit is not None and count >= limit:
        return _("Showing the first {count}: type to narrow the list.").format(
            count=format_number(count)
        )
    return ""


def ask_to_discard(parent: QWidget, record: Record | None, wording: Wording) -> bool:
    """Whether the user lets unsaved edits to ``record`` go."""
    text = wording.unsaved_new
    if record is not None and record.id is not None:
        text = _("Your changes to “{name}” have not been saved.").format(name=record.name)
    return messages.confirm(
        parent,
        _("Discard changes?"),
        text,
        _("Discard changes"),
        informative=_("Go back to keep editing, then click Save."),
    )


def ask_to_delete(parent: QWidget, record: Record, wording: Wording) -> bool:
    """Whether the user confirms deleting ``record``."""
    return messages.confirm(
        parent,
        wording.delete_title,
        wording.delete_question.format(name=record.name),
        wording.delete_title,
        informative=_("This cannot be undone."),
    )
