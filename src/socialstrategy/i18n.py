"""The one translation layer: every text a manager reads exists in Dutch and English.

Vocabulary labels are :class:`Text` pairs kept beside their terms (see :mod:`.vocab`);
interface strings live in per-language catalogues looked up with :func:`t`.
Dutch is the default everywhere.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

import attrs

Language = Literal["nl", "en"]
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)
DEFAULT_LANGUAGE: Final[Language] = "nl"


@attrs.frozen
class Text:
    """A text in both languages."""

    nl: str
    en: str

    def get(self, language: Language = DEFAULT_LANGUAGE) -> str:
        return self.en if language == "en" else self.nl


def is_language(value: object) -> bool:
    """Whether *value* names a supported language (for query parameters and CLI flags)."""
    return value in LANGUAGES


class Catalogue:
    """Interface strings by key, each in both languages; ``{name}`` placeholders allowed."""

    def __init__(self, entries: dict[str, Text]) -> None:
        self.entries = entries

    @classmethod
    def merged(cls, what: str, *parts: dict[str, Text]) -> Catalogue:
        """One catalogue of *parts* (a module of texts each); a key defined in two of them
        is refused, naming *what* the texts are for."""
        entries: dict[str, Text] = {}
        for part in parts:
            overlap = entries.keys() & part.keys()
            if overlap:
                raise ValueError(f"{what} text keys defined twice: {sorted(overlap)}")
            entries.update(part)
        return cls(entries)

    def __call__(self, key: str, language: Language = DEFAULT_LANGUAGE, **params: object) -> str:
        text = self.entries[key].get(language)
        return text.format(**params) if params else text
