"""Each kind of change told as a sentence, in Dutch and English.

Numbers are raised or lowered, long texts reworded (never quoted twice in full), lists
of values gain and lose values, an action is started or done, a part is added, removed
or renamed. Anything else changed "from … to …".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

from socialstrategy import fmt
from socialstrategy.i18n import LANGUAGES, Language, Text
from socialstrategy.model.diff.difference import Difference, Kind
from socialstrategy.model.diff.where import short
from socialstrategy.model.merge.words import EMPTY, value_words
from socialstrategy.vocab import ActionStatus

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from socialstrategy.model.diff.where import At
    from socialstrategy.model.strategy import Strategy

#: A text longer than this (or on several lines) is said to be reworded, not quoted.
LONG_TEXT: Final = 60
_NONE: Final = Text("", "")

#: What an action whose status became this one was.
ACTION_DONE: Final[dict[ActionStatus, Text]] = {
    ActionStatus.PLANNED: Text("weer gepland", "planned again"),
    ActionStatus.IN_PROGRESS: Text("gestart", "started"),
    ActionStatus.DONE: Text("afgerond", "done"),
    ActionStatus.ON_HOLD: Text("gepauzeerd", "put on hold"),
    ActionStatus.CANCELLED: Text("vervallen", "cancelled"),
}
#: Small counts in words, the way a sentence starts: "Drie acties afgerond".
_COUNTS: Final[dict[int, Text]] = {
    2: Text("twee", "two"),
    3: Text("drie", "three"),
    4: Text("vier", "four"),
    5: Text("vijf", "five"),
    6: Text("zes", "six"),
    7: Text("zeven", "seven"),
    8: Text("acht", "eight"),
    9: Text("negen", "nine"),
    10: Text("tien", "ten"),
    11: Text("elf", "eleven"),
    12: Text("twaalf", "twelve"),
}


def _each(say: Callable[[Language], str]) -> Text:
    return Text(*(say(language) for language in LANGUAGES))


def _quote(words: str) -> str:
    return f"‘{words}’"


def _said(value: Any, plan: Strategy, target: type | None, language: Language) -> str:
    """*value* in words for a sentence: texts and names quoted, numbers and dates not."""
    if isinstance(value, dt.date):
        return fmt.long_date(value, language)
    words = value_words(value, plan, target).get(language)
    if isinstance(value, str) and value:
        return _quote(short(Text(words, words)).nl)
    return words


def _long(value: Any) -> bool:
    return isinstance(value, str) and (len(value) > LONG_TEXT or "\n" in value.strip())


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, (str, tuple)) and not value)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


#: How a part added or removed is told: the verb, and the word before the part it was in.
_PART_VERBS: Final = {
    "added": (Text("toegevoegd", "added"), Text("aan", "to")),
    "removed": (Text("verwijderd", "removed"), Text("uit", "from")),
}


def part_added(part: object, at: At, plan: Strategy) -> Difference:
    """*part* added to the list *at* is (*at* is the part's own place)."""
    return _part(part, at, plan, "added")


def part_removed(part: object, at: At, plan: Strategy) -> Difference:
    """*part* removed from the list *at* is (*at* is the part's own place)."""
    return _part(part, at, plan, "removed")


def _part(part: object, at: At, plan: Strategy, kind: Kind) -> Difference:
    verb, link = _PART_VERBS[kind]
    words = value_words(part, plan, None)
    name = short(at.steps[-1])

    def say(language: Language) -> str:
        said = f"{name.get(language)} {verb.get(language)}"
        if at.outer is not None:
            said += f" {link.get(language)} {at.outer.get(language)}"
        return said

    old, new = (words, EMPTY) if kind == "removed" else (EMPTY, words)
    return Difference(at.path, kind, at.label, old, new, _each(say))


def renamed(old: str, new: str, at: At) -> Difference:
    """The part *at* is in, renamed from *old* to *new* (its name or title)."""
    words = Text(old, old), Text(new, new)
    if _long(old) or _long(new):
        return reworded(at, words, whole_part=True)
    owner = at.owner or _NONE
    sentence = _each(
        lambda language: (
            f"{fmt.capital(owner.get(language))} "
            + ("hernoemd tot" if language == "nl" else "renamed to")
            + f" {_quote(short(words[1]).nl.removesuffix('.'))}"
        )
    )
    return Difference(at.path, "changed", at.label, *words, sentence)


def reworded(at: At, words: tuple[Text, Text], *, whole_part: bool = False) -> Difference:
    """A long text at *at* reworded; *whole_part*: the text is the part's own (a
    guideline rule's rule), so the part is."""
    owner = at.owner or _NONE
    said = Text(fmt.capital(owner.nl), fmt.capital(owner.en)) if whole_part else at.subject()
    sentence = _each(
        lambda language: (
            f"{said.get(language)} " + ("anders geformuleerd" if language == "nl" else "reworded")
        )
    )
    return Difference(at.path, "changed", at.label, *words, sentence)


def action_status(status: ActionStatus, at: At, words: tuple[Text, Text]) -> Difference:
    """The action *at* is in got the status *status*: "Actie ‘X’ afgerond"."""
    owner = at.owner or _NONE
    sentence = _each(
        lambda language: f"{fmt.capital(owner.get(language))} {ACTION_DONE[status].get(language)}"
    )
    return Difference(at.path, "changed", at.label, *words, sentence)


def actions_status(
    status: ActionStatus, changes: Sequence[Difference], owners: Sequence[Text], path: str
) -> Difference:
    """Several actions that got the status *status*, told as one: "Drie acties afgerond:
    ‘A’, ‘B’ en ‘C’"."""
    count = len(changes)
    names = [short(o) for o in owners]

    def say(language: Language) -> str:
        number = _COUNTS.get(count)
        counted = number.get(language) if number else fmt.number(count, language)
        noun = "acties" if language == "nl" else "actions"
        quoted = fmt.items([_quote(_name_of(n.get(language))) for n in names], language)
        return fmt.capital(f"{counted} {noun} {ACTION_DONE[status].get(language)}: {quoted}")

    old = _each(
        lambda language: fmt.items(sorted({c.old.get(language) for c in changes}), language)
    )
    label = Text("Acties", "Actions")
    return Difference(
        path, "changed", label, old, changes[0].new, _each(say), tuple(c.path for c in changes)
    )


def _name_of(owner: str) -> str:
    """The name in "actie ‘X’": X."""
    start, end = owner.find("‘"), owner.rfind("’")
    return owner[start + 1 : end] if 0 <= start < end else owner


def field_changed(old: Any, new: Any, at: At) -> Difference:
    """The field at *at* changed from *old* to *new* (plain values, not parts)."""
    words = (
        value_words(old, at.old_plan, at.target),
        value_words(new, at.new_plan, at.target),
    )
    subject = at.subject()
    if isinstance(old, tuple) and isinstance(new, tuple) and not _empty(old) and not _empty(new):
        return _list_changed(old, new, at, words)
    if _empty(old):
        how = _each(lambda language: _filled(new, at, language))
    elif _empty(new):
        how = _each(lambda language: _cleared(old, at, language))
    elif _long(old) or _long(new):
        return reworded(at, words)
    elif _number(old) and _number(new):
        how = _each(lambda language: _moved(old, new, at, language))
    else:
        how = _each(
            lambda language: (
                f"gewijzigd van {_said(old, at.old_plan, at.target, language)}"
                f" in {_said(new, at.new_plan, at.target, language)}"
                if language == "nl"
                else f"changed from {_said(old, at.old_plan, at.target, language)}"
                f" to {_said(new, at.new_plan, at.target, language)}"
            )
        )
    sentence = _each(lambda language: f"{subject.get(language)} {how.get(language)}")
    return Difference(at.path, "changed", at.label, *words, sentence)


def _filled(new: Any, at: At, language: Language) -> str:
    verb = "ingevuld" if language == "nl" else "filled in"
    if _long(new):
        return verb
    return f"{verb}: {_said(new, at.new_plan, at.target, language)}"


def _cleared(old: Any, at: At, language: Language) -> str:
    verb = "leeggemaakt" if language == "nl" else "cleared"
    if _long(old):
        return verb
    return f"{verb} (was {_said(old, at.old_plan, at.target, language)})"


def _moved(old: float, new: float, at: At, language: Language) -> str:
    up = new > old
    verb = {
        ("nl", True): "verhoogd van {old} naar {new}",
        ("nl", False): "verlaagd van {old} naar {new}",
        ("en", True): "raised from {old} to {new}",
        ("en", False): "lowered from {old} to {new}",
    }[language, up]
    return verb.format(
        old=_said(old, at.old_plan, None, language), new=_said(new, at.new_plan, None, language)
    )


def _lines(count: int, nl: str, en: str, language: Language) -> str:
    if language == "nl":
        return fmt.plural(count, "{n} regel", "{n} regels", language) + f" {nl}"
    return fmt.plural(count, "{n} line", "{n} lines", language) + f" {en}"


def _list_changed(
    old: tuple[Any, ...], new: tuple[Any, ...], at: At, words: tuple[Text, Text]
) -> Difference:
    """A list of values (lines, choices, references) that gained or lost values."""
    gained = [v for v in new if v not in old]
    lost = [v for v in old if v not in new]
    subject = at.subject()
    # Lines of text (a checklist) are counted: quoting each would fill the screen.
    counted = at.target is None and any(
        _long(v) or (isinstance(v, str) and len(v) > 40) for v in (*gained, *lost)
    )

    def say(language: Language) -> str:
        parts = []
        if counted:
            if gained:
                parts.append(_lines(len(gained), "toegevoegd", "added", language))
            if lost:
                parts.append(_lines(len(lost), "weggehaald", "removed", language))
        elif gained:
            values = fmt.items(
                [_said(v, at.new_plan, at.target, language) for v in gained], language
            )
            parts.append(f"{values} toegevoegd" if language == "nl" else f"added {values}")
        if lost and not counted:
            values = fmt.items([_said(v, at.old_plan, at.target, language) for v in lost], language)
            parts.append(f"{values} weggehaald" if language == "nl" else f"removed {values}")
        if not parts:
            parts.append("andere volgorde" if language == "nl" else "new order")
        return f"{subject.get(language)}: {'; '.join(parts)}"

    return Difference(at.path, "changed", at.label, *words, _each(say))


__all__ = [
    "ACTION_DONE",
    "LONG_TEXT",
    "action_status",
    "actions_status",
    "field_changed",
    "part_added",
    "part_removed",
    "renamed",
    "reworded",
]
