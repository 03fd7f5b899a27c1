"""Rules declared as data, and the registry that holds them.

A rule is one declaration: its code, area, level, texts in both languages, the source
it rests on, how many points it may cost, a check, and a firing example. Adding a rule
is adding one ``@rule(...)`` function to the module of its area.

How a rule costs points (always on the 0-100 scale of its area):

- ``once``: ``weight`` when it fires at all (a missing plan, a missing kick-off);
- ``each``: ``weight`` for every finding (each unanswered check question);
- ``share``: ``weight`` times the share of items that fail (three of six goals without
  an indicator cost half the weight), so every fix moves the score. A hit may stand for
  several items (one finding listing five missing topics), see :attr:`Hit.items`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Final, Literal

import attrs

from socialstrategy.i18n import Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.context import Context

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy

Mode = Literal["once", "each", "share"]


@attrs.frozen
class Hit:
    """Where a check found a problem, and the values its message needs."""

    path: str
    params: Mapping[str, object] = attrs.field(factory=dict)
    #: How many items of a ``share`` rule's population this hit stands for, when one
    #: finding lists several (it costs that many shares).
    items: int = 1
    #: Another remedy than the rule's own, where this organisation needs one (a small
    #: practice that cannot staff evenings says when it answers instead).
    fix: Text | None = None


#: Governance words per language (see :meth:`Governance.placeholders`) that every rule
#: text may use: ``{adopter}``, ``{staff_step}``, ``{client_voice}``, ``{records}``...
Words = Mapping["Language", Mapping[str, str]]


Check = Callable[["Context"], Iterable[Hit]]
Example = Callable[["Strategy"], "Strategy"]


@attrs.frozen(kw_only=True)
class Rule:
    """One rule of good practice."""

    code: str
    symbol: str
    area: Area
    level: Level
    title: Text
    message: Text
    fix: Text
    source: str
    weight: float
    mode: Mode
    check: Check
    population: Callable[[Context], int] | None = None
    #: Turns a strategy that passes every rule into one where this rule fires.
    fires: Example
    #: Optional near miss: a change that looks related but must not make it fire.
    passes: Example | None = None
    #: The path (prefix) where the fix is made, when that is another part than the one a
    #: finding is about: the planner links there, and the fix text names its step.
    fix_path: str | None = None

    def render(self, hit: Hit, words: Words | None = None) -> Text:
        """The message for *hit*, in both languages, with its values filled in (a value
        that is itself a :class:`Text` in the message's language) and the governance
        *words* of the organisation (default: those of an organisation of unknown size)."""
        return _fill(self.message, words, hit.params)

    def render_title(self, words: Words | None = None) -> Text:
        return _fill(self.title, words, {})

    def render_fix(self, hit: Hit, words: Words | None = None) -> Text:
        """The fix: the hit's own remedy if it has one, else the rule's."""
        return _fill(hit.fix or self.fix, words, hit.params)

    def reference(self) -> tuple[Text, Text, Text]:
        """Title, message and fix for the rules reference: governance words of an
        organisation that says nothing of itself, a hit's placeholders kept as written."""
        return (
            _fill(self.title, None, {}, keep=True),
            _fill(self.message, None, {}, keep=True),
            _fill(self.fix, None, {}, keep=True),
        )


class _Kept(dict[str, object]):
    """Leaves a placeholder nobody fills as it is written: ``{channel}``."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(
    text: Text, words: Words | None, params: Mapping[str, object], *, keep: bool = False
) -> Text:
    """*text* with the governance *words* and the hit's *params* filled in (*keep*:
    placeholders nobody fills stay as written)."""
    if words is None:
        words = _default_words()
    out: list[str] = []
    for lang in ("nl", "en"):
        values: dict[str, object] = _Kept() if keep else {}
        values.update(words[lang])
        values.update({k: v.get(lang) if isinstance(v, Text) else v for k, v in params.items()})
        out.append(text.get(lang).format_map(values))
    return Text(nl=out[0], en=out[1])


@functools.cache
def _default_words() -> Words:
    """The words for an organisation that says nothing of itself (the rules reference)."""
    from socialstrategy.model import Organisation, governance  # noqa: PLC0415

    return governance(Organisation()).placeholders()


#: How a message quotes a part that has no name or title yet: not by the id made for
#: it ('doel-2'), which the manager never typed.
UNNAMED: Final = Text("nog zonder naam", "no name yet")


def named(name: str) -> str | Text:
    """*name* as a message quotes it (a goal written as a sentence without its full stop,
    which would end up inside the quotes), or :data:`UNNAMED`."""
    bare = name.strip().removesuffix(".").strip()
    return bare or UNNAMED


_CODE: Final = re.compile(r"^[A-Z]{3,5}\d{3}$")
RULES: Final[dict[str, Rule]] = {}


def rule(
    code: str,
    symbol: str,
    *,
    area: Area,
    level: Level,
    title: tuple[str, str],
    message: tuple[str, str],
    fix: tuple[str, str],
    source: str,
    weight: float,
    mode: Mode = "once",
    population: Callable[[Context], int] | None = None,
    fires: Example,
    passes: Example | None = None,
    fix_path: str | None = None,
) -> Callable[[Check], Check]:
    """Declare and register a rule whose check is the decorated function.

    Texts are given as ``(Dutch, English)`` pairs; messages may hold ``{name}``
    placeholders filled from each :class:`Hit`'s params. *fix_path*: where the fix is
    made, when not at the findings' own paths (the fix text then names that step).
    """
    if not _CODE.match(code):
        raise ValueError(f"rule code {code!r} must look like GOAL001")
    if code in RULES:
        raise ValueError(f"rule code {code} is declared twice")
    if (mode == "share") != (population is not None):
        raise ValueError(f"{code}: a 'share' rule needs a population, and only it")

    def register(check: Check) -> Check:
        RULES[code] = Rule(
            code=code,
            symbol=symbol,
            area=area,
            level=level,
            title=Text(*title),
            message=Text(*message),
            fix=Text(*fix),
            source=source,
            weight=weight,
            mode=mode,
            check=check,
            population=population,
            fires=fires,
            passes=passes,
            fix_path=fix_path,
        )
        return check

    return register
