"""One configured cattrs converter per file format, strict about types.

cattrs is lenient by default: it turns ``12345`` into ``"12345"`` and ``true`` into
``1``. A strategy file with a wrong type must be an error with its path instead, so
every primitive, date, vocabulary term and list gets a strict hook here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing
from typing import TYPE_CHECKING, Any, Final

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn

from socialstrategy.errors import did_you_mean
from socialstrategy.i18n import Text
from socialstrategy.model._fields import FieldError
from socialstrategy.model.channels import Span
from socialstrategy.vocab import Term

if TYPE_CHECKING:
    from collections.abc import Callable

_TYPE_NAMES: Final = {
    str: Text("tekst", "text"),
    bool: Text("true of false", "true or false"),
    int: Text("een geheel getal", "a whole number"),
    float: Text("een getal", "a number"),
    dt.date: Text("een datum (jjjj-mm-dd)", "a date (yyyy-mm-dd)"),
    dt.time: Text("een tijd (uu:mm)", "a time (hh:mm)"),
    list: Text("een lijst [...]", "a list [...]"),
    dict: Text("een tabel", "a table"),
}


class InvalidValueError(ValueError):
    """A value of the wrong type or outside its vocabulary; carries both languages."""

    def __init__(self, text: Text, hint: Text | None = None) -> None:
        super().__init__(text.en)
        self.text = text
        self.hint = hint


#: TOML integers are 64-bit; tomli reads longer ones, which no other tool could read back.
INT_MIN: Final = -(2**63)
INT_MAX: Final = 2**63 - 1


def describe(value: object) -> str:
    """*value* as it appears in a message: its repr, cut at 40 characters."""
    try:
        shown = repr(value)
    except ValueError:  # an integer of thousands of digits has no decimal repr
        shown = hex(value) if isinstance(value, int) else type(value).__name__
    except RecursionError:  # a list nested hundreds deep
        shown = type(value).__name__
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _expected(kind: type, value: object) -> InvalidValueError:
    name = _TYPE_NAMES[kind]
    return InvalidValueError(
        Text(
            nl=f"verwacht {name.nl}, niet {describe(value)}",
            en=f"expected {name.en}, not {describe(value)}",
        )
    )


def _str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _expected(str, value)
    return value


def _bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _expected(bool, value)
    return value


def _out_of_range(value: int) -> InvalidValueError:
    return InvalidValueError(
        Text(
            nl=f"{describe(value)} valt buiten het bereik van TOML-getallen (-2^63 tot 2^63-1)",
            en=f"{describe(value)} is outside the range of TOML numbers (-2^63 to 2^63-1)",
        )
    )


def _int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _expected(int, value)
    if not INT_MIN <= value <= INT_MAX:
        raise _out_of_range(value)
    return value


def _float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _expected(float, value)
    if isinstance(value, int) and not INT_MIN <= value <= INT_MAX:
        raise _out_of_range(value)
    return float(value)


def _term(value: object, kind: type[Term]) -> Term:
    if not isinstance(value, str):
        raise _expected(str, value)
    try:
        return kind.parse(value)
    except ValueError:
        pass
    codes = kind.codes()
    hint = did_you_mean(value, codes) or Text(
        nl="kies uit: " + ", ".join(codes), en="choose from: " + ", ".join(codes)
    )
    raise InvalidValueError(
        Text(nl=f"'{value}' is geen geldige waarde", en=f"'{value}' is not an allowed value"),
        hint,
    )


def _literal(value: object, kind: Any) -> Any:
    allowed = typing.get_args(kind)
    if value not in allowed:
        listed = ", ".join(map(str, allowed))
        raise InvalidValueError(
            Text(
                nl=f"{describe(value)} is niet toegestaan", en=f"{describe(value)} is not allowed"
            ),
            Text(nl=f"kies uit: {listed}", en=f"choose from: {listed}"),
        )
    return value


def _native_date(value: object, _: type) -> dt.date:
    # datetime is a subclass of date: a timestamp where a date belongs is a mistake.
    if type(value) is not dt.date:
        raise _expected(dt.date, value)
    return value


def _native_time(value: object, _: type) -> dt.time:
    if not isinstance(value, dt.time) or value.tzinfo is not None:
        raise _expected(dt.time, value)
    return value


# fromisoformat alone is not enough: from Python 3.11 it also reads "20270101",
# "2027-W01-1" and times with a zone, so the same file would load on one Python only.
_DayOrTime = typing.TypeVar("_DayOrTime", dt.date, dt.time)
_TEXT_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TEXT_TIME: Final = re.compile(r"[0-9]{2}:[0-9]{2}(:[0-9]{2})?")


def _from_text(
    kind: type[_DayOrTime], pattern: re.Pattern[str]
) -> Callable[[object, type], _DayOrTime]:
    """A hook that reads a date or time written as text in exactly *pattern*."""

    def hook(value: object, _: type) -> _DayOrTime:
        if isinstance(value, str) and pattern.fullmatch(value):
            try:
                return kind.fromisoformat(value)
            except ValueError:
                pass
        raise _expected(kind, value)

    return hook


_text_date: Final = _from_text(dt.date, _TEXT_DATE)
_text_time: Final = _from_text(dt.time, _TEXT_TIME)


SPAN_PATTERN: Final = r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$"
_SPAN: Final = re.compile(SPAN_PATTERN)


def _span(value: object, _: type) -> Span:
    """Moderation windows are written ``"08:30-17:00"``: easy to read and to edit."""
    if isinstance(value, str) and (match := _SPAN.match(value)):
        h1, m1, h2, m2 = map(int, match.groups())
        try:
            start, end = dt.time(h1, m1), dt.time(h2, m2)
        except ValueError:
            pass
        else:
            try:
                return Span(start=start, end=end)
            except FieldError as exc:
                raise InvalidValueError(exc.text) from None
    raise InvalidValueError(
        Text(
            nl=f'verwacht een tijdvak als "08:30-17:00", niet {describe(value)}',
            en=f'expected a time window like "08:30-17:00", not {describe(value)}',
        )
    )


def _unstructure_span(span: Span) -> str:
    return f"{span.start:%H:%M}-{span.end:%H:%M}"


def _is_tuple(kind: Any) -> bool:
    return typing.get_origin(kind) is tuple


def _is_literal(kind: Any) -> bool:
    return typing.get_origin(kind) is typing.Literal


def _tuple_hook(converter: cattrs.Converter, kind: Any) -> Any:
    item_type = typing.get_args(kind)[0]

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise _expected(list, value)
        items, errors = [], []
        for index, item in enumerate(value):
            try:
                items.append(converter.structure(item, item_type))
            except Exception as exc:
                # __notes__ by hand: BaseException.add_note is 3.11+.
                note = IterableValidationNote(f"@ index {index}", index, item_type)
                setattr(exc, "__notes__", [*getattr(exc, "__notes__", []), note])  # noqa: B010
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {kind!r}", errors, kind)
        return tuple(items)

    return structure


def _class_hook(converter: cattrs.Converter, cls: type) -> Any:
    inner: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True
    )

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, dict):
            raise _expected(dict, value)
        return inner(value, cls)

    return structure


#: Beyond 2**53 not every whole number is a float, and TOML integers stop at 2**63.
_EXACT_INTEGERS: Final = 2**53


def _unstructure_float(value: float) -> float | int:
    # 40.0 is written back as 40, as the author typed it; it loads as 40.0 again.
    if float(value).is_integer() and abs(value) < _EXACT_INTEGERS:
        return int(value)
    return value


def _make(*, text_dates: bool) -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    converter.register_structure_hook(str, _str)
    converter.register_structure_hook(bool, _bool)
    converter.register_structure_hook(int, _int)
    converter.register_structure_hook(float, _float)
    converter.register_structure_hook(dt.date, _text_date if text_dates else _native_date)
    converter.register_structure_hook(dt.time, _text_time if text_dates else _native_time)
    # Registered on the class, not by predicate: Term subclasses str, and the str hook
    # (dispatched by class) would otherwise win.
    converter.register_structure_hook(Term, _term)
    converter.register_structure_hook(Span, _span)
    converter.register_structure_hook_func(_is_literal, _literal)
    converter.register_structure_hook_factory(
        _is_tuple, functools.partial(_tuple_hook_factory, converter)
    )
    converter.register_structure_hook_factory(
        attrs.has, functools.partial(_class_hook_factory, converter)
    )
    converter.register_unstructure_hook(float, _unstructure_float)
    converter.register_unstructure_hook(Term, lambda term: term.code)
    converter.register_unstructure_hook(Span, _unstructure_span)
    if text_dates:
        converter.register_unstructure_hook(dt.date, dt.date.isoformat)
        converter.register_unstructure_hook(dt.time, lambda t: t.isoformat("minutes"))
    else:
        converter.register_unstructure_hook(dt.date, lambda d: d)
        converter.register_unstructure_hook(dt.time, lambda t: t)
    return converter


def _tuple_hook_factory(converter: cattrs.Converter, kind: Any) -> Any:
    return _tuple_hook(converter, kind)


def _class_hook_factory(converter: cattrs.Converter, cls: Any) -> Any:
    return _class_hook(converter, cls)


#: For TOML: dates and times are native TOML values.
toml_converter: Final = _make(text_dates=False)
#: For JSON: dates and times are ISO 8601 text.
json_converter: Final = _make(text_dates=True)
