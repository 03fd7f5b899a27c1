"""The list editor and the pages on it: a part keeps the fields a page does not show.

A page that rebuilt a part from the fields it shows dropped any field it did not know
(the issue's acceptance line). Here each page edits a part that has one field more than
the model declares (a subclass made for the test), and the field is still there after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import pytest

from socialstrategy.model import Action, Activity, Audience, Channel, CrisisPlan, Goal
from socialstrategy.model.paths import get_at, set_at
from socialstrategy.planner import state
from socialstrategy.workspace import Workspace
from tests.planner.conftest import by_key, picker

if TYPE_CHECKING:
    from socialstrategy.model import Strategy
    from socialstrategy.workspace import Draft


def _with_extra(base: type) -> type:
    """*base* with one more field, ``extra``, that no page knows."""
    return attrs.make_class(
        f"Extra{base.__name__}", {"extra": attrs.field(default="")}, bases=(base,), frozen=True
    )


#: (step, the part edited, the widget kind, the field typed into, its part's model class)
PAGES = [
    ("goals", "goals[0]", "text_input", "title", Goal),
    ("audiences", "audiences[0]", "text_input", "name", Audience),
    ("channels", "channels[0]", "text_input", "name", Channel),
    ("engagement", "engagement.activities[0]", "text_input", "title", Activity),
    ("actions", "actions[0]", "text_input", "title", Action),
    ("crisis", "crisis", "text_area", "monitoring", CrisisPlan),
]


@pytest.mark.parametrize("page", PAGES, ids=[p[0] for p in PAGES])
def test_a_field_the_page_does_not_show_survives_an_edit(
    open_step: Any, monkeypatch: pytest.MonkeyPatch, page: tuple[str, str, str, str, type]
) -> None:
    step, part, widget, field, base = page
    saves: list[Strategy] = []
    real_save = Workspace.save

    def save(self: Workspace, draft: Draft, changed: Strategy, **kwargs: Any) -> Draft:
        # The file holds the model's fields only; the session keeps the part as saved.
        saves.append(changed)
        return attrs.evolve(real_save(self, draft, changed, **kwargs), strategy=changed)

    monkeypatch.setattr(Workspace, "save", save)
    at, _ = open_step(step)
    held = at.session_state[state._SESSION]
    assert held.draft is not None
    old = get_at(held.draft.strategy, part)
    assert type(old) is base
    extended = _with_extra(base)(**attrs.asdict(old, recurse=False), extra="kept")
    held.draft = attrs.evolve(held.draft, strategy=set_at(held.draft.strategy, part, extended))
    at.run()
    assert not at.exception

    by_key(getattr(at, widget), f"{part}.{field}").input("Een nieuwe tekst").run()
    assert not at.exception
    assert saves, "the edit was not saved"
    edited = get_at(saves[-1], part)
    assert getattr(edited, field) == "Een nieuwe tekst"
    assert getattr(edited, "extra", None) == "kept"


#: (step, the path of its list)
LISTS = [
    ("goals", "goals"),
    ("audiences", "audiences"),
    ("channels", "channels"),
    ("engagement", "engagement.activities"),
    ("actions", "actions"),
]


@pytest.mark.parametrize(("step", "path"), LISTS, ids=[p[0] for p in LISTS])
def test_adding_an_item_saves_once_and_picks_it(
    open_step: Any, monkeypatch: pytest.MonkeyPatch, step: str, path: str
) -> None:
    saves: list[Strategy] = []
    real_save = Workspace.save

    def save(self: Workspace, draft: Draft, changed: Strategy, **kwargs: Any) -> Draft:
        saves.append(changed)
        return real_save(self, draft, changed, **kwargs)

    monkeypatch.setattr(Workspace, "save", save)
    at, _ = open_step(step)
    before = len(get_at(at.session_state[state._SESSION].plan, path))
    by_key(at.button, f"{path}.add").click().run()
    assert not at.exception
    assert len(saves) == 1
    items = get_at(saves[0], path)
    assert len(items) == before + 1
    assert items[-1].id not in {item.id for item in items[:-1]}
    assert picker(at, path).value == before
