"""Where a comparison is: the field's path, its name in words, and the part it belongs to."""

from __future__ import annotations

from typing import Any, Final

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import LANGUAGES, Language, Text
from socialstrategy.model._fields import REF
from socialstrategy.model.merge.fields import field_words
from socialstrategy.model.merge.words import field_label, item_words
from socialstrategy.model.strategy import Strategy

#: A part's name longer than this is cut short in a sentence (the label keeps it whole).
_LONGEST_NAME: Final = 60


def short(text: Text, longest: int = _LONGEST_NAME) -> Text:
    """*text* cut to *longest* characters in each language, marked with an ellipsis; of
    a named part ("Doel ‘…’") only the name is cut, so its quotes stay whole."""
    return Text(*(_cut(text.get(language), longest) for language in LANGUAGES))


def _cut(words: str, longest: int) -> str:
    start, end = words.find("‘"), words.rfind("’")
    if 0 <= start < end == len(words) - 1:
        # A title written as a sentence loses its full stop inside the quotes.
        name = words[start + 1 : end].removesuffix(".")
        return words[: start + 1] + _cut(name, longest) + "’"
    return words if len(words) <= longest else words[: longest - 1].rstrip() + "…"


def lower(text: Text) -> Text:
    """*text* with a lower-case first letter, for the middle of a sentence."""
    return Text(*(words[:1].lower() + words[1:] for words in (text.nl, text.en)))


@attrs.frozen
class At:
    """Where the comparison is.

    *steps* name the field in full ("Doel ‘X’ › Indicator ‘Y’ › Streefwaarde");
    *owner* is the nearest part of a list ("indicator ‘Y’"), *outer* the one holding
    it, *section* the nearest part that is no list's ("Organisatie") when there is no
    owner, and *trail* the fields' words since then ("streefwaarde").
    """

    old_plan: Strategy
    new_plan: Strategy
    path: str = ""
    steps: tuple[Text, ...] = ()
    owner: Text | None = None
    outer: Text | None = None
    section: Text | None = None
    trail: tuple[Text, ...] = ()
    #: The kind of part an id names, for a reference field.
    target: type | None = None
    #: The kind of part holding the field, and the field's name.
    kind: type | None = None
    name: str = ""

    def field(self, kind: type, field: attrs.Attribute[Any]) -> At:
        return attrs.evolve(
            self,
            path=f"{self.path}.{field.name}" if self.path else field.name,
            steps=(*self.steps, field_label(kind, field.name)),
            trail=(*self.trail, field_words(kind, field.name)),
            target=field.metadata.get(REF),
            kind=kind,
            name=field.name,
        )

    def inside(self) -> At:
        """Into a part that is no list's (the organisation, a channel's moderation)."""
        if self.owner is not None or not self.steps:
            return self
        return attrs.evolve(self, section=self.label, trail=())

    def item(self, index: int, part: object, plan: Strategy) -> At:
        """At the part *part* (read in *plan*) at place *index* of this list."""
        words = item_words(part, plan)
        return attrs.evolve(
            self,
            path=f"{self.path}[{index}]",
            # The part's own name stands in for the list's: "Doel ‘X’", not "Doelen › Doel ‘X’".
            steps=(*self.steps[:-1], words),
            owner=lower(short(words)),
            outer=self.owner,
            section=None,
            trail=(),
            target=None,
        )

    @property
    def label(self) -> Text:
        """The field's name in full: "Organisatie › Werkgebied"."""
        return Text(*(" › ".join(s.get(language) for s in self.steps) for language in LANGUAGES))

    def subject(self) -> Text:
        """The field as the subject of a sentence: "Streefwaarde van indicator ‘Y’ (doel
        ‘X’)", "Organisatie: werkgebied"."""

        def one(nl: bool) -> str:
            language: Language = "nl" if nl else "en"
            field = " › ".join(t.get(language) for t in self.trail)
            if self.owner is not None:
                said = f"{field} {'van' if nl else 'of'} {self.owner.get(language)}"
                if self.outer is not None:
                    said += f" ({self.outer.get(language)})"
            elif self.section is not None:
                said = f"{self.section.get(language)}: {field}"
            else:
                said = field
            return fmt.capital(said)

        return Text(one(True), one(False))


__all__ = ["At", "lower", "short"]
