"""The training step: needs per role in a table, saved at once and scored."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

import socialstrategy as ss
from socialstrategy.model._fields import MAX_TEXT
from socialstrategy.vocab import Skill
from tests.conftest import STRATEGIES
from tests.planner.conftest import overall, saved, shown_score


def editor_key(at: Any) -> str:
    return next(k for k in at.session_state if str(k).endswith(":training"))


def seed(at: Any, edited: dict[str, Any] | None = None, added: list[Any] | None = None) -> None:
    at.session_state[editor_key(at)] = {
        "edited_rows": edited or {},
        "added_rows": added or [],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception


def test_renders_the_example(open_step: Any) -> None:
    at, _ = open_step("training")
    assert at.title[0].value == "Scholing"
    table = at.dataframe[0].value
    assert table["role"][0] == "Welzijnscoach"
    assert bool(table["digital"][0])
    assert bool(table["media"][0])


def test_an_edit_is_saved(open_step: Any) -> None:
    at, path = open_step("training")
    seed(at, edited={"4": {"media": True, "due": "2027-05-01"}})
    need = saved(path).training[4]
    assert need.skills == (Skill.DIGITAL_SKILLS, Skill.MEDIA_LITERACY)
    assert need.due == dt.date(2027, 5, 1)


def test_training_a_crisis_role_lifts_the_score(open_step: Any) -> None:
    """The communication adviser is in the escalation chain without training (TRAIN002)."""
    at, path = open_step("training")
    before = overall(path)
    seed(
        at,
        added=[
            {
                "role": "Communicatieadviseur",
                "media": True,
                "need": "Eerste reacties opstellen",
                "due": "2027-03-01",
            }
        ],
    )
    need = saved(path).training[-1]
    assert (need.role, need.skills, need.due) == (
        "comm-adviseur",
        (Skill.MEDIA_LITERACY,),
        dt.date(2027, 3, 1),
    )
    assert overall(path) > before
    assert shown_score(at) == f"{round(overall(path))}/100"


def test_a_need_can_be_added_and_removed(open_step: Any) -> None:
    at, path = open_step("training")
    before = saved(path).training
    added = [{"role": "Kwaliteitsadviseur", "digital": True}]
    seed(at, added=added)
    assert saved(path).training[:-1] == before
    assert saved(path).training[-1].role == "kwaliteit"
    # Once saved, the row added is drawn afresh as a row of the table (Streamlit's editor
    # mixed up the cells of two added rows): deleting the first row keeps it.
    assert "Kwaliteitsadviseur" in at.dataframe[0].value.to_numpy().ravel().tolist()
    at.session_state[editor_key(at)] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [0]}
    at.run()
    assert not at.exception
    assert [n.role for n in saved(path).training] == [n.role for n in before[1:]] + ["kwaliteit"]


def test_a_text_that_is_too_long_is_refused_and_not_saved(open_step: Any) -> None:
    at, path = open_step("training")
    need = saved(path).training[0].need
    seed(at, edited={"0": {"need": "x" * (MAX_TEXT + 1)}})
    assert any("te lang" in e.value for e in at.error)
    assert saved(path).training[0].need == need


def test_two_roles_with_one_name_stay_two_roles(open_text: Any) -> None:
    """The role cells hold names: a name two roles share gets the id, so nothing merges."""
    linde = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    roles = tuple(attrs.evolve(r, name="Teamleider") for r in linde.organisation.roles)
    text = ss.dumps(attrs.evolve(linde, organisation=attrs.evolve(linde.organisation, roles=roles)))
    at, path = open_text("training", text)
    assert path.read_text(encoding="utf-8") == text
    assert at.dataframe[0].value["role"][0] == f"Teamleider ({linde.training[0].role})"


def test_without_roles_it_points_to_the_organisation(open_step: Any) -> None:
    at, _ = open_step("training", example="start-hier.toml")
    assert any("rollen" in i.value for i in at.info)


def test_works_in_english(open_step: Any) -> None:
    at, _ = open_step("training")
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Training"
    assert at.subheader[0].value == "Training per role"
