"""The differences written out: text for a terminal, JSON for machines, Markdown for a
review document or a pull request."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Final

from socialstrategy import fmt
from socialstrategy.i18n import Text

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from socialstrategy.i18n import Language
    from socialstrategy.model.diff.difference import Difference

_SAME: Final = Text("Geen verschillen.", "No differences.")
_HEADING: Final = Text("Wat is er veranderd", "What has changed")
_COUNT: Final = (Text("{n} wijziging", "{n} change"), Text("{n} wijzigingen", "{n} changes"))
_MARKS: Final = {"added": "+", "removed": "-", "changed": "~"}


def text(differences: Sequence[Difference], language: Language) -> str:
    """One line per change, marked ``+`` added, ``-`` removed, ``~`` changed."""
    if not differences:
        return _SAME.get(language) + "\n"
    return "".join(f"{_MARKS[d.kind]} {d.sentence.get(language)}\n" for d in differences)


def as_json(differences: Sequence[Difference], language: Language) -> str:
    """A list of objects: path, kind, part, old, new, sentence (``paths`` for a change
    that stands for several)."""
    rows = [d.as_dict(language) for d in differences]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def markdown(differences: Sequence[Difference], language: Language) -> str:
    """A heading, the number of changes and a bullet per change."""
    lines = [f"## {_HEADING.get(language)}", ""]
    if not differences:
        lines.append(_SAME.get(language))
    else:
        one, many = (words.get(language) for words in _COUNT)
        lines += [fmt.plural(len(differences), one, many, language), ""]
        lines += [f"- {_escaped(d.sentence.get(language))}" for d in differences]
    return "\n".join(lines) + "\n"


def _escaped(words: str) -> str:
    """*words* with the characters Markdown would read as markup escaped."""
    for mark in ("\\", "*", "_", "`", "[", "]", "<", ">", "#"):
        words = words.replace(mark, "\\" + mark)
    return words


#: Format name → writer; every writer has the same signature.
FORMATS: Final[dict[str, Callable[[Sequence[Difference], Language], str]]] = {
    "text": text,
    "json": as_json,
    "markdown": markdown,
}


def render(differences: Sequence[Difference], name: str, language: Language) -> str:
    """*differences* written in the format *name* (a key of :data:`FORMATS`)."""
    return FORMATS[name](differences, language)


__all__ = ["FORMATS", "as_json", "markdown", "render", "text"]
