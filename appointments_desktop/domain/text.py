"""Folding text for search: case- and accent-insensitive in every script."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``text`` in lower case without accents ("ZOË" and "zoe" fold alike)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def customer_search_key(name: str, phone: str = "", email: str = "") -> str:
    """The folded text a customer is found by: name, phone, the phone's digits, email."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return " ".join(fold(part) for part in (name or "", phone or "", digits, email or "") if part)
