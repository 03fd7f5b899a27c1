"""What changed between two plans, told in words: one test per field of the model (every
part: goals, indicators, audiences, channels, guideline rules, the crisis plan's parts,
engagement, training, actions, the organisation, the document), in Dutch and English."""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import socialstrategy as ss
from socialstrategy.model._fields import REF, field_types
from socialstrategy.model.diff import KINDS, diff
from socialstrategy.model.merge import field_words
from socialstrategy.model.names import naming
from socialstrategy.model.paths import get_at, set_at
from socialstrategy.model.references import parts
from socialstrategy.vocab import ActionStatus
from tests.conftest import STRATEGIES
from tests.strategies import strategies

LINDE = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
#: A plan with at least one of every kind of part: the hospital example, with a record of
#: the youth care example's consent register.
_CONSENT = ss.load(STRATEGIES / "jeugdzorg-op-koers.toml").consents[0]
_HOSPITAL = ss.load(STRATEGIES / "ziekenhuis-amstelzicht.toml")
_ACCEPTED = ss.Acceptance(
    rule="GOAL003",
    path="goals[0]",
    reason="De nulmeting volgt na de eerste enquête",
    until=dt.date(2027, 6, 1),
)
BASE = attrs.evolve(
    _HOSPITAL,
    meta=attrs.evolve(_HOSPITAL.meta, accepted=(_ACCEPTED,)),
    consents=(attrs.evolve(_CONSENT, channels=(), published_on=()),),
)
#: Bookkeeping fields, never told.
UNSAID = {"model_text", "model_texts"}


def _leaves(cls: type, prefix: str, value: Any) -> list[tuple[str, type, str]]:
    """Every plain field under *value* (of kind *cls*): path, kind, field name; parts of
    lists by their first part, which must be there (else the test cannot cover them)."""
    found: list[tuple[str, type, str]] = []
    hints = field_types(cls)
    for field in attrs.fields(cls):
        if field.name in UNSAID or field.name == "id":
            continue
        path = f"{prefix}{field.name}"
        inner = getattr(value, field.name)
        hint = hints[field.name]
        element = typing.get_args(hint)[0] if typing.get_origin(hint) is tuple else None
        if attrs.has(hint) and hint is not ss.Span:
            found += _leaves(hint, path + ".", inner)
        elif element is not None and attrs.has(element) and element is not ss.Span:
            assert inner, f"the example has no {path} to change"
            found += _leaves(element, f"{path}[0].", inner[0])
        else:
            found.append((path, cls, field.name))
    return found


LEAVES = _leaves(ss.Strategy, "", BASE)


def _other_term(kind: type[enum.Enum], value: Any) -> Any:
    return next(member for member in kind if member != value)


def _changed(plan: ss.Strategy, cls: type, name: str, value: Any) -> Any:
    """Another value for the field *name* of *cls*, now *value*."""
    field = attrs.fields_dict(cls)[name]
    hint = field_types(cls)[name]
    options = [a for a in typing.get_args(hint) if a is not type(None)]
    target = field.metadata.get(REF)
    if target is not None:
        ids = [p.id for p in parts(plan, target)]
        if isinstance(value, tuple):
            return value[1:] if value else (ids[0],)
        return next(i for i in ids if i != value)
    if isinstance(value, bool):
        return not value
    if isinstance(value, enum.Enum):
        return _other_term(type(value), value)
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    if isinstance(value, (int, float)):
        return value + 5
    if isinstance(value, ss.Span):
        return ss.Span(start=dt.time(7, 0), end=value.end)
    if isinstance(value, str) and cls is ss.Acceptance and name == "rule":
        return "GOAL004"  # a rule code, not free text
    if isinstance(value, str):
        return value + " en meer" if value else "Nieuw"
    if isinstance(value, tuple):
        element = typing.get_args(hint)[0]
        if isinstance(element, type) and issubclass(element, enum.Enum):
            return value[1:] if value else (next(iter(element)),)
        return (*value, "Een regel erbij")
    kind = options[0] if typing.get_origin(hint) in (typing.Union, types.UnionType) else hint
    if value is None and kind is dt.date:
        return dt.date(2027, 1, 1)
    if value is None and kind in (int, float):
        return kind(5)
    if value is None and kind is ss.Span:
        return ss.Span(start=dt.time(9, 0), end=dt.time(17, 0))
    if value is None and issubclass(kind, enum.Enum):
        return next(iter(kind))
    raise AssertionError(f"no other value for {cls.__name__}.{name} = {value!r}")


def _words_of(cls: type, name: str) -> tuple[str, str]:
    words = field_words(cls, name)
    return words.nl, words.en


@pytest.mark.parametrize(("path", "cls", "name"), LEAVES, ids=[leaf[0] for leaf in LEAVES])
def test_a_change_to_any_field_is_told(path: str, cls: type, name: str) -> None:
    """A change to one field: one difference, at that path, told in each language with
    the field's own words (or, for a part's name, its rule's text or an action's
    status, the part's noun)."""
    new_value = _changed(BASE, cls, name, get_at(BASE, path))
    changed = set_at(BASE, path, new_value)
    found = diff(BASE, changed)
    assert [d.path for d in found] == [path]
    (difference,) = found
    assert difference.kind == "changed"
    # A dated record (a measurement, a status update) is named by its day; a new day is
    # told as the field it is ("Datum van meting ‘31-03-2026’ … gewijzigd").
    named_by = naming(cls).fields[:1]
    about_part = (name in named_by and name != "date") or (cls, name) in {
        (ss.GuidelineRule, "rule"),
        (ss.Action, "status"),
    }
    for language, words in zip(("nl", "en"), _words_of(cls, name), strict=True):
        sentence = difference.sentence.get(language)
        assert sentence[:1].isupper()
        assert "{" not in sentence
        if about_part:
            noun = naming(cls).noun.get(language)
            assert sentence.lower().startswith(noun.lower()), sentence
        else:
            assert words.lower() in sentence.lower(), sentence
    assert difference.sentence.nl != difference.sentence.en


LISTS = sorted(
    {path.rsplit("[0]", 1)[0] for path, _, _ in LEAVES if "[0]" in path},
    key=len,
)


@pytest.mark.parametrize("path", LISTS)
def test_a_part_removed_and_added_is_told(path: str) -> None:
    """Each kind of part removed from its list (and added back): one difference each."""
    whole = get_at(BASE, path)
    shorter = set_at(BASE, path, whole[1:])
    (removed,) = diff(BASE, shorter)
    (added,) = diff(shorter, BASE)
    assert (removed.kind, added.kind) == ("removed", "added")
    assert removed.path == added.path == f"{path}[0]"
    for difference, nl, en in ((removed, "verwijderd", "removed"), (added, "toegevoegd", "added")):
        assert re.search(f"’ {nl}( (aan|uit) .*)?$", difference.sentence.nl)
        assert re.search(f"’ {en}( (to|from) .*)?$", difference.sentence.en)
        assert "{" not in difference.sentence.nl + difference.sentence.en
    assert removed.old.nl
    assert not added.old.nl.strip("()leg")


def test_every_example_against_itself_is_equal() -> None:
    for file in sorted(STRATEGIES.glob("*.toml")):
        plan = ss.load(file)
        assert diff(plan, plan) == (), file.name


def test_a_goal_added_is_named() -> None:
    goal = ss.Goal(id="doel-nieuw", title="Meer mantelzorgers bereiken")
    (found,) = diff(LINDE, attrs.evolve(LINDE, goals=(*LINDE.goals, goal)))
    assert found.sentence.nl == "Doel ‘Meer mantelzorgers bereiken’ toegevoegd"
    assert found.sentence.en == "Goal ‘Meer mantelzorgers bereiken’ added"
    assert found.path == f"goals[{len(LINDE.goals)}]"


def _with_target(plan: ss.Strategy, target: float) -> ss.Strategy:
    goal = plan.goals[0]
    indicator = attrs.evolve(goal.indicators[0], kpi="Aantal aanmeldingen", target=target)
    return attrs.evolve(
        plan, goals=(attrs.evolve(goal, indicators=(indicator, *goal.indicators[1:])),)
    )


def test_a_target_raised_and_lowered() -> None:
    lower, higher = _with_target(LINDE, 20), _with_target(LINDE, 25)
    (up,) = diff(lower, higher)
    goal = LINDE.goals[0].title
    assert up.sentence.nl.startswith("Streefwaarde van indicator ‘Aantal aanmeldingen’ (doel ‘")
    assert up.sentence.nl.endswith("’) verhoogd van 20 naar 25")
    assert up.sentence.en.endswith("raised from 20 to 25")
    assert goal[:20] in up.label.nl
    (down,) = diff(higher, lower)
    assert down.sentence.nl.endswith("verlaagd van 25 naar 20")
    assert down.sentence.en.endswith("lowered from 25 to 20")
    assert (up.old.nl, up.new.nl) == ("20", "25")


def test_a_renamed_part_is_renamed_not_removed_and_added() -> None:
    channel = LINDE.channels[0]
    renamed = attrs.evolve(channel, name="Facebook De Linde")
    (found,) = diff(LINDE, attrs.evolve(LINDE, channels=(renamed, *LINDE.channels[1:])))
    assert found.kind == "changed"
    assert found.sentence.nl == f"Kanaal ‘{channel.name}’ hernoemd tot ‘Facebook De Linde’"


def test_a_long_text_is_reworded_not_quoted() -> None:
    rule = LINDE.guidelines.rules[0]
    new = attrs.evolve(rule, rule=rule.rule + " Vraag bij twijfel je leidinggevende.")
    guidelines = attrs.evolve(LINDE.guidelines, rules=(new, *LINDE.guidelines.rules[1:]))
    (found,) = diff(LINDE, attrs.evolve(LINDE, guidelines=guidelines))
    topic = rule.topic.label("nl")
    assert found.sentence.nl == f"Richtlijnregel ‘{topic}’ anders geformuleerd"
    assert found.sentence.en == f"Guideline rule ‘{rule.topic.label('en')}’ reworded"
    assert new.rule in found.new.nl  # the words are there for who wants them


def test_actions_done_together_are_one_sentence() -> None:
    open_ = [i for i, a in enumerate(LINDE.actions) if a.status is not ActionStatus.DONE][:3]
    assert len(open_) == 3
    actions = tuple(
        attrs.evolve(a, status=ActionStatus.DONE) if i in open_ else a
        for i, a in enumerate(LINDE.actions)
    )
    (found,) = diff(LINDE, attrs.evolve(LINDE, actions=actions))
    assert found.sentence.nl.startswith("Drie acties afgerond: ‘")
    assert found.sentence.en.startswith("Three actions done: ‘")
    assert found.paths == tuple(f"actions[{i}].status" for i in open_)
    assert found.path == "actions"
    one = attrs.evolve(LINDE, actions=(actions[open_[0]], *LINDE.actions[1:]))
    if open_[0] == 0:
        (single,) = diff(LINDE, one)
        assert single.sentence.nl == f"Actie ‘{LINDE.actions[0].title}’ afgerond"


def test_moving_parts_with_ids_is_no_change() -> None:
    moved = attrs.evolve(LINDE, goals=tuple(reversed(LINDE.goals)))
    assert diff(LINDE, moved) == ()


def test_a_list_of_choices_gains_and_loses() -> None:
    channel = LINDE.channels[0]
    gained = attrs.evolve(channel, audiences=channel.audiences[1:])
    (found,) = diff(attrs.evolve(LINDE, channels=(gained, *LINDE.channels[1:])), LINDE)
    name = next(a for a in LINDE.audiences if a.id == channel.audiences[0]).name
    assert found.sentence.nl.endswith(f": ‘{name}’ toegevoegd")
    assert found.sentence.en.endswith(f": added ‘{name}’")


def test_kinds_are_the_three() -> None:
    assert KINDS == ("added", "removed", "changed")


def _unsaid_cleared(value: Any) -> Any:
    """*value* with the bookkeeping fields (starter marks) at their defaults, throughout."""
    if isinstance(value, tuple):
        return tuple(_unsaid_cleared(v) for v in value)
    if not attrs.has(type(value)):
        return value
    changes = {}
    for field in attrs.fields(type(value)):
        if field.name in UNSAID:
            changes[field.name] = () if field.name == "model_texts" else False
        else:
            changes[field.name] = _unsaid_cleared(getattr(value, field.name))
    return attrs.evolve(value, **changes)


@settings(max_examples=25)
@given(strategies(), strategies())
def test_two_plans_differ_exactly_when_something_said_differs(
    old: ss.Strategy, new: ss.Strategy
) -> None:
    """Any two valid plans: no differences exactly when they are equal but for starter
    marks; every difference has a kind, a sentence in both languages, and a path that
    leads to a value in the plan it speaks of."""
    found = diff(old, new)
    assert (found == ()) == (_unsaid_cleared(old) == _unsaid_cleared(new))
    assert diff(new, new) == ()
    for difference in found:
        assert difference.kind in KINDS
        assert difference.sentence.nl
        assert difference.sentence.en
        for path in difference.paths or (difference.path,):
            get_at(old if difference.kind == "removed" else new, path)
