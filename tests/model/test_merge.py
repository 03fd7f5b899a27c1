"""Two people's changes to one plan: combined from the version both started from, and
only a real clash (the same field changed differently) left for the manager."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import socialstrategy as ss
from socialstrategy.model._fields import REF, field_types
from socialstrategy.model.edit import new_action, new_goal
from socialstrategy.model.integrity import check_references
from socialstrategy.model.merge import FIELD_WORDS, merge, resolve
from socialstrategy.model.paths import get_at, set_at
from tests.conftest import STRATEGIES
from tests.strategies import strategies

LINDE = STRATEGIES / "zorggroep-de-linde.toml"


def _texts_in(part: Any, prefix: str = "") -> list[str]:
    """The paths of every free-text field of *part* (not ids, not references)."""
    found: list[str] = []
    for field in attrs.fields(type(part)):
        if field.metadata.get("id") or field.metadata.get(REF):
            continue
        value = getattr(part, field.name)
        path = f"{prefix}{field.name}"
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            found.append(path)
        elif attrs.has(type(value)):
            found += _texts_in(value, path + ".")
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if attrs.has(type(item)):
                    found += _texts_in(item, f"{path}[{index}].")
    return found


@st.composite
def edits(draw: st.DrawFn) -> tuple[ss.Strategy, ss.Strategy, ss.Strategy, list[str], list[str]]:
    """A plan and two versions of it, each with other free-text fields changed."""
    base = draw(strategies())
    paths = _texts_in(base)
    chosen = draw(st.lists(st.sampled_from(paths), unique=True, max_size=6))
    split = draw(st.integers(0, len(chosen)))
    sides = []
    for own in (chosen[:split], chosen[split:]):
        changed = base
        for path in own:
            changed = set_at(changed, path, get_at(base, path) + "!")
        sides.append(changed)
    return base, sides[0], sides[1], chosen[:split], chosen[split:]


@given(strategies(), strategies())
def test_a_side_that_changed_nothing_gives_the_other_side(base: Any, other: Any) -> None:
    """merge(base, x, base) is x, and merge(base, base, y) is y, without a clash."""
    mine = merge(base, other, base)
    theirs = merge(base, base, other)
    assert (mine.strategy, mine.clashes) == (other, ())
    assert (theirs.strategy, theirs.clashes) == (other, ())


@settings(max_examples=60)
@given(edits())
def test_edits_to_different_fields_are_combined_whichever_side_is_mine(drawn: Any) -> None:
    base, mine, theirs, mine_paths, theirs_paths = drawn
    merged = merge(base, mine, theirs)
    swapped = merge(base, theirs, mine)
    assert merged.clashes == ()
    assert merged.strategy == swapped.strategy
    for path in mine_paths:
        assert get_at(merged.strategy, path) == get_at(mine, path)
    for path in theirs_paths:
        assert get_at(merged.strategy, path) == get_at(theirs, path)
    assert {c.path for c in merged.theirs} == set(theirs_paths)
    assert {c.path for c in merged.mine} == set(mine_paths)


@given(strategies(), st.data())
def test_the_same_field_changed_differently_is_a_clash_the_manager_settles(
    base: Any, data: st.DataObject
) -> None:
    path = data.draw(st.sampled_from(_texts_in(base)))
    mine = set_at(base, path, get_at(base, path) + " mijn")
    theirs = set_at(base, path, get_at(base, path) + " hun")
    merged = merge(base, mine, theirs)
    assert [c.path for c in merged.clashes] == [path]
    assert resolve(merged, {path: "mine"}) == mine
    assert resolve(merged, {path: "theirs"}) == theirs


@pytest.fixture
def linde() -> ss.Strategy:
    return ss.load(LINDE)


def test_a_clash_names_the_field_and_both_values_in_words(linde: ss.Strategy) -> None:
    """Names, not ids; dates the Dutch way; the field by its label, not its code name."""
    step = linde.crisis.escalation[0]
    roles = {r.id: r.name for r in linde.organisation.roles}
    others = [r.id for r in linde.organisation.roles if r.id not in {step.role, step.backup}]
    mine = set_at(linde, "crisis.escalation[0].backup", others[0])
    theirs = set_at(linde, "crisis.escalation[0].backup", others[1])
    mine = set_at(mine, "meta.next_review", dt.date(2027, 2, 20))
    theirs = set_at(theirs, "meta.next_review", dt.date(2027, 3, 1))
    merged = merge(linde, mine, theirs)
    clashes = {c.path: c for c in merged.clashes}
    assert set(clashes) == {"crisis.escalation[0].backup", "meta.next_review"}
    backup = clashes["crisis.escalation[0].backup"]
    assert backup.label.nl == f"Crisisplan › Escalatiestap ‘{roles[step.role]}’ › Vervanger"
    assert backup.label.en == f"Crisis plan › Escalation step ‘{roles[step.role]}’ › Back-up"
    assert (backup.base.nl, backup.mine.nl, backup.theirs.nl) == (
        roles[step.backup],
        roles[others[0]],
        roles[others[1]],
    )
    review = clashes["meta.next_review"]
    assert review.label.nl == "Het document › Volgende herziening"
    assert (review.mine.nl, review.theirs.nl) == ("20-02-2027", "01-03-2027")
    assert review.mine.en == "20/02/2027"


def test_a_part_added_on_one_side_and_one_removed_on_the_other_both_happen(
    linde: ss.Strategy,
) -> None:
    added = new_action(linde)
    added = attrs.evolve(added, title="Webcarerooster maken")
    mine = attrs.evolve(linde, actions=(*linde.actions, added))
    gone = linde.actions[1]
    theirs = attrs.evolve(linde, actions=tuple(a for a in linde.actions if a.id != gone.id))
    merged = merge(linde, mine, theirs)
    assert merged.clashes == ()
    ids = [a.id for a in merged.strategy.actions]
    assert added.id in ids
    assert gone.id not in ids
    assert [c.label.nl for c in merged.theirs] == [f"Actie ‘{gone.title}’"]


def test_two_people_who_each_add_a_goal_keep_both_goals_and_their_references(
    linde: ss.Strategy,
) -> None:
    # Both get the same new id (ids are numbered by count): two goals, not one clash.
    ours = attrs.evolve(new_goal(linde), title="Meer mantelzorgers bereiken")
    others = attrs.evolve(new_goal(linde), title="Minder telefoontjes over bezoektijden")
    assert ours.id == others.id
    act = linde.actions[0]
    mine = attrs.evolve(
        linde,
        goals=(*linde.goals, ours),
        actions=(attrs.evolve(act, goals=(*act.goals, ours.id)), *linde.actions[1:]),
    )
    theirs = attrs.evolve(linde, goals=(*linde.goals, others))
    merged = merge(linde, mine, theirs)
    assert merged.clashes == ()
    titles = [g.title for g in merged.strategy.goals]
    assert titles[-2:] == [ours.title, others.title] or titles[-2:] == [others.title, ours.title]
    by_title = {g.title: g.id for g in merged.strategy.goals}
    assert by_title[ours.title] != by_title[others.title]
    # Mine's action still points at mine's goal, under its new id.
    assert by_title[ours.title] in merged.strategy.actions[0].goals
    assert by_title[others.title] not in merged.strategy.actions[0].goals
    assert check_references(merged.strategy) == ()


def test_a_part_removed_on_one_side_and_edited_on_the_other_is_a_clash(
    linde: ss.Strategy,
) -> None:
    goal = linde.goals[0]
    mine = set_at(linde, "goals[0].rationale", "Omdat het moet")
    theirs = attrs.evolve(linde, goals=linde.goals[1:])
    merged = merge(linde, mine, theirs)
    (clash,) = merged.clashes
    assert clash.path == "goals[0]"
    assert (clash.mine.nl, clash.theirs.nl) == (goal.title, "(verwijderd)")
    assert resolve(merged, {"goals[0]": "theirs"}).goals == linde.goals[1:]
    assert resolve(merged, {"goals[0]": "mine"}).goals == mine.goals


def test_choices_added_on_each_side_are_combined_but_the_same_line_changed_clashes(
    linde: ss.Strategy,
) -> None:
    first_hour = linde.crisis.first_hour
    mine = set_at(linde, "crisis.first_hour", (*first_hour, "Bel de bestuurder"))
    theirs = set_at(linde, "crisis.first_hour", ("Leg alles vast", *first_hour))
    merged = merge(linde, mine, theirs)
    assert merged.clashes == ()
    assert merged.strategy.crisis.first_hour == ("Leg alles vast", *first_hour, "Bel de bestuurder")
    mine = set_at(linde, "crisis.first_hour", ("Eerst dit", *first_hour[1:]))
    theirs = set_at(linde, "crisis.first_hour", ("Eerst dat", *first_hour[1:]))
    assert [c.path for c in merge(linde, mine, theirs).clashes] == ["crisis.first_hour"]


def test_an_enum_reads_as_its_label(linde: ss.Strategy) -> None:
    mine = set_at(linde, "organisation.sector", ss.Sector.HOSPITAL)
    theirs = set_at(linde, "organisation.sector", ss.Sector.WELFARE)
    (clash,) = merge(linde, mine, theirs).clashes
    assert (clash.mine.nl, clash.theirs.nl) == (
        ss.Sector.HOSPITAL.label("nl"),
        ss.Sector.WELFARE.label("nl"),
    )


def test_resolving_needs_a_choice_for_every_clash(linde: ss.Strategy) -> None:
    mine = set_at(linde, "organisation.region", "Veluwe")
    theirs = set_at(linde, "organisation.region", "Twente")
    with pytest.raises(ValueError, match=r"organisation\.region"):
        resolve(merge(linde, mine, theirs), {})


def test_every_field_of_the_model_has_words() -> None:
    seen: set[type] = set()
    names: set[str] = set()

    def walk(kind: type) -> None:
        if kind in seen:
            return
        seen.add(kind)
        for field in attrs.fields(kind):
            names.add(field.name)
            hint = field_types(kind)[field.name]
            for inner in (hint, *getattr(hint, "__args__", ())):
                if isinstance(inner, type) and attrs.has(inner):
                    walk(inner)

    walk(ss.Strategy)
    assert names - FIELD_WORDS.keys() == set()
