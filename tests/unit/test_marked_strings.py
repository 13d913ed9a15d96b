"""Every user-visible string literal of ours is marked for translation.

An AST scan of every module under ``appointments_desktop/``. A string literal is *text* when,
once its ``{fields}`` are taken out, it still holds a letter. The scan fails on text that
reaches a person without going through ``_()``, ``ngettext()``, ``pgettext()`` or
``npgettext()``:

- passed to a Qt text API (``setText``, ``setToolTip``, ``addItem``, ``QLabel(...)``,
  ``QAction(...)``, ``showMessage``, ``setSuffix``, a form's ``addRow``/``insertRow`` label,
  ``drawText``, ``setHeaderData``, ``setButtonText``, ``setAccessibleName``, ... and the text
  keywords ``text=``, ``toolTip=``, ``windowTitle=`` ... of any call);
- passed to ``setItemData``/``setData`` for a shown role (``DisplayRole``, ``ToolTipRole``,
  ...);
- passed to a static dialog function: ``QMessageBox.warning`` and its siblings,
  ``QInputDialog.getText``/``getInt``/``getItem``/..., the caption and filters of
  ``QFileDialog.get*``, the title of ``QColorDialog.getColor``, the class also under an
  alias (``import ... as Box``, ``Box = QMessageBox``, ``QtWidgets.QMessageBox``);
- given to argparse as ``help=``, ``description=``, ``epilog=`` (it prints them);
- passed to a text parameter of one of our own ui helpers (a parameter named ``text``,
  ``title``, ``label``, ``tip``, ``informative``, ... of a function under ``ui/``; the
  dataclass ``ActionSpec`` and ``FieldProblem`` by their fields);
- given to an exception raised with it (``raise SomeError("...")``): the core's errors
  reach the user in message boxes;
- returned from a function whose name says it makes a label, text, title, message, ...,
  or from a model's ``data()``/``headerData()`` (and the functions whose result they return);
- held by a module or class constant named like text (``*HEADERS``, ``*TITLES``,
  ``*LABELS``, ``*NAMES``, ...: a list, tuple, set or dict of literals; ``*_OBJECT_NAMES``
  holds object names), or by any module or class constant that reaches one of the above;
- filled into a ``{field}`` of a marked message (``_("Cannot save. {problems}")``).

A literal is followed through a function's local variables (``text = "..."`` then
``label.setText(text)``), through ``a if c else b``, ``a or b``, lists, dicts and joins.
An f-string is never accepted there (it hides unformatted numbers and cannot be
translated), nor is a literal glued (``+``, ``%``, ``.format``) to other text. A number
filled into a marked message as ``{count}`` (``{hours}``, ``{minutes}``, ...) must come
from a ``format_*`` helper, and no marked message names a key ("Ctrl+Return", "Page Up"):
key names come from ``QKeySequence``, which Qt translates. What is marked must be literal
text pybabel can extract: ``_(variable)``, ``_("a" + b)``, ``_(f"...")`` (and the same for
the messages and contexts of ``ngettext``, ``pgettext``, ``npgettext``) fail.

Exceptions are kept in :data:`ALLOWED` (literals) and :data:`ALLOWED_CONSTANTS`, each with its
reason.
"""

from __future__ import annotations

from tests.unit.string_rules import ALLOWED, ALLOWED_CONSTANTS
from tests.unit.string_scanner import scan_package

# -- the program ----------------------------------------------------------------------------


def test_every_user_visible_string_is_marked() -> None:
    findings = scan_package()
    assert not findings, (
        "Unmarked user-visible text: wrap it in _() / ngettext() / pgettext(), format numbers "
        "with the i18n format_* helpers, take key names from QKeySequence, or (for text that "
        "must stay as it is) add it to ALLOWED in tests/unit/string_rules.py with a "
        "reason.\n" + "\n".join(map(str, findings))
    )


def test_every_allowed_string_is_still_needed() -> None:
    """An allow-list entry whose text has gone would hide the next string written like it."""
    flagged = {finding.text for finding in scan_package(allowed={})}
    assert [text for text in ALLOWED if text not in flagged] == []


def test_every_allowed_constant_is_still_needed() -> None:
    flagged = {finding.rule for finding in scan_package(allowed_constants={})}
    assert [name for name in ALLOWED_CONSTANTS if f"constant {name}" not in flagged] == []
