"""The German, French and Spanish catalogs are complete and current with the source.

The messages of the source are extracted here, in the test, with the very pybabel call of
``packaging/translations.py`` (its mapping in pyproject.toml, its keywords, its comment tag)
into a temporary template: no template or compiled file in the repository is trusted. Each
``.po`` then must have every message of the source and no other (an obsolete entry kept as
a message, not commented out, fails), each translated and none fuzzy, plural entries with
the source's very plural text (``msgid_plural``: gettext tells messages apart by their
singular only, so a changed plural would otherwise pass unseen) and exactly the language's
number of forms, the source's ``{fields}`` and as many ``&`` mnemonics as the source.

For the same reason one singular has one plural everywhere in the source: the extraction
keeps the first file's plural of a singular and drops any other without a word, so a
plural changed in a later file alone is checked on every use, before extraction.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_keywords
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from appointments_desktop.catalogs import DEFAULT_CATALOGS

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "fr", "es")
FIX = (
    "To fix: run `python packaging/translations.py update`, then translate every new or "
    "changed message in {path} (check each fuzzy suggestion before removing its flag)."
)
FIELDS = re.compile(r"\{[^{}]*\}")

Key = tuple[str | None, str]
"""What pairs a catalog's message with the source's: its context and its (singular) msgid,
as gettext looks it up. The plural text is compared once they are paired."""


def _tool() -> ModuleType:
    """``packaging/translations.py``, the script the catalogs are maintained with."""
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """The source's messages, extracted now by the same pybabel call as the tool makes."""
    tool = _tool()
    output = tmp_path_factory.mktemp("extracted") / "appointments_desktop.pot"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)  # the tool runs pybabel from the checkout's root; come back after
        tool.pybabel(*tool.extract_arguments(output))
    with output.open("rb") as source:
        catalog = read_po(source)
    assert len(catalog) > 100, "the extraction found (almost) no messages"
    return catalog


Use = tuple[Key, str | None, str]
"""One marked message in the source: its key, its plural (None if it has none), where."""


def source_uses() -> Iterator[Use]:
    """Every marked message of the source, each use apart, with the tool's keywords and the
    mapping in pyproject.toml (what ``pybabel extract`` reads before it merges them)."""
    arguments = _tool().extract_arguments(Path("unused.pot"))
    keywords = next(a for a in arguments if a.startswith("--keywords="))
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    method_map = [(m["pattern"], m["method"]) for m in config["tool"]["babel"]["mappings"]]
    found = extract_from_dir(
        str(ROOT),
        method_map,
        keywords=parse_keywords(keywords.removeprefix("--keywords=").split()),
    )
    for filename, line, message, _comments, context in found:
        singular, plural = (
            (message[0], message[1]) if isinstance(message, tuple) else (message, None)
        )
        yield (context, singular), plural, f"{filename}:{line}"


def plural_conflicts(uses: Iterable[Use]) -> list[str]:
    """Each singular marked with more than one plural (or with and without one)."""
    plurals: dict[Key, dict[str | None, list[str]]] = defaultdict(lambda: defaultdict(list))
    for key, plural, where in uses:
        plurals[key][plural].append(where)
    return [
        f"{_name(key)} has {len(seen)} plurals: "
        + "; ".join(f"{plural!r} at {', '.join(places)}" for plural, places in seen.items())
        for key, seen in plurals.items()
        if len(seen) > 1
    ]


def _messages(catalog: Catalog) -> dict[Key, Message]:
    return {(message.context, _singular(message)): message for message in catalog if message.id}


def _singular(message: Message) -> str:
    return message.id[0] if isinstance(message.id, (list, tuple)) else message.id


def _strings(message: Message) -> list[str]:
    if isinstance(message.string, (list, tuple)):
        return list(message.string)
    return [message.string or ""]


def _name(key: Key) -> str:
    context, text = key
    return f"{text!r} (context {context!r})" if context else repr(text)


def _mnemonics(text: str) -> int:
    return text.replace("&&", "").count("&")


def _fields(text: str) -> list[str]:
    return sorted(FIELDS.findall(text))


def problems(template: Catalog, catalog: Catalog, language: str) -> Iterator[str]:
    """Everything wrong with ``catalog`` (of ``language``) against the source's ``template``."""
    wanted = get_plural(language).num_plurals
    if catalog.num_plurals != wanted:
        yield f"the header's Plural-Forms has {catalog.num_plurals} forms, {language} has {wanted}"
    source, translated = _messages(template), _messages(catalog)
    for key in source.keys() - translated.keys():
        yield f"missing (the source has it): {_name(key)}"
    for key in translated.keys() - source.keys():
        yield f"obsolete (the source no longer has it): {_name(key)}"
    for key in source.keys() & translated.keys():
        yield from _entry_problems(key, source[key], translated[key], wanted)


def _entry_problems(key: Key, source: Message, message: Message, forms: int) -> Iterator[str]:
    name = _name(key)
    if source.pluralizable != message.pluralizable:
        yield f"singular/plural differs from the source: {name}"
        return
    if source.pluralizable and list(source.id) != list(message.id):
        yield (
            f"plural text differs from the source: {name} has {message.id[1]!r} in the catalog, "
            f"{source.id[1]!r} in the source (an update copies the new text but keeps the old "
            "translation unflagged: check every form)"
        )
    if message.fuzzy:
        yield f"fuzzy: {name}"
    strings = _strings(message)
    if source.pluralizable and len(strings) != forms:
        yield f"{len(strings)} plural forms instead of {forms}: {name}"
    ids = list(source.id) if source.pluralizable else [source.id]
    for text in strings:
        yield from _translation_problems(name, ids, text)


def _translation_problems(name: str, ids: list[str], text: str) -> Iterator[str]:
    """What is wrong with one translated form ``text`` of the source's ``ids``."""
    if not text:
        yield f"untranslated: {name}"
        return
    fields, mnemonics = _fields(text), _mnemonics(text)
    if fields not in [_fields(original) for original in ids]:
        expected = _fields(ids[-1])
        yield f"placeholders {fields} differ from the source's {expected}: {name} → {text!r}"
    if mnemonics != _mnemonics(ids[0]):
        expected_count = _mnemonics(ids[0])
        yield f"{mnemonics} '&' mnemonics instead of {expected_count}: {name} → {text!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalog_is_complete_and_current(template: Catalog, language: str) -> None:
    path = DEFAULT_CATALOGS.source(language)
    with path.open("rb") as source:
        catalog = read_po(source)
    found = sorted(problems(template, catalog, language))
    assert not found, (
        f"{path.relative_to(ROOT)}: {len(found)} problems\n  "
        + "\n  ".join(found)
        + "\n"
        + FIX.format(path=path.relative_to(ROOT))
    )


def test_one_singular_has_one_plural_across_the_source() -> None:
    uses = list(source_uses())
    assert len(uses) > 100, "the extraction found (almost) no messages"
    conflicts = plural_conflicts(uses)
    assert not conflicts, (
        "gettext keeps one plural per singular: use the same plural everywhere, or another "
        "singular (or a context)\n  " + "\n  ".join(conflicts)
    )


# -- the checks themselves ------------------------------------------------------------------


def _catalog(language: str, *messages: Message) -> Catalog:
    catalog = Catalog(locale=language)
    for message in messages:
        catalog[message.id] = message
    return catalog


def _found(source: list[Message], translated: list[Message], language: str = "de") -> list[str]:
    return sorted(problems(_catalog("en", *source), _catalog(language, *translated), language))


def test_the_checks_find_missing_obsolete_untranslated_and_fuzzy_messages() -> None:
    source = [Message("Save"), Message("Close"), Message("Open"), Message("Keep")]
    translated = [
        Message("Save", "Speichern"),
        Message("Open", ""),
        Message("Keep", "Behalten", flags=["fuzzy"]),
        Message("Gone", "Weg"),
    ]
    assert _found(source, translated) == [
        "fuzzy: 'Keep'",
        "missing (the source has it): 'Close'",
        "obsolete (the source no longer has it): 'Gone'",
        "untranslated: 'Open'",
    ]


def test_the_checks_tell_messages_apart_by_context() -> None:
    source = [Message("Pending", context="status")]
    translated = [Message("Pending", "Offen", context="list filter")]
    assert _found(source, translated) == [
        "missing (the source has it): 'Pending' (context 'status')",
        "obsolete (the source no longer has it): 'Pending' (context 'list filter')",
    ]


def test_the_checks_count_plural_forms_fields_and_mnemonics() -> None:
    plural = ("{count} day", "{count} days")
    source = [Message(plural), Message("Hello {name}"), Message("&Save")]
    translated = [
        Message(plural, ("{count} Tag",)),
        Message("Hello {name}", "Hallo {nom}"),
        Message("&Save", "Speichern"),
    ]
    found = _found(source, translated)
    assert found[0].startswith("0 '&' mnemonics instead of 1: '&Save'")
    assert found[1] == "1 plural forms instead of 2: '{count} day'"
    assert found[2].startswith("placeholders ['{nom}'] differ from the source's ['{name}']")


def test_a_plural_form_may_use_the_singular_or_the_plural_fields() -> None:
    plural = ("One appointment", "{count} appointments")
    source = [Message(plural)]
    assert _found(source, [Message(plural, ("Ein Termin", "{count} Termine"))]) == []


def test_the_checks_find_a_changed_plural_text() -> None:
    """gettext pairs messages by their singular: a plural changed in the source alone must
    still be found."""
    source = [Message(("{count} appointment", "{count} appointments (plural changed)"))]
    translated = [
        Message(
            ("{count} appointment", "{count} appointments"), ("{count} Termin", "{count} Termine")
        )
    ]
    assert _found(source, translated) == [
        "plural text differs from the source: '{count} appointment' has '{count} appointments' "
        "in the catalog, '{count} appointments (plural changed)' in the source (an update "
        "copies the new text but keeps the old translation unflagged: check every form)"
    ]


def test_the_checks_find_one_singular_with_two_plurals_in_the_source() -> None:
    day = (None, "{count} day")
    uses: list[Use] = [
        (day, "{count} days", "a.py:1"),
        (day, "{count} days (plural changed)", "b.py:2"),
        (day, "{count} days", "c.py:3"),
        ((None, "Open"), None, "a.py:4"),
        ((None, "Open"), None, "b.py:5"),
        (("status", "{count} day"), "{count} other days", "d.py:6"),
    ]
    assert plural_conflicts(uses) == [
        "'{count} day' has 2 plurals: '{count} days' at a.py:1, c.py:3; "
        "'{count} days (plural changed)' at b.py:2"
    ]
