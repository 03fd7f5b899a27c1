"""No id of the plan reaches a manager or a board: every document names parts.

An id is made for the file (``comm``, ``doel-2``); a reader knows the part by its name.
To tell a leaked id from a word that merely looks like one ('pers', 'intranet'), each
example's ids are first renamed to tokens no text contains (the model's declarations
rename every reference with them), then every document is built and searched.
"""

from __future__ import annotations

import re

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.export import DOCUMENTS, build, export
from socialstrategy.export.markdown import render
from socialstrategy.export.outline import Finding
from socialstrategy.model.references import collections, parts, references, with_ids
from socialstrategy.scoring import score
from tests.conftest import EXAMPLES, TEMPLATE
from tests.export.built import LANGUAGES, TODAY

_TOKEN = re.compile(r"idleak\d{3}")


def _marked(strategy: ss.Strategy) -> tuple[ss.Strategy, set[str]]:
    """*strategy* with every id renamed to ``idleakNNN``, and the ids it then holds."""
    numbers: dict[str, str] = {}

    def rename(id_: str) -> str:
        return numbers.setdefault(id_, f"idleak{len(numbers):03d}")

    marked = with_ids(strategy, rename)
    return marked, {part.id for kind in collections() for part in parts(marked, kind)}


@pytest.mark.parametrize("path", [*EXAMPLES, TEMPLATE], ids=lambda p: p.stem)
def test_no_document_shows_an_id(path: object) -> None:
    """Every document of every example, in Markdown and in both languages, shows the
    parts' names and no id."""
    marked, ids = _marked(ss.load(path))  # type: ignore[arg-type]
    assert ss.validate(marked) == ()
    for document in DOCUMENTS:
        for language in LANGUAGES:
            text = export(marked, "md", language=language, document=document, today=TODAY)
            leaked = set(_TOKEN.findall(text.decode()))
            assert not leaked, (document, language, sorted(leaked))
    assert ids or path == TEMPLATE


def _unnamed(plan: ss.Strategy) -> ss.Strategy:
    """*plan* with every name and title a part is known by left empty."""
    org = plan.organisation
    return attrs.evolve(
        plan,
        organisation=attrs.evolve(
            org,
            roles=tuple(attrs.evolve(r, name="") for r in org.roles),
            processes=tuple(attrs.evolve(p, name="") for p in org.processes),
        ),
        goals=tuple(attrs.evolve(g, title="") for g in plan.goals),
        audiences=tuple(attrs.evolve(a, name="") for a in plan.audiences),
        channels=tuple(attrs.evolve(c, name="") for c in plan.channels),
        actions=tuple(attrs.evolve(a, title="") for a in plan.actions),
        consents=tuple(attrs.evolve(c, what="") for c in plan.consents),
        engagement=attrs.evolve(
            plan.engagement,
            activities=tuple(attrs.evolve(a, title="") for a in plan.engagement.activities),
        ),
        crisis=attrs.evolve(
            plan.crisis, scenarios=tuple(attrs.evolve(x, title="") for x in plan.crisis.scenarios)
        ),
    )


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_document_names_unnamed_parts_by_kind_not_by_id(path: object) -> None:
    """With every name left empty, what the documents write themselves (all but the
    scoring findings they quote) still shows no id: a part goes by its kind's label or
    as 'rol zonder naam'."""
    marked, _ = _marked(_unnamed(ss.load(path)))  # type: ignore[arg-type]
    for document in DOCUMENTS:
        for language in LANGUAGES:
            built = build(marked, document, language=language, today=TODAY)
            own = tuple(b for b in built.blocks if not isinstance(b, Finding))
            text = render(attrs.evolve(built, blocks=own)).decode()
            leaked = set(_TOKEN.findall(text))
            assert not leaked, (document, language, sorted(leaked))


def test_an_unknown_reference_reads_as_its_kind_in_a_document() -> None:
    """A reference the plan does not hold (a plan not yet checked) is shown as its
    kind, marked unknown, not as the id (the pocket card: it carries no findings, and
    a rule, CRIS004, still quotes such an id)."""
    plan = ss.Strategy(
        organisation=ss.Organisation(name="Test"),
        crisis=ss.CrisisPlan(escalation=(ss.EscalationStep(role="idleak999"),)),
    )
    for language in LANGUAGES:
        text = export(plan, "md", language=language, document="pocket", today=TODAY).decode()
        assert "idleak999" not in text
        assert ("rol (onbekend)" if language == "nl" else "role (unknown)") in text


def test_renaming_ids_keeps_every_reference_pointing_at_its_part() -> None:
    """The rename the test above relies on moves ids and references together."""
    plan = ss.load(EXAMPLES[0])
    marked, _ = _marked(plan)
    before = [(r.path, r.target) for r in references(plan)]
    after = [(r.path, r.target) for r in references(marked)]
    assert before == after
    assert all(_TOKEN.fullmatch(r.id) for r in references(marked))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_findings_of_the_examples_show_no_id(path: object) -> None:
    """The scoring findings of every example name parts, never by id."""
    marked, _ = _marked(ss.load(path))  # type: ignore[arg-type]
    for finding in score(marked, today=TODAY).findings:
        for text in (finding.title, finding.message, finding.fix):
            for language in LANGUAGES:
                assert not _TOKEN.search(text.get(language)), (finding.code, text.get(language))


def test_a_goal_renamed_keeps_its_findings_path() -> None:
    """Renaming ids changes no finding's place (the ids are the file's, not the score's)."""
    plan = ss.load(EXAMPLES[0])
    marked, _ = _marked(plan)
    paths = [f.path for f in score(plan, today=TODAY).findings]
    assert paths == [f.path for f in score(marked, today=TODAY).findings]
