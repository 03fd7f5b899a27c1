"""Rule examples as TOML fragments for docs/rules.md: minimal, valid, and telling."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
import tomli

import socialstrategy as ss
from socialstrategy.scoring import RULES, Rule
from socialstrategy.scoring.examples import UNCHANGED, base, fragment, fragments
from socialstrategy.scoring.rules._edit import within


def test_a_fragment_holds_only_the_field_the_change_touches() -> None:
    assert fragment(within("guidelines", adopted=dt.date(2026, 1, 15))) == (
        "[guidelines]\nadopted = 2026-01-15"
    )


def test_a_list_entry_is_named_by_its_id_and_a_removed_field_is_a_comment() -> None:
    def no_owner(s: ss.Strategy) -> ss.Strategy:
        first = attrs.evolve(s.actions[0], owner="")
        return attrs.evolve(s, actions=(first, *s.actions[1:]))

    assert fragment(no_owner) == (
        f'[[actions]]\nid = "{base().actions[0].id}"\n# owner: verwijderd / removed'
    )


def test_a_change_that_changes_nothing_says_so() -> None:
    assert fragment(lambda s: s) == UNCHANGED == "# ongewijzigd / unchanged"


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda r: r.code)
def test_every_rule_shows_a_change_it_fires_on_and_a_quiet_one(rule: Rule) -> None:
    bad, good = fragments(rule)
    assert bad != UNCHANGED
    assert good != UNCHANGED
    assert bad != good


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda r: r.code)
def test_every_fragment_is_valid_toml(rule: Rule) -> None:
    for text in fragments(rule):
        tomli.loads(text)


def test_a_rule_without_a_near_miss_shows_its_fix() -> None:
    """The quiet fragment is then the base strategy's own values for what changed."""
    rule = attrs.evolve(RULES["GUID007"], passes=None)
    assert fragments(rule) == (
        "[guidelines]\nadopted = 2026-01-15",
        f"[guidelines]\nadopted = {base().guidelines.adopted}",
    )
