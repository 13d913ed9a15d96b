"""The command line: choose the database and language, optionally add sample data, start.

The window is imported only when it is about to be shown, so ``--no-window`` runs without
Qt (for scripts, servers and set-up steps).

The language: ``--locale`` is read before the rest, so even ``--help`` speaks it; an unknown
name is reported and the default used instead. With the window, the Preferences choice
(kept in Qt's settings) comes next; without it, the system's locale.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import peewee

from appointments_desktop.i18n import _, asked_locale, format_number, ngettext, set_locale
from appointments_desktop.services.sample_data import create_sample_data
from appointments_desktop.storage.database import DatabaseUrlError, default_database_url
from appointments_desktop.storage.migrations import SchemaTooNew
from appointments_desktop.storage.models import Appointment
from appointments_desktop.storage.opening import open_database


def build_parser() -> argparse.ArgumentParser:
    """The command line's options."""
    parser = argparse.ArgumentParser(
        prog="appointments-desktop",
        description=_("Schedule and manage customer appointments."),
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=_(
            "database URL, e.g. sqlite:////path/to/file.db or postgresql://host/name "
            "(default: {url})"
        ).format(url=default_database_url()),
    )
    parser.add_argument(
        "--sample-data",
        action="store_true",
        help=_("fill an empty database with a sample shop to try the program"),
    )
    parser.add_argument("--locale", metavar="NAME", help=_("language and formats, e.g. de_DE"))
    parser.add_argument(
        "--no-window",
        action="store_true",
        help=_("open (create and upgrade) the database, report, and exit without a window"),
    )
    return parser


def requested_locale(argv: Sequence[str]) -> str | None:
    """The ``--locale`` given in ``argv``, read before the full command line (whose help
    texts are to be in that language); None when absent or malformed."""
    scanner = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    scanner.add_argument("--locale")
    try:
        known, _rest = scanner.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full command line reports it
    return known.locale if isinstance(known.locale, str) else None


def _use_locale(name: str | None) -> None:
    """Make ``name`` the language for messages, or say why not and use the default."""
    set_locale(name)
    if name is not None and asked_locale(name) is None:
        message = _(
            "Unknown locale “{name}”: using the default language and formats instead "
            "(expected a name such as de_DE, fr_CA or ja_JP)."
        )
        print(message.format(name=name), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program; returns the process exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    _use_locale(requested_locale(arguments))
    args = build_parser().parse_args(arguments)
    if not args.no_window:
        from appointments_desktop.ui.app import start_locale  # noqa: PLC0415 (Qt only here)

        start_locale(args.locale)
    try:
        database = open_database(args.database)
    except (DatabaseUrlError, SchemaTooNew) as error:
        print(error, file=sys.stderr)
        return 2
    except peewee.ImproperlyConfigured:
        print(
            _(
                "PostgreSQL support is not installed: install the package with its "
                "“postgres” extra (pip install 'appointments-desktop[postgres]')."
            ),
            file=sys.stderr,
        )
        return 2
    except (peewee.DatabaseError, OSError) as error:
        message = _("Cannot open the database {url}: {reason}")
        print(
            message.format(url=args.database or default_database_url(), reason=error),
            file=sys.stderr,
        )
        return 2
    if args.sample_data:
        _add_sample_data()
    if args.no_window:
        count = Appointment.select().count()
        message = ngettext(
            "Database ready: {count} appointment.", "Database ready: {count} appointments.", count
        )
        print(message.format(count=format_number(count)))
        return 0
    from appointments_desktop.ui.app import run_application  # noqa: PLC0415 (Qt only here)

    return int(run_application(database))


def _add_sample_data() -> None:
    try:
        summary = create_sample_data()
    except ValueError as error:
        print(error, file=sys.stderr)
        return
    print(
        ngettext(
            "Sample data added: {count} appointment.",
            "Sample data added: {count} appointments.",
            summary.appointments,
        ).format(count=format_number(summary.appointments))
    )
