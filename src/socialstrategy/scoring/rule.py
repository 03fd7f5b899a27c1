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

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Final, Literal

import attrs

from socialstrategy.i18n import Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.context import Context

if TYPE_CHECKING:
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

    def render(self, hit: Hit) -> Text:
        """The message for *hit*, in both languages, with its values filled in (a value
        that is itself a :class:`Text` in the message's language)."""
        nl = {k: v.nl if isinstance(v, Text) else v for k, v in hit.params.items()}
        en = {k: v.en if isinstance(v, Text) else v for k, v in hit.params.items()}
        return Text(nl=self.message.nl.format(**nl), en=self.message.en.format(**en))


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
