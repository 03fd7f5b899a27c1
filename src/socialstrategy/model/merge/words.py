"""A field and its values in words: what a manager reads when two versions clash, and
what :mod:`socialstrategy.model.diff` tells of the changes between two versions.

Names, not ids (a reference reads as the part's name, :mod:`socialstrategy.model.names`);
vocabulary entries by their labels; dates, numbers and lists the Dutch or English way
(:mod:`socialstrategy.fmt`).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any, Final

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import LANGUAGES, Language, Text
from socialstrategy.model.channels import Span
from socialstrategy.model.merge.fields import field_words
from socialstrategy.model.names import NAMING, display_name, given_name, name_of, naming
from socialstrategy.vocab._term import Term

if TYPE_CHECKING:
    from socialstrategy.model.strategy import Strategy

#: What a part one side removed reads as.
GONE: Final = Text("(verwijderd)", "(removed)")
EMPTY: Final = Text("(leeg)", "(empty)")
_YES_NO: Final = {True: Text("ja", "yes"), False: Text("nee", "no")}
#: A value longer than this is shortened: the manager chooses, the plan keeps it whole.
_LONGEST: Final = 400


def item_words(part: object, plan: Strategy) -> Text:
    """A part of a list as a step of a field's name: "Doel ‘Meer sollicitanten’"; a part
    without a name of its own by the part it names ("Escalatiestap ‘Woordvoerder’"),
    read in *plan*."""

    def one(language: Language) -> str:
        noun = fmt.capital(naming(type(part)).noun.get(language))
        named = (
            given_name(part, language)
            or (display_name(part, language) if naming(type(part)).label else "")
            or _named_by_reference(part, plan, language)
        )
        return f"{noun} ‘{named}’" if named else fmt.capital(display_name(part, language))

    return Text(*(one(language) for language in LANGUAGES))


def _named_by_reference(part: Any, plan: Strategy, language: Language) -> str:
    """The name of the first part *part* refers to (an escalation step's role)."""
    if not attrs.has(type(part)):
        return ""
    for field in attrs.fields(type(part)):
        value = getattr(part, field.name)
        if field.metadata.get("ref") and isinstance(value, str) and value:
            return name_of(plan, field.metadata["ref"], value, language)
    return ""


def field_label(kind: type, field: str) -> Text:
    """A field of a part as a step of a field's name: "Werkgebied"."""
    words = field_words(kind, field)
    return Text(fmt.capital(words.nl), fmt.capital(words.en))


def joined(steps: tuple[Text, ...]) -> Text:
    """The steps of a field's name as one: "Organisatie › Werkgebied"."""
    return Text(*(" › ".join(step.get(language) for step in steps) for language in LANGUAGES))


def value_words(value: Any, plan: Strategy, target: type | None) -> Text:
    """*value* in words, in both languages; *target*: the kind of part an id names, for
    a reference field (read in *plan*, the version the value comes from)."""
    return Text(*(_shorten(_words(value, plan, target, language)) for language in LANGUAGES))


def _shorten(words: str) -> str:
    return words if len(words) <= _LONGEST else words[: _LONGEST - 1].rstrip() + "…"


def _words(value: Any, plan: Strategy, target: type | None, language: Language) -> str:
    empty = value is None or (isinstance(value, (str, tuple)) and not value)
    if empty:
        return EMPTY.get(language)
    if isinstance(value, tuple):
        return fmt.items([_words(each, plan, target, language) for each in value], language)
    if target is not None and isinstance(value, str):
        return name_of(plan, target, value, language)
    if isinstance(value, bool):
        return _YES_NO[value].get(language)
    if isinstance(value, Term):
        return value.label(language)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return fmt.date(value, language)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, (int, float)):
        return fmt.number(value, language)
    if isinstance(value, Span):
        return f"{value.start:%H:%M}–{value.end:%H:%M}"
    if attrs.has(type(value)):
        return _part_words(value, plan, language)
    return str(value)


def _part_words(part: Any, plan: Strategy, language: Language) -> str:
    """A part in words: its name where it has one, else its fields that hold something."""
    # A dated record (a measurement, a status update) is named by its day, which says
    # nothing of what it holds: its fields are told.
    if any(cls in NAMING for cls in type(part).__mro__) and naming(type(part)).fields != ("date",):
        return display_name(part, language)
    said = []
    for field in attrs.fields(type(part)):
        value = getattr(part, field.name)
        if value in (None, "", ()) or field.name in {"model_text", "model_texts"}:
            continue
        target = field.metadata.get("ref")
        words = _words(value, plan, target, language)
        said.append(f"{field_words(type(part), field.name).get(language)}: {words}")
    return "; ".join(said) or EMPTY.get(language)


__all__ = ["EMPTY", "GONE", "field_label", "item_words", "joined", "value_words"]
