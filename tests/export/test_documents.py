"""The document builders: every part of the strategy lands in the documents it belongs in."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.export import DOCUMENTS, build
from socialstrategy.export.documents._base import Sources
from socialstrategy.export.documents.guideline import roles_with_rules
from socialstrategy.export.documents.pocket import first_statement
from socialstrategy.export.documents.report import PARTS
from socialstrategy.export.documents.sections.gaps import top_gaps
from socialstrategy.export.outline import Bullets, Chart, Finding, Heading, Paragraph, Table
from socialstrategy.export.texts import T
from socialstrategy.i18n import Language
from socialstrategy.scoring import decisions
from socialstrategy.vocab import CheckQuestion
from tests.export.built import (
    EXAMPLE_IDS,
    LANGUAGES,
    TODAY,
    document,
    headings,
    section,
    strategy,
    text_of,
)

examples = pytest.mark.parametrize("stem", EXAMPLE_IDS)
languages = pytest.mark.parametrize("language", LANGUAGES)


def _tables(blocks: list[object]) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


# The full report -------------------------------------------------------------------


@examples
@languages
def test_report_holds_every_part_of_the_strategy(stem: str, language: Language) -> None:
    """Every goal, indicator, audience, channel, rule, scenario with its holding
    statement, escalation step, legal clock, activity, training need and action is in
    the report, by its own words."""
    s = strategy(stem)
    text = text_of(document(stem, "report", language))
    expected = [
        s.organisation.name,
        s.organisation.mission,
        *(p.name for p in s.organisation.processes),
        *(r.name for r in s.organisation.roles),
        *(a.explanation for a in s.readiness),
        *(a.evidence for a in s.readiness),
        *(g.title for g in s.goals),
        *(i.kpi for g in s.goals for i in g.indicators),
        *(a.name for a in s.audiences),
        *(a.online_behaviour for a in s.audiences),
        *(c.name for c in s.channels),
        *(c.rhythm for c in s.channels),
        *(r.rule for r in s.guidelines.rules),
        *(r.why for r in s.guidelines.rules),
        s.guidelines.consent.recorded_in,
        s.media_guidance.vision,
        *(x.title for x in s.crisis.scenarios),
        *(x.holding_statement for x in s.crisis.scenarios),
        *(step for x in s.crisis.scenarios for step in x.steps),
        *(step.reach for step in s.crisis.escalation),
        *(t.trigger for t in s.crisis.tiers),
        *(c.procedure for c in s.crisis.legal_clocks),
        *s.crisis.first_hour,
        *s.crisis.prevention,
        s.engagement.owner,
        *(a.title for a in s.engagement.activities),
        *(a.outcome for a in s.engagement.activities),
        *(n.need for n in s.training),
        *(a.title for a in s.actions),
        *(a.description for a in s.actions),
    ]
    missing = [item for item in expected if item and item not in text]
    assert missing == []


@examples
@languages
def test_report_follows_the_planner_order(stem: str, language: Language) -> None:
    """Summary first, then the parts in the planner's order, then the findings."""
    chapters = headings(document(stem, "report", language), level=1)
    keys = [
        "report.summary",
        "report.organisation",
        "report.readiness",
        "report.goals",
        "report.audiences",
        "report.channels",
        "report.guidelines",
        "report.crisis",
        "report.engagement",
        "report.training",
        "report.actions",
        "report.findings",
    ]
    assert chapters == [T(key, language) for key in keys]
    assert len(PARTS) == len(keys) - 2


@examples
def test_report_cover_names_organisation_revision_date_and_author(stem: str) -> None:
    s = strategy(stem)
    doc = document(stem, "report", "nl")
    cover = dict(doc.cover)
    assert doc.title == s.meta.title
    assert cover["Organisatie"] == s.organisation.name
    assert cover["Revisie"] == str(s.meta.revision)
    assert cover["Datum"] == "23 november 2026"
    assert cover["Auteur"] == s.meta.author
    assert doc.date == TODAY
    assert not doc.one_page


@examples
@languages
def test_summary_gives_score_level_and_three_steps(stem: str, language: Language) -> None:
    """The management summary: score, level with its description, the three most
    useful next steps with their fixes, and the maturity chart."""
    s = strategy(stem)
    report = ss.score(s, today=TODAY)
    blocks = section(document(stem, "report", language), T("report.summary", language))
    text = "\n".join(b.text for b in blocks if isinstance(b, Paragraph))
    assert f"{round(report.overall)}" in text
    assert report.maturity.description.get(language) in text
    if report.capped is not None:
        assert report.capped.get(language) in text
    steps = [b for b in blocks if isinstance(b, Finding)]
    assert [(f.label, f.fix) for f in steps] == [
        (f.title.get(language), f.fix.get(language)) for f in report.top_steps(3, one_per_rule=True)
    ]
    assert [b.title for b in blocks if isinstance(b, Chart)] == [
        T("report.chart.maturity", language)
    ]


@examples
def test_report_has_every_chart_where_it_belongs(stem: str) -> None:
    """Six charts, each in its chapter: maturity in the summary, readiness with the
    check questions, coverage with the channels, timeline and chain with the action
    plan, the radar with the findings."""
    doc = document(stem, "report", "en")
    placed = {
        chapter: [b.title for b in section(doc, T(chapter, "en")) if isinstance(b, Chart)]
        for chapter in (
            "report.summary",
            "report.readiness",
            "report.channels",
            "report.actions",
            "report.findings",
        )
    }
    assert placed == {
        "report.summary": ["Maturity level"],
        "report.readiness": ["Answers to the check questions"],
        "report.channels": ["Audiences and channels"],
        "report.actions": ["Timeline of the actions", "From primary process to action"],
        "report.findings": ["Score per area"],
    }
    for block in doc.blocks:
        if isinstance(block, Chart):
            assert block.spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")


@examples
def test_readiness_shows_all_nine_questions_with_answers(stem: str) -> None:
    doc = document(stem, "report", "en")
    questions = headings(doc, level=2)
    for number, question in enumerate(CheckQuestion, start=1):
        assert f"{number}. {question.label('en')}" in questions


@examples
def test_channels_name_audiences_and_goals_and_hours_in_words(stem: str) -> None:
    """Channels point at audiences and goals by name, never by id, and moderation
    hours read like "ma–vr 09:00–17:00; niet 's avonds en in het weekend"."""
    s = strategy(stem)
    text = text_of(document(stem, "report", "nl"))
    for channel in s.channels:
        for audience_id in channel.audiences:
            name = next(a.name for a in s.audiences if a.id == audience_id)
            assert name in text
        if channel.moderation.weekdays is not None:
            span = channel.moderation.weekdays
            assert f"ma–vr {span.start:%H:%M}–{span.end:%H:%M}" in text


def test_moderation_hours_read_as_text() -> None:
    """Every window in words, and the windows nobody covers named, not dashed."""
    s = strategy("zorggroep-de-linde")
    first = s.channels[0]
    channel = attrs.evolve(
        first,
        moderation=ss.Moderation(
            weekdays=ss.Span(start=dt.time(8, 30), end=dt.time(17, 0)),
            weekends=ss.Span(start=dt.time(10, 0), end=dt.time(14, 0)),
        ),
    )
    changed = attrs.evolve(s, channels=(channel, *s.channels[1:]))
    nl = text_of(build(changed, "report", language="nl", today=TODAY))
    en = text_of(build(changed, "report", language="en", today=TODAY))
    assert "ma–vr 08:30–17:00, weekend 10:00–14:00; niet 's avonds" in nl
    assert "Mon–Fri 08:30–17:00, weekends 10:00–14:00; not in the evenings" in en


@examples
def test_findings_chapter_lists_every_finding(stem: str) -> None:
    report = ss.score(strategy(stem), today=TODAY)
    blocks = section(document(stem, "report", "nl"), T("report.findings", "nl"))
    shown = [b for b in blocks if isinstance(b, Finding)]
    lines = [line for f in shown for line in f.text.split("\n")]
    assert sorted(lines) == sorted(f.message.nl for f in report.findings)  # none over 12
    # One block per rule and area: its title and fix said once, with how often it fired.
    per_rule = {(f.area, f.code) for f in report.findings}
    assert len(shown) == len(per_rule)
    for block in shown:
        times = len(block.text.split("\n"))
        assert block.label.endswith(f" ({times}×)") is (times > 1)


def test_a_rule_that_fires_very_often_is_one_block_that_fits_a_page() -> None:
    """Forty actions without an owner: one block naming twelve, and how many more."""
    base = strategy("zorggroep-de-linde")
    many = tuple(
        ss.Action(id=f"a{i}", title=f"Actie {i}", supports=(ss.PlanPart.CRISIS,)) for i in range(40)
    )
    doc = build(attrs.evolve(base, actions=many), "report", language="nl", today=TODAY)
    blocks = section(doc, T("report.findings", "nl"))
    (owners,) = [b for b in blocks if isinstance(b, Finding) and b.label.endswith("eigenaar (40×)")]
    lines = owners.text.split("\n")
    assert len(lines) == 13
    assert lines[-1] == T("report.findings.more", "nl", count=28)


def test_user_text_stays_plain_in_the_outline() -> None:
    """Builders do not escape: a goal titled like an attack is in the outline as typed
    (the renderers escape it for their format)."""
    s = strategy("zorggroep-de-linde")
    hostile = "<script>alert(1)</script>"
    goal = attrs.evolve(s.goals[0], title=hostile)
    doc = build(attrs.evolve(s, goals=(goal, *s.goals[1:])), "report", today=TODAY)
    assert f"G1. {hostile}" in headings(doc, level=2)


# The board pack --------------------------------------------------------------------


@examples
@languages
def test_board_pack_is_ogsm_radar_gaps_and_decisions(stem: str, language: Language) -> None:
    doc = document(stem, "board", language)
    assert doc.one_page
    assert headings(doc, level=1) == [
        T(key, language)
        for key in (
            "board.objective",
            "board.goals",
            "board.strategies",
            "board.measures",
            "board.areas",
            "board.gaps",
            "board.decisions",
        )
    ]
    charts = [b for b in doc.blocks if isinstance(b, Chart)]
    assert [c.spec["title"]["text"] for c in charts] == [
        "Score per onderdeel" if language == "nl" else "Score per area"
    ]


@examples
def test_board_objective_goals_and_measures_come_from_the_plan(stem: str) -> None:
    s = strategy(stem)
    doc = document(stem, "board", "nl")
    objective = section(doc, T("board.objective", "nl"))
    assert isinstance(objective[0], Paragraph)
    assert objective[0].text == s.organisation.mission
    goals = text_of(doc)
    for number, goal in enumerate(s.goals, start=1):
        assert f"G{number} {goal.title.rstrip('.')}" in goals
    (measures,) = _tables(section(doc, T("board.measures", "nl")))
    assert [row[1] for row in measures.rows] == [i.kpi for goal in s.goals for i in goal.indicators]


@examples
def test_board_strategies_are_one_line_each(stem: str) -> None:
    (lines,) = [
        b
        for b in section(document(stem, "board", "nl"), "S · Strategieën")
        if isinstance(b, Bullets)
    ]
    assert [line.split(":")[0].split(" (")[0] for line in lines.items] == [
        "Kanalen",
        "Richtlijn voor medewerkers",
        "Crisisparaatheid",
        "Bespreekbaar maken",
    ]


def test_board_strategies_are_the_choices_made() -> None:
    """Which channel for which purpose, the guideline's topics, the crisis plan's
    promises and chain, the kinds of engagement: not counts ("waarvan 0 ...")."""
    (lines,) = [
        b
        for b in section(document("zorggroep-de-linde", "board", "nl"), "S · Strategieën")
        if isinstance(b, Bullets)
    ]
    channels, guideline, crisis, engagement = lines.items[:4]
    assert "werving via Facebook, LinkedIn en Intranet" in channels
    assert "webcare en klachten via Facebook en ZorgkaartNederland" in channels
    assert "vastgesteld op 20 februari 2024" in guideline
    assert "beroepsgeheim en privacy" in guideline
    assert "eerste reactie binnen 2 uur bij een vraag of klacht, 4 uur bij een incident" in crisis
    assert "escalatie via Welzijnscoach → Communicatieadviseur" in crisis
    assert "(dag en nacht bereikbaar: Manager bereikbaarheidsdienst en Bestuurder)" in crisis
    assert "draaiboeken voor privacy van een cliënt online geschonden" in crisis
    assert "kick-off of lancering" in engagement
    assert "waarvan" not in " ".join(lines.items)


def test_board_strategies_of_an_empty_plan_say_what_is_missing() -> None:
    """No "0 activities, 0 of them recurring" or "(0 reachable day and night)"."""
    (lines,) = [
        b
        for b in section(document("start-hier", "board", "nl"), "S · Strategieën")
        if isinstance(b, Bullets)
    ]
    text = " ".join(lines.items)
    assert "Bespreekbaar maken: nog geen activiteiten gepland" in text
    assert " 0 " not in f" {text} "


@examples
def test_board_shows_the_five_most_important_gaps(stem: str) -> None:
    """Five gaps (fewer when the plan has fewer), one per rule, most useful first."""
    s = strategy(stem)
    report = ss.score(s, today=TODAY)
    (gaps,) = _tables(section(document(stem, "board", "en"), T("board.gaps", "en")))
    distinct = len({f.code for f in report.findings})
    assert len(gaps.rows) == min(5, distinct)
    first = report.top_steps(1)[0]
    assert gaps.rows[0][1].startswith(first.title.en)
    assert gaps.rows[0][2] == first.fix.en


def test_a_rule_firing_on_several_parts_is_one_gap() -> None:
    """CHAN006 on three channels is one line for the board that names the three."""
    s = strategy("zorggroep-de-linde")
    src = Sources(s, ss.score(s, today=TODAY), "nl", TODAY)
    gaps = top_gaps(src)
    codes = [f.code for f, _ in gaps]
    assert len(codes) == len(set(codes)) == 5
    assert {f.code: names for f, names in gaps}["CHAN006"] == [
        "Facebook-pagina's van de vijf woonzorgcentra",
        "Zorggroep De Linde (bedrijfspagina)",
        "Familieportaal De Linde",
    ]
    (table,) = _tables(
        section(
            document("zorggroep-de-linde", "board", "nl"), "De vijf belangrijkste verbeterpunten"
        )
    )
    assert (
        "Reactietijd niet waar te maken met de bezettingstijden: Facebook-pagina's van de vijf"
        " woonzorgcentra, Zorggroep De Linde (bedrijfspagina) en Familieportaal De Linde"
    ) in [row[1] for row in table.rows]


@examples
def test_every_board_gap_names_the_parts_it_is_about(stem: str) -> None:
    """A gap about parts of the plan says which (no "(2×)"); only a gap about the plan
    as a whole ("Geen doelen") stands alone, and its title says what it is about."""
    s = strategy(stem)
    report = ss.score(s, today=TODAY)
    (table,) = _tables(section(document(stem, "board", "nl"), T("board.gaps", "nl")))
    for (found, names), row in zip(
        top_gaps(Sources(s, report, "nl", TODAY)), table.rows, strict=True
    ):
        assert "×" not in row[1]
        indexed = [f for f in report.findings if f.code == found.code and "[" in f.path]
        if indexed:
            assert names, found.code
            assert row[1].startswith(f"{found.title.nl}: ")
        else:
            assert row[1] == found.title.nl


@examples
@languages
def test_board_asks_for_the_plans_decisions(stem: str, language: Language) -> None:
    s = strategy(stem)
    (table,) = _tables(section(document(stem, "board", language), T("board.decisions", language)))
    expected = decisions(s, ss.score(s, today=TODAY), today=TODAY)
    assert expected, "every plan asks at least for its next review"
    assert [row[1] for row in table.rows] == [d.text.get(language) for d in expected]


def test_board_for_a_plan_with_gaps_asks_to_adopt_the_guideline() -> None:
    text = text_of(document("welzijn-oost", "board", "nl"))
    assert "Stel de richtlijn sociale media voor medewerkers vast" in text


# The employee guideline ------------------------------------------------------------


@examples
@languages
def test_guideline_has_every_rule_with_its_reason(stem: str, language: Language) -> None:
    s = strategy(stem)
    doc = document(stem, "guideline", language)
    paragraphs = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    for rule in s.guidelines.rules:
        assert rule.rule in paragraphs
        if rule.why:
            assert T("guideline.why", language, why=rule.why) in paragraphs


@examples
def test_guideline_has_a_section_per_role_with_rules(stem: str) -> None:
    """Rules for everyone under their own chapter; each role with rules of its own
    gets a chapter holding exactly those rules, under their topics."""
    s = strategy(stem)
    doc = document(stem, "guideline", "nl")
    everyone = section(doc, T("guideline.everyone", "nl"))
    general = {b.text for b in everyone if isinstance(b, Paragraph)}
    assert {r.rule for r in s.guidelines.rules if not r.roles} <= general
    roles = roles_with_rules(s)
    assert roles, "every example names roles in its guideline"
    for role in roles:
        blocks = section(doc, T("guideline.role", "nl", role=role.name))
        texts = {b.text for b in blocks if isinstance(b, Paragraph)}
        own = {r.rule for r in s.guidelines.rules if role.id in r.roles}
        assert own <= texts
        assert {r.rule for r in s.guidelines.rules if role.id not in r.roles}.isdisjoint(texts)
        topics = {b.text for b in blocks if isinstance(b, Heading) and b.level == 3}
        assert topics == {r.topic.label("nl") for r in s.guidelines.rules if role.id in r.roles}


def test_a_guideline_not_adopted_says_it_is_a_draft() -> None:
    """...naming who adopts: with 64 employees and nothing recorded, the board of directors."""
    assert document("welzijn-oost", "guideline", "en").subtitle.endswith(
        "draft, not yet adopted by the board of directors"
    )
    assert "concept" not in document("zorggroep-de-linde", "guideline", "nl").subtitle


def test_guideline_flows_as_one_text() -> None:
    """Sections, not chapters: a handbook text does not start each part on a new page."""
    doc = document("zorggroep-de-linde", "guideline", "nl")
    assert headings(doc, level=1) == []
    assert headings(doc, level=2)[0] == "Regels voor iedereen"
    assert headings(doc, level=2)[-1] == "Over deze richtlijn"


@examples
def test_guideline_says_whom_to_ask_and_how_to_report(stem: str) -> None:
    s = strategy(stem)
    g = s.guidelines
    text = text_of(document(stem, "guideline", "nl"))
    assert g.contact in text
    assert g.report_to in text
    words = ss.governance(s.organisation).placeholders()["nl"]
    assert T("guideline.consent.always", "nl", **words) in text
    if g.adopted:
        assert f"{g.adopted.year}" in text


# The crisis pocket card ------------------------------------------------------------


@examples
@languages
def test_pocket_card_calls_every_step_in_order(stem: str, language: Language) -> None:
    s = strategy(stem)
    doc = document(stem, "pocket", language)
    assert doc.one_page
    chain = next(
        t for t in _tables(section(doc, T("pocket.call", language))) if t.columns[0] == "#"
    )
    roles = {r.id: r.name for r in s.organisation.roles}
    assert [row[1] for row in chain.rows] == [roles[step.role] for step in s.crisis.escalation]
    assert [row[2] for row in chain.rows] == [step.reach for step in s.crisis.escalation]
    night = T("report.crisis.around_the_clock", language)
    assert [row[4] == night for row in chain.rows] == [
        step.day_and_night for step in s.crisis.escalation
    ]


@examples
@languages
def test_pocket_card_has_tiers_statement_checklist_and_clocks(
    stem: str, language: Language
) -> None:
    s = strategy(stem)
    doc = document(stem, "pocket", language)
    text = text_of(doc)
    for tier in s.crisis.tiers:
        assert tier.trigger in text
    scenario = first_statement(s)
    assert scenario is not None
    assert scenario.holding_statement in text
    for item in s.crisis.first_hour:
        assert item in text
    (clocks,) = _tables(section(doc, T("pocket.clocks", language)))
    leak = next(row for row in clocks.rows if "Autoriteit Persoonsgegevens" in row[0] + row[1])
    assert leak[2] == ("binnen 72 uur" if language == "nl" else "within 72 hours")


def test_pocket_card_shows_the_most_relevant_statement() -> None:
    """A viral negative post is what a card-holder meets first online."""
    scenario = first_statement(strategy("zorggroep-de-linde"))
    assert scenario is not None
    assert scenario.kind is ss.ScenarioKind.NEGATIVE_VIRAL


@languages
def test_pocket_card_of_a_blank_plan_falls_back_on_the_law(language: Language) -> None:
    """No tiers, chain, statement or clocks yet: the card still defines the levels,
    gives a process message built from the plan and the 72-hour clock."""
    doc = document("start-hier", "pocket", language)
    text = text_of(doc)
    for level in ("incident", "crisis"):
        assert T("pocket.tier.general", language, text=T(f"pocket.tier.{level}", language)) in text
    assert T("pocket.tier.calamity", language) not in text  # sector "other": no Wkkgz
    assert T("pocket.call.none", language) in text
    assert T("pocket.holding.template.note", language) in text
    assert ("72 uur" if language == "nl" else "72 hours") in text
    assert "IGJ" not in text  # sector "other": outside the Wkkgz


def test_pocket_card_adds_the_igj_clock_in_care() -> None:
    """In a care sector a calamity goes to the IGJ without delay, plan or no plan."""
    blank = strategy("start-hier")
    care = attrs.evolve(
        blank, organisation=attrs.evolve(blank.organisation, sector=ss.Sector.ELDERLY_CARE)
    )
    text = text_of(build(care, "pocket", language="nl", today=TODAY))
    assert "Inspectie Gezondheidszorg en Jeugd (IGJ)" in text
    assert "onverwijld" in text
    assert T("pocket.tier.calamity", "nl") in text


def test_pocket_card_completes_the_levels_the_plan_leaves_out() -> None:
    """De Linde defines complaint, incident and crisis, not calamity: the card adds what
    a calamity is in general, between incident and crisis, and keeps the plan's own."""
    doc = document("zorggroep-de-linde", "pocket", "nl")
    (levels,) = _tables(section(doc, T("pocket.levels", "nl")))
    assert [row[0] for row in levels.rows] == [
        "Vraag of klacht",
        "Incident",
        "Calamiteit",
        "Crisis",
    ]
    assert levels.rows[2][1] == "Algemeen: " + T("pocket.tier.calamity", "nl")
    assert levels.rows[1][1] == strategy("zorggroep-de-linde").crisis.tiers[1].trigger


# Every document --------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(DOCUMENTS))
@languages
def test_every_document_builds_for_a_blank_plan(kind: str, language: Language) -> None:
    doc = document("start-hier", kind, language)
    assert doc.kind == kind
    assert doc.language == language
    assert doc.blocks
