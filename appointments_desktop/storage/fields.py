"""Custom peewee fields."""

from __future__ import annotations

from typing import Any

import peewee

from appointments_desktop.domain.status import Status


class StatusField(peewee.CharField):
    """Stores a :class:`Status` as its string and reads it back as the enum."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 16)
        kwargs.setdefault("default", Status.PENDING.value)
        super().__init__(**kwargs)

    def db_value(self, value: Any) -> Any:
        return None if value is None else Status(value).value

    def python_value(self, value: Any) -> Any:
        return None if value is None else Status(value)
