"""The base of every vocabulary: an enum whose value is the code used in files."""

from __future__ import annotations

import difflib
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text

if TYPE_CHECKING:
    from collections.abc import Sequence

T = TypeVar("T", bound="Term")


class Term(str, Enum):
    """A vocabulary entry: ``code`` in files and code, ``text`` for people.

    Members are declared as ``NAME = ("code", "Nederlands", "English")`` so the label
    sits next to the code it belongs to.
    """

    text: Text

    def __new__(cls, code: str, nl: str, en: str) -> Any:
        member = str.__new__(cls, code)
        member._value_ = code
        member.text = Text(nl=nl, en=en)
        return member

    @property
    def code(self) -> str:
        return str(self._value_)

    def label(self, language: Language = DEFAULT_LANGUAGE) -> str:
        return self.text.get(language)

    def __str__(self) -> str:
        return self.code

    @classmethod
    def parse(cls: type[T], code: str) -> T:
        """The member whose code is *code*; ValueError otherwise."""
        member = cls._value2member_map_.get(code)
        if member is None:
            raise ValueError(f"{code!r} is not a {cls.__name__} code")
        return member  # type: ignore[return-value]

    @classmethod
    def codes(cls) -> tuple[str, ...]:
        return tuple(member.code for member in cls)

    @classmethod
    def suggest(cls, wrong: str) -> Sequence[str]:
        """Codes that look like *wrong*, for "did you mean" hints."""
        return difflib.get_close_matches(wrong, cls.codes(), n=3, cutoff=0.6)
