"""Field helpers shared by the model: documented fields, ids, and local invariants.

Validators raise :class:`FieldError` so the file loader can point at the exact field
(``goals[2].id``) and say what is wrong in both languages.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import typing
import unicodedata
from typing import TYPE_CHECKING, Any, Final

import attrs

from socialstrategy.i18n import Text

if TYPE_CHECKING:
    from collections.abc import Callable

#: In JSON Schema (ECMA-262) "$" is the end of the text; Python's "$" also matches before
#: a final newline, so the model checks with fullmatch, never match.
ID_PATTERN: Final = r"^[a-z0-9][a-z0-9_-]{0,63}$"
_ID_RE: Final = re.compile(ID_PATTERN)
#: Longest free text a field takes; longer is a paste gone wrong, not a strategy.
MAX_TEXT: Final = 20_000
#: Longest one-line text (a title, a name, an owner): a sentence, not a page.
MAX_LINE: Final = 500
#: The dates a strategy may hold: its past (1900) to well beyond any plan (2200). Scoring
#: counts years on and back from them; the planner's calendar needs room around them.
FIRST_DAY: Final = dt.date(1900, 1, 1)
LAST_DAY: Final = dt.date(2200, 12, 31)
#: The same years as the leading part of an ISO date, for the JSON Schema.
DATE_PATTERN: Final = r"^(19[0-9]{2}|2[01][0-9]{2}|2200)-"
#: Largest count (employees, locations, revisions); the planner's number fields, in a
#: browser, are exact only up to 2**53.
MAX_COUNT: Final = 1_000_000
#: Longest time in hours a response or deadline may take: a year.
MAX_HOURS: Final = 24 * 365


def slug(text: str, length: int = 40) -> str:
    """*text* as lower-case ASCII words joined by hyphens: ``"Cliëntenraad 't Gooi"`` →
    ``"clientenraad-t-gooi"``; accents keep their base letter. May be empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:length].strip("-")


@functools.cache
def field_types(cls: type) -> dict[str, Any]:
    """The resolved types of a model class's fields.

    The model uses postponed annotations, so attrs' ``Attribute.type`` holds strings.
    """
    return typing.get_type_hints(cls)


class FieldError(ValueError):
    """A local invariant of one field does not hold."""

    def __init__(self, field: str, text: Text) -> None:
        super().__init__(f"{field}: {text.en}")
        self.field = field
        self.text = text


def doc(
    text: str, *, pattern: str | None = None, schema: dict[str, Any] | None = None, **kwargs: Any
) -> Any:
    """An attrs field with a one-line description (used by the JSON Schema), and what
    else the schema says about its values (*schema*: keywords such as ``maximum``)."""
    metadata: dict[str, Any] = {"doc": text}
    if pattern is not None:
        metadata["pattern"] = pattern
    if schema:
        metadata["schema"] = schema
    return attrs.field(metadata=metadata, **kwargs)


def starter_mark() -> Any:
    """The mark of a starter (model) text that no person has edited or accepted yet.

    A new plan for a sector starts with model texts; editing the part or accepting it
    clears the mark, and a rule finds the marks left, so the score rewards adapting.
    """
    return doc(
        "A model text from the sector's starter texts, not yet edited or accepted.",
        default=False,
    )


def _check_id(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not _ID_RE.fullmatch(value):
        raise FieldError(
            attribute.name,
            Text(
                nl=f"'{value}' is geen geldige id: gebruik kleine letters, cijfers, - en _"
                " (maximaal 64 tekens, beginnend met een letter of cijfer)",
                en=f"'{value}' is not a valid id: use lower-case letters, digits, - and _"
                " (at most 64 characters, starting with a letter or digit)",
            ),
        )


def id_field(what: str) -> Any:
    """The stable id other parts of the strategy refer to."""
    metadata = {"doc": f"Stable id of this {what}; other parts refer to it.", "id": True}
    return attrs.field(metadata={**metadata, "pattern": ID_PATTERN}, validator=_check_id)


#: The metadata key of a reference field: the model class whose id the field holds.
#: :mod:`socialstrategy.model.references` finds every reference from it, so a new
#: reference field is checked, named and offered in pickers without being listed.
REF: Final = "ref"


def refs(what: str, *, target: type) -> Any:
    """A list of ids of other parts, each the id of a *target* (``refs(..., target=Role)``)."""
    return attrs.field(metadata={"doc": f"Ids of {what}.", REF: target}, default=())


def ref(what: str, *, target: type, required: bool = False) -> Any:
    """The id of one *target* (``ref(..., target=Role)``), or empty; *required*: the field
    must be given in the file (it may still be empty)."""
    if required:
        return attrs.field(metadata={"doc": f"Id of {what}.", REF: target})
    return attrs.field(
        metadata={"doc": f"Id of {what} (empty when none).", REF: target}, default=""
    )


def _too_long(field: str, value: str, limit: int = MAX_TEXT) -> FieldError:
    return FieldError(
        field,
        Text(
            nl=f"tekst is te lang ({len(value)} tekens, maximaal {limit})",
            en=f"text is too long ({len(value)} characters, at most {limit})",
        ),
    )


def _check_texts(_: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for index, item in enumerate(value):
        if len(item) > MAX_TEXT:
            raise _too_long(f"{attribute.name}[{index}]", item)


def _newlines(value: object) -> object:
    # One line ending everywhere: TOML normalises newlines in multi-line strings, so a
    # CRLF pasted from Windows would otherwise not survive a save.
    return value.replace("\r\n", "\n") if isinstance(value, str) else value


def _newlines_each(value: object) -> object:
    return tuple(_newlines(v) for v in value) if isinstance(value, tuple) else value


def _free_text(description: str, maximum: int) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
        if len(value) > maximum:
            raise _too_long(attribute.name, value, maximum)

    return attrs.field(
        default="",
        converter=_newlines,
        validator=check,
        metadata={"doc": description, "max_length": maximum},
    )


def text(description: str) -> Any:
    """A free-text field, empty by default."""
    return _free_text(description, MAX_TEXT)


def line(description: str) -> Any:
    """A one-line free text (a title, a name), empty by default; at most MAX_LINE."""
    return _free_text(description, MAX_LINE)


def texts(description: str) -> Any:
    """A list of short free texts (steps, measures), empty by default."""
    return attrs.field(
        default=(),
        converter=_newlines_each,
        validator=_check_texts,
        metadata={"doc": description, "max_item_length": MAX_TEXT},
    )


def _hours(_: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not (math.isfinite(value) and 0 < value <= MAX_HOURS):
        raise FieldError(
            attribute.name,
            Text(
                nl=f"moet groter dan 0 en hoogstens {MAX_HOURS} uur (een jaar) zijn, niet {value}",
                en=f"must be above 0 and at most {MAX_HOURS} hours (a year), not {value}",
            ),
        )


def _count(minimum: int) -> Callable[[Any, attrs.Attribute[Any], int | None], None]:
    def check(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and not minimum <= value <= MAX_COUNT:
            raise FieldError(
                attribute.name,
                Text(
                    nl=f"moet tussen {minimum} en {MAX_COUNT} liggen, niet {value}",
                    en=f"must be from {minimum} to {MAX_COUNT}, not {value}",
                ),
            )

    return check


def _in_years(_: object, attribute: attrs.Attribute[Any], value: dt.date | None) -> None:
    if value is not None and not FIRST_DAY <= value <= LAST_DAY:
        raise FieldError(
            attribute.name,
            Text(
                nl=f"{value} ligt niet tussen {FIRST_DAY.year} en {LAST_DAY.year}",
                en=f"{value} is not between {FIRST_DAY.year} and {LAST_DAY.year}",
            ),
        )


def _finite(_: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not math.isfinite(value):
        raise FieldError(
            attribute.name,
            Text(nl=f"moet een getal zijn, niet {value}", en=f"must be a number, not {value}"),
        )


def positive(description: str) -> Any:
    """An optional number of hours: above zero, at most a year."""
    return doc(
        description,
        default=None,
        validator=_hours,
        schema={"exclusiveMinimum": 0, "maximum": MAX_HOURS},
    )


def count(description: str, *, minimum: int = 0, default: int | None = None) -> Any:
    """A whole number of things (employees, revisions): *minimum* to MAX_COUNT."""
    return doc(
        description,
        default=default,
        validator=_count(minimum),
        schema={"minimum": minimum, "maximum": MAX_COUNT},
    )


def day(description: str, *, after: Any = None) -> Any:
    """An optional date between FIRST_DAY and LAST_DAY; *after*: a further validator."""
    checks = [_in_years] if after is None else [_in_years, after]
    return doc(
        description,
        default=None,
        validator=checks,
        schema={"pattern": DATE_PATTERN},
    )


def number(description: str) -> Any:
    """An optional finite number (baselines, targets)."""
    return doc(description, default=None, validator=_finite)


def not_before(earlier: str, nl: str, en: str) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """A validator: this date may not lie before the field named *earlier*."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        first = getattr(instance, earlier)
        if value is not None and first is not None and value < first:
            raise FieldError(
                attribute.name,
                Text(
                    nl=f"{value} ligt vóór {nl} ({first})", en=f"{value} is before {en} ({first})"
                ),
            )

    return check
