"""Keep the gettext catalogs in step with the source, with babel's own tools.

    python packaging/translations.py extract   # source → resources/translations/*.pot
    python packaging/translations.py update    # extract, then every language's .po follows
    python packaging/translations.py compile   # .po → .mo beside it (optional: the program
                                                # compiles in memory when no .mo is newer)
    python packaging/translations.py init LANG # start a new language, e.g. "it"

Extraction uses the mapping in pyproject.toml (``[[tool.babel.mappings]]``) and the keywords
``_``, ``ngettext``, ``pgettext`` and ``npgettext`` (their first argument is the context);
comments starting with "Translators:" reach the translators. The template (.pot) is
generated, not committed; the .po files are the sources.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = ROOT / "resources" / "translations"
DOMAIN = "appointments_desktop"
TEMPLATE = CATALOGS / f"{DOMAIN}.pot"


def pybabel(*arguments: str) -> None:
    """Run one pybabel command (as ``pybabel ...`` would) from the checkout's root, so the
    catalogs name source files by their paths in the checkout."""
    os.chdir(ROOT)
    CommandLineInterface().run(["pybabel", "--quiet", *arguments])


def extract_arguments(output: Path) -> list[str]:
    """The ``pybabel extract`` arguments that write the template to ``output``."""
    return [
        "extract",
        "--mapping-file=pyproject.toml",
        "--keywords=_ ngettext:1,2 pgettext:1c,2 npgettext:1c,2,3",
        "--no-default-keywords",
        "--add-comments=Translators:",
        "--sort-by-file",
        "--project=Appointments Desktop",
        "--copyright-holder=The Appointments Desktop authors",
        f"--output-file={output}",
        ".",
    ]


def main(command: str, *rest: str) -> None:
    catalog_args = [f"--domain={DOMAIN}", f"--output-dir={CATALOGS}"]
    if command == "extract":
        pybabel(*extract_arguments(TEMPLATE))
    elif command == "update":
        pybabel(*extract_arguments(TEMPLATE))
        pybabel("update", f"--input-file={TEMPLATE}", *catalog_args, "--ignore-obsolete")
    elif command == "compile":
        pybabel("compile", f"--directory={CATALOGS}", f"--domain={DOMAIN}", "--statistics")
    elif command == "init" and rest:
        pybabel("init", f"--input-file={TEMPLATE}", *catalog_args, f"--locale={rest[0]}")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(*(sys.argv[1:] or ["help"]))
