"""Text stays text: what a plan, a file or a URL holds is never read as Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.model import Scenario, new_strategy
from socialstrategy.planner.markup import inert
from socialstrategy.vocab import ScenarioKind, Sector
from tests.planner.conftest import PAGES, start_app

LINK = "[Sessie verlopen: log opnieuw in](http://127.0.0.1:9/login)"
IMAGE = "![x](http://127.0.0.1:9/pixel.png)"
#: What each payload would become if read as Markdown, in its raw form.
PAYLOADS = {
    "link": LINK,
    "image": IMAGE,
    "autolink": "zie http://127.0.0.1:9/auto",
    "www": "zie www.evil.example/x",
    "mail": "mail a@evil.example",
    "html": "<img src='http://127.0.0.1:9/h.png'>",
    "code": "`code` en ``meer``",
    "shortcodes": ":material/home: :smile: :red[rood]",
    "latex": "$x^2$",
}


def _bodies(at: Any) -> list[str]:
    """Everything the page renders as Markdown: markdown, captions, alerts, titles."""
    kinds = ("markdown", "caption", "error", "warning", "info", "success", "title", "subheader")
    return [str(e.value) for kind in kinds for e in at.get(kind)] + [
        str(e.value) for kind in kinds for e in at.sidebar.get(kind)
    ]


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_inert_text_keeps_no_markdown_syntax(name: str) -> None:
    """The escaped text holds no unescaped bracket, parenthesis, backtick, dollar or
    colon before a word; a URL, a www address or a mail address no longer matches."""
    shown = inert(PAYLOADS[name])
    for special in "[]()`$<>!":
        assert special not in shown.replace("\\" + special, "")
    for pattern in ("http://", "www.", "a@e", ":material", ":smile", ":red"):
        assert pattern not in shown.replace("\\", "")


def test_inert_text_reads_the_same() -> None:
    """Escapes and the invisible joiner are all that is added: the letters stay."""
    shown = inert(LINK).replace("\\", "").replace("\u2060", "")
    assert shown == LINK


def test_a_link_in_the_url_is_shown_as_text_in_the_planners_warning(workspace: Path) -> None:
    """``?d=[Sessie verlopen](http://…)`` names no plan: the warning quotes it as text."""
    for page in ("goals.py", "start.py"):
        at = start_app()
        at.query_params["d"] = LINK
        at.switch_page(str(PAGES / page)).run()
        assert not at.exception
        warnings = [w.value for w in at.warning]
        assert any(inert(LINK) in w for w in warnings), warnings
        assert not any("](http" in body for body in _bodies(at))


def test_an_image_in_the_url_loads_nothing(workspace: Path) -> None:
    at = start_app()
    at.query_params["d"] = IMAGE
    at.switch_page(str(PAGES / "crisis.py")).run()
    assert not at.exception
    assert any(inert(IMAGE) in w.value for w in at.warning)
    assert not any("](http" in body for body in _bodies(at))


def _plan_named(payload: str) -> ss.Strategy:
    """A fresh plan whose organisation, audiences, a goal and scenarios carry *payload*."""
    plan = new_strategy(Sector.ELDERLY_CARE, payload)
    audiences = tuple(attrs.evolve(a, name=f"{payload} {i}") for i, a in enumerate(plan.audiences))
    goal = ss.Goal(id="doel-1", title=payload)
    scenarios = tuple(
        Scenario(id=f"scenario-{i}", kind=ScenarioKind.OTHER, title=f"{payload} {i}")
        for i in range(3)
    )
    return attrs.evolve(
        plan,
        meta=attrs.evolve(plan.meta, title=payload),
        audiences=audiences,
        goals=(goal,),
        crisis=attrs.evolve(plan.crisis, scenarios=scenarios),
    )


@pytest.mark.parametrize("name", sorted(PAYLOADS))
@pytest.mark.parametrize(
    ("step", "focus"),
    [
        ("audiences", ""),
        ("goals", ""),
        ("crisis", "crisis.scenarios[1]"),
        ("start", ""),
    ],
)
def test_names_in_a_plan_are_shown_as_text(
    workspace: Path, name: str, step: str, focus: str
) -> None:
    """The names quoted in findings and overviews, on the steps that list them, are the
    escaped text: no link, image, code, icon or formula comes out of a name."""
    payload = PAYLOADS[name]
    (workspace / "payload.toml").write_text(ss.dumps(_plan_named(payload)), encoding="utf-8")
    at = start_app()
    at.query_params["d"] = "payload"
    if focus:
        at.query_params["focus"] = focus
    at.switch_page(str(PAGES / f"{step}.py")).run()
    assert not at.exception
    bodies = _bodies(at)
    assert any(inert(payload) in body for body in bodies), bodies
    for body in bodies:
        assert payload not in body


def test_a_toml_key_with_backticks_stays_inside_the_upload_error(workspace: Path) -> None:
    """The loader quotes the key; a backtick in it no longer ends a code span early and
    lets the rest of the line be read as Markdown."""
    at = start_app().run()
    key = "x` [klik](http://127.0.0.1:9/) `"
    uploader = at.get("file_uploader")[0]
    uploader.set_value(
        ("kapot.toml", f'schema_version = 1\n[meta]\n"{key}" = 1\n'.encode(), "text/plain")
    )
    at.run()
    at.button(key="start.upload.open").click().run()
    assert not at.exception
    (error,) = at.error
    assert inert(key) in error.value
    assert "](http" not in error.value
