"""Charts are validated, themed, deterministic Vega-Lite dicts in the reader's language."""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import altair as alt
import attrs
import jsonschema
import pytest

import socialstrategy as ss
from socialstrategy import charts
from socialstrategy.charts import CHART
from socialstrategy.charts._spec import inline_datasets
from socialstrategy.charts._theme import FONT, PRIMARY
from socialstrategy.charts.traceability import CHARACTERS, LINE
from socialstrategy.i18n import LANGUAGES, Language
from socialstrategy.scoring import LEVELS, Area
from socialstrategy.vocab import Answer, CheckQuestion
from tests.conftest import STRATEGIES

TODAY = dt.date(2026, 11, 23)
ALL_STRATEGIES = sorted(STRATEGIES.glob("*.toml"))

Spec = dict[str, Any]
Build = Callable[[ss.Strategy, Language], Spec]


def _report(strategy: ss.Strategy) -> ss.Report:
    return ss.score(strategy, today=TODAY)


#: Every chart, as (strategy, language) -> spec, and the catalogue key of its title.
CHARTS: dict[str, tuple[Build, str]] = {
    "radar": (lambda s, lang: charts.area_radar(_report(s), lang), "radar.title"),
    "readiness": (charts.readiness_chart, "readiness.title"),
    "coverage": (charts.coverage_matrix, "coverage.title"),
    "traceability": (charts.traceability, "trace.title"),
    "timeline": (lambda s, lang: charts.action_timeline(s, lang, TODAY), "timeline.title"),
    "maturity": (lambda s, lang: charts.maturity_chart(_report(s), lang), "maturity.title"),
}


@functools.cache
def _schema_validator() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(alt.vegalite.v6.schema.core.load_schema())


def assert_valid(spec: Spec) -> None:
    """*spec* passes Altair's Vega-Lite schema (the one ``to_dict`` validates against)."""
    _schema_validator().validate(spec)


@functools.cache
def build(chart: str, strategy: ss.Strategy, language: Language) -> Spec:
    """A chart built once per test run (strategies are frozen, so hashable)."""
    return CHARTS[chart][0](strategy, language)


def views(spec: Spec) -> list[Spec]:
    layers: list[Spec] = spec.get("layer", [spec])
    return layers


def mark(view: Spec) -> str:
    return view["mark"] if isinstance(view["mark"], str) else view["mark"]["type"]


def data(spec: Spec, view: Spec) -> list[dict[str, Any]]:
    """The rows a view draws, inline or from the spec's named datasets."""
    source = view.get("data", spec.get("data"))
    if "values" in source:
        return list(source["values"])
    return list(spec["datasets"][source["name"]])


def rows(spec: Spec, kind: str, field: str | None = None) -> list[dict[str, Any]]:
    """The rows of the layers drawn with mark *kind* (and, if given, having *field*)."""
    return [
        row
        for view in views(spec)
        if mark(view) == kind
        for row in data(spec, view)
        if field is None or field in row
    ]


def texts(spec: Spec) -> str:
    """Everything in the spec a reader could see, as one string, for `in` checks."""
    return json.dumps(spec, ensure_ascii=False)


@pytest.fixture(params=ALL_STRATEGIES, ids=lambda p: p.stem)
def any_strategy(request: pytest.FixtureRequest) -> ss.Strategy:
    """Every bundled strategy, the blank template included."""
    path: Path = request.param
    return ss.load(path)


@pytest.fixture
def loose(rich: ss.Strategy) -> ss.Strategy:
    """*rich* plus one loose end of each kind: a goal without a primary process, an
    audience no channel reaches, a channel serving no goal, an action serving no goal."""
    return attrs.evolve(
        rich,
        goals=(*rich.goals, ss.Goal(id="g2", title="Zichtbaar zijn")),
        audiences=(*rich.audiences, ss.Audience(id="press", kind=ss.AudienceKind.PRESS)),
        channels=(
            *rich.channels,
            ss.Channel(id="tt", kind=ss.ChannelKind.TIKTOK, name="TikTok", audiences=("clients",)),
        ),
        actions=(*rich.actions, ss.Action(id="a2", title="Vlogs maken", channels=("tt",))),
    )


# --- every chart ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("chart", list(CHARTS))
def test_every_chart_is_valid_vega_lite(
    any_strategy: ss.Strategy, chart: str, language: Language
) -> None:
    """For every bundled strategy, each chart is a Vega-Lite dict that validates."""
    spec = build(chart, any_strategy, language)
    assert isinstance(spec, dict)
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/v6")
    assert_valid(spec)


@pytest.mark.parametrize("chart", list(CHARTS))
def test_altair_reads_every_chart_back(loose: ss.Strategy, chart: str) -> None:
    """Altair rebuilds each chart from its dict, validating it, and gives the same dict
    (once its datasets are inlined again, as every spec of this package is)."""
    spec = build(chart, loose, "nl")
    kind = alt.LayerChart if "layer" in spec else alt.Chart
    assert inline_datasets(kind.from_dict(spec).to_dict(validate=True)) == spec


@pytest.mark.parametrize("chart", list(CHARTS))
def test_specs_carry_no_named_datasets(loose: ss.Strategy, chart: str) -> None:
    """Data is inline: Streamlit would turn each named dataset into Arrow on every rerun."""
    assert "datasets" not in build(chart, loose, "nl")


@pytest.mark.parametrize("chart", list(CHARTS))
def test_titles_are_in_the_chosen_language(any_strategy: ss.Strategy, chart: str) -> None:
    """The title is the catalogue's Dutch text in nl and its English text in en."""
    key = CHARTS[chart][1]
    nl, en = build(chart, any_strategy, "nl"), build(chart, any_strategy, "en")
    assert nl["title"]["text"] == CHART(key, "nl")
    assert en["title"]["text"] == CHART(key, "en")
    assert CHART(key, "nl") != CHART(key, "en")


@pytest.mark.parametrize("chart", list(CHARTS))
def test_charts_are_deterministic(any_strategy: ss.Strategy, chart: str) -> None:
    """The same input gives an equal dict (and equal JSON), so callers can cache it."""
    make = CHARTS[chart][0]
    first, second = make(any_strategy, "nl"), make(any_strategy, "nl")
    assert first == second
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("chart", list(CHARTS))
def test_the_empty_strategy_gives_valid_charts(chart: str, language: Language) -> None:
    """`Strategy()` has nothing to draw, yet every chart is a valid spec with a title."""
    key = CHARTS[chart][1]
    spec = build(chart, ss.Strategy(), language)
    assert_valid(spec)
    assert spec["title"]["text"] == CHART(key, language)


@pytest.mark.parametrize(
    ("chart", "key"),
    [
        ("coverage", "coverage.no_audiences"),
        ("traceability", "trace.empty"),
        ("timeline", "timeline.empty"),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_parts_say_what_is_missing(chart: str, key: str, language: Language) -> None:
    """Instead of an empty frame, a text mark says what to add, e.g. no actions yet."""
    spec = build(chart, ss.Strategy(), language)
    (row,) = rows(spec, "text")
    assert row["text"] == CHART(key, language)
    if chart == "timeline":
        assert (
            row["text"]
            == {"nl": "Nog geen acties gepland.", "en": "No actions planned yet."}[language]
        )


def test_charts_carry_the_theme_whatever_theme_is_active(rich: ss.Strategy) -> None:
    """The socialstrategy theme is registered and enabled, and its config is in every
    spec even while another Altair theme is active."""
    assert charts.THEME in alt.theme.names()
    assert alt.theme.active == charts.THEME
    themed = charts.readiness_chart(rich, "nl")
    with alt.theme.enable("dark"):
        assert charts.readiness_chart(rich, "nl") == themed
    assert themed["config"]["font"] == FONT
    assert themed["config"]["mark"]["color"] == PRIMARY
    assert themed["config"]["range"]["category"][0] == PRIMARY


def test_dates_and_numbers_follow_the_language(rich: ss.Strategy) -> None:
    """Dutch specs carry Dutch month names and a decimal comma; English ones English."""
    nl = charts.action_timeline(rich, "nl", TODAY)["config"]["locale"]
    en = charts.action_timeline(rich, "en", TODAY)["config"]["locale"]
    assert nl["time"]["shortMonths"][2] == "mrt"
    assert en["time"]["shortMonths"][2] == "Mar"
    assert nl["number"]["decimal"] == ","
    assert en["number"]["decimal"] == "."
    assert len(nl["time"]["months"]) == len(en["time"]["days"]) + 5 == 12


def test_every_catalogue_entry_is_in_both_languages() -> None:
    for key, text in CHART.entries.items():
        assert text.nl.strip(), key
        assert text.en.strip(), key


# --- radar ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_radar_has_one_point_per_area_at_its_score(
    any_strategy: ss.Strategy, language: Language
) -> None:
    """One point per area, in the planner's order, at the report's score: its distance
    from the centre is the score (x = r·sin θ, y = r·cos θ)."""
    report = _report(any_strategy)
    spec = charts.area_radar(report, language)
    points = rows(spec, "circle")
    assert [p["code"] for p in points] == [area.code for area in Area]
    assert [p["area"] for p in points] == [area.label(language) for area in Area]
    for point in points:
        expected = report.areas[Area.parse(point["code"])].score
        assert point["score"] == round(expected, 1)
        assert math.isclose(math.hypot(point["x"], point["y"]), expected, abs_tol=0.01)
    assert spec["width"] == spec["height"]
    assert all(view["encoding"]["x"]["axis"] is None for view in views(spec))


def test_radar_draws_four_rings_and_labels_every_area(rich: ss.Strategy) -> None:
    spec = charts.area_radar(_report(rich), "en")
    rings = rows(spec, "line", "ring")
    assert sorted({row["ring"] for row in rings}) == [25, 50, 75, 100]
    labels = " ".join(row["text"] for row in rows(spec, "text", "align"))
    for area in Area:
        assert all(word in labels for word in area.label("en").split())


# --- readiness -----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_readiness_shows_the_nine_questions_in_order(
    any_strategy: ss.Strategy, language: Language
) -> None:
    """Nine dots, vocabulary order, short labels; each with the strategy's answer."""
    spec = charts.readiness_chart(any_strategy, language)
    dots = rows(spec, "circle")
    assert [d["code"] for d in dots] == [q.code for q in CheckQuestion]
    assert [d["question"] for d in dots] == [
        CHART(f"readiness.q.{q.code}", language) for q in CheckQuestion
    ]
    given = {r.question.code: r.answer for r in any_strategy.readiness}
    for dot in dots:
        assert dot["answer"] == given.get(dot["code"], Answer.UNKNOWN).label(language)


def test_unanswered_questions_count_as_unknown_and_colours_are_fixed() -> None:
    """An answer per question or "don't know"; yes green, partly amber, no red, grey."""
    strategy = ss.Strategy(
        readiness=(
            ss.ReadinessAnswer(question=CheckQuestion.TRAINED, answer=Answer.NO),
            ss.ReadinessAnswer(question=CheckQuestion.CLIENTS_ONLINE, answer=Answer.YES),
        )
    )
    spec = charts.readiness_chart(strategy, "nl")
    answers = {d["code"]: d["answer"] for d in rows(spec, "circle")}
    assert answers["trained"] == "Nee"
    assert answers["clients_online"] == "Ja"
    assert answers["future_proof"] == "Weet niet"
    (dots,) = [view for view in views(spec) if mark(view) == "circle"]
    scale = dots["encoding"]["color"]["scale"]
    assert scale["domain"] == ["Ja", "Deels", "Nee", "Weet niet"]
    assert scale["range"] == ["#3a8a5c", "#d9a23a", "#b8473e", "#a3afb0"]
    assert spec["title"]["subtitle"] == ["Ja: 1 · Deels: 0 · Nee: 1 · Weet niet: 7"]


def test_every_check_question_has_a_short_label() -> None:
    for question in CheckQuestion:
        for language in LANGUAGES:
            short = CHART(f"readiness.q.{question.code}", language)
            assert 0 < len(short) <= 30
    assert CHART("readiness.q.clients_online", "nl") == "Online gedrag cliënten"


# --- coverage ------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_coverage_has_one_row_per_audience_and_a_cell_per_channel(
    any_strategy: ss.Strategy, language: Language
) -> None:
    """Rows × columns = audiences × channels; a cell says whether the channel lists
    the audience."""
    spec = charts.coverage_matrix(any_strategy, language)
    if not (any_strategy.audiences and any_strategy.channels):
        assert "layer" not in spec
        assert rows(spec, "text")
        return
    cells = rows(spec, "rect")
    assert len({c["row"] for c in cells}) == len(any_strategy.audiences)
    assert len({c["channel"] for c in cells}) == len(any_strategy.channels)
    assert len(cells) == len(any_strategy.audiences) * len(any_strategy.channels)
    reached = CHART("coverage.reached", language)
    expected = sum(
        audience.id in channel.audiences
        for audience in any_strategy.audiences
        for channel in any_strategy.channels
    )
    assert sum(c["reach"] == reached for c in cells) == expected


def test_an_audience_without_a_channel_is_marked(loose: ss.Strategy) -> None:
    """The press, reached by no channel, is labelled "geen kanaal" in red."""
    spec = charts.coverage_matrix(loose, "nl")
    labels = {c["audience"]: c["row"] for c in rows(spec, "rect")}
    assert labels["Cliënten en patiënten"] == "Cliënten en patiënten"
    assert labels["Pers"] == "Pers — geen kanaal"
    colour = spec["encoding"]["y"]["axis"]["labelColor"]
    assert '"Pers — geen kanaal"' in colour["condition"]["test"]
    assert colour["condition"]["value"] == "#b8473e"
    assert spec["title"]["subtitle"] == ["Doelgroepen zonder kanaal (rood): 1"]
    assert spec["encoding"]["x"]["sort"] == ["Facebook", "TikTok"]


def test_audiences_without_any_channel_say_so(rich: ss.Strategy) -> None:
    spec = charts.coverage_matrix(attrs.evolve(rich, channels=()), "en")
    (message,) = rows(spec, "text")
    assert message["text"] == "No channels recorded yet: no audience is reached."


def test_two_audiences_with_one_name_keep_their_own_rows(rich: ss.Strategy) -> None:
    twins = attrs.evolve(
        rich,
        audiences=(
            ss.Audience(id="a", kind=ss.AudienceKind.CLIENTS, name="Cliënten"),
            ss.Audience(id="b", kind=ss.AudienceKind.CLIENTS, name="Cliënten"),
        ),
    )
    spec = charts.coverage_matrix(twins, "nl")
    assert spec["encoding"]["y"]["sort"] == [
        "Cliënten (a) — geen kanaal",
        "Cliënten (b) — geen kanaal",
    ]


# --- traceability --------------------------------------------------------------------


def _nodes(spec: Spec) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in rows(spec, "rect")}


def test_a_linked_strategy_has_no_loose_ends(rich: ss.Strategy) -> None:
    """Process → goal → channel → action all hang together: every node is linked."""
    spec = charts.traceability(rich, "en")
    nodes = _nodes(spec)
    assert set(nodes) == {
        "Intake",
        "Wonen",
        "Meer aanmeldingen",
        "Clients and patients",
        "Facebook",
        "Pagina opzetten",
    }
    # A process no goal serves is no loose end (not every process needs social media),
    # but it is not linked either: it is drawn apart, and says why.
    assert nodes["Wonen"]["status"] == "No goal"
    assert nodes["Wonen"]["why"] == CHART("trace.unused.why", "en")
    assert {n["status"] for name, n in nodes.items() if name != "Wonen"} == {"Linked"}
    assert spec["title"]["subtitle"] == [CHART("trace.all_linked", "en")]
    # intake → g1, clients → fb, fb → a1 (g1 names no audience: no goal → audience link)
    assert len(rows(spec, "rule")) == 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_loose_ends_are_highlighted_with_the_reason(loose: ss.Strategy, language: Language) -> None:
    """An orphan channel (serving no goal) and the other loose ends are in the warning
    colour, and their tooltip says why."""
    spec = charts.traceability(loose, language)
    nodes = _nodes(spec)
    orphan = CHART("trace.orphan", language)
    assert nodes["TikTok"]["status"] == orphan
    assert nodes["TikTok"]["why"] == CHART("trace.orphan.channel", language)
    assert nodes["Zichtbaar zijn"]["why"] == CHART("trace.orphan.goal", language)
    assert nodes[ss.AudienceKind.PRESS.label(language)]["why"] == CHART(
        "trace.orphan.audience", language
    )
    assert nodes["Vlogs maken"]["why"] == CHART("trace.orphan.action", language)
    linked = [n for n in nodes.values() if n["status"] == CHART("trace.linked", language)]
    assert {n["name"] for n in linked} == {
        "Intake",
        "Meer aanmeldingen",
        ss.AudienceKind.CLIENTS.label(language),
        "Facebook",
        "Pagina opzetten",
    }
    assert all(n["why"] == "" for n in linked)
    (boxes,) = [view for view in views(spec) if mark(view) == "rect"]
    assert boxes["encoding"]["stroke"]["scale"]["domain"][1] == orphan
    assert boxes["encoding"]["stroke"]["scale"]["range"][1] == "#d97a2b"
    tooltip_fields = {t["field"] for t in boxes["encoding"]["tooltip"]}
    assert "why" in tooltip_fields
    assert spec["title"]["subtitle"] == [CHART("trace.orphans", language, count=4)]


def test_an_action_that_puts_a_part_of_the_plan_into_practice_is_no_loose_end(
    rich: ss.Strategy,
) -> None:
    """As the rules judge it (ACT003): an action for the crisis plan serves no goal, and
    needs none."""
    drill = ss.Action(id="a3", title="Crisisoefening", supports=(ss.PlanPart.CRISIS,))
    spec = charts.traceability(attrs.evolve(rich, actions=(*rich.actions, drill)), "nl")
    assert _nodes(spec)["Crisisoefening"]["status"] == CHART("trace.linked", "nl")
    assert spec["title"]["subtitle"] == [CHART("trace.all_linked", "nl")]


def test_a_plan_with_empty_columns_is_not_called_connected(rich: ss.Strategy) -> None:
    """Nothing is loose in a plan with only its processes, but nothing hangs together
    yet either: the subtitle names what is still empty."""
    bare = attrs.evolve(rich, goals=(), audiences=(), channels=(), actions=())
    spec = charts.traceability(bare, "nl")
    assert spec["title"]["subtitle"] == [
        CHART("trace.incomplete", "nl", parts="doelen, doelgroepen, kanalen, acties")
    ]


def test_traceability_columns_follow_the_chain(loose: ss.Strategy) -> None:
    """Five columns in chain order, each headed by its name and count."""
    spec = charts.traceability(loose, "nl")
    headers = [r["text"] for r in rows(spec, "text", "text") if r.get("y", 0) < 0]
    assert headers == [
        "Primaire processen (2)",
        "Doelen (2)",
        "Doelgroepen (2)",
        "Kanalen (2)",
        "Acties (2)",
    ]
    columns = {n["name"]: n["x"] for n in _nodes(spec).values()}
    assert columns["Intake"] < columns["Meer aanmeldingen"] < columns["Cliënten en patiënten"]
    assert columns["Cliënten en patiënten"] < columns["TikTok"] < columns["Vlogs maken"]


# --- timeline ------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_timeline_has_one_bar_per_dated_action(
    any_strategy: ss.Strategy, language: Language
) -> None:
    """A bar from start to due for each action with both dates, coloured by status."""
    spec = charts.action_timeline(any_strategy, language, TODAY)
    dated = [a for a in any_strategy.actions if a.start and a.due]
    bars = rows(spec, "bar")
    assert len(bars) == len(dated)
    assert [(b["start"], b["due"]) for b in bars] == [
        (a.start.isoformat(), a.due.isoformat())  # type: ignore[union-attr]
        for a in dated
    ]
    assert [b["status"] for b in bars] == [a.status.label(language) for a in dated]


def test_timeline_shows_today_and_every_action_somehow(rich: ss.Strategy) -> None:
    """Both dates: a bar; one date: a diamond; none: named under the title."""
    strategy = attrs.evolve(
        rich,
        actions=(
            ss.Action(
                id="a1",
                title="Pagina opzetten",
                start=dt.date(2026, 9, 1),
                due=dt.date(2027, 3, 31),
                status=ss.ActionStatus.IN_PROGRESS,
            ),
            ss.Action(id="a2", title="Richtlijn vaststellen", due=dt.date(2027, 1, 15)),
            ss.Action(id="a3", title="Vlogs maken"),
        ),
    )
    spec = charts.action_timeline(strategy, "nl", TODAY)
    (bar,) = rows(spec, "bar")
    assert bar["action"] == "Pagina opzetten"
    assert bar["status"] == "Loopt"
    assert bar["start_text"] == "1 sep 2026"
    assert bar["due_text"] == "31 mrt 2027"
    (diamond,) = rows(spec, "point")
    assert diamond["action"] == "Richtlijn vaststellen"
    assert diamond["date"] == "2027-01-15"
    assert diamond["start_text"] == "—"
    assert "Zonder datum: Vlogs maken" in spec["title"]["subtitle"]
    (today,) = rows(spec, "rule")
    assert today["date"] == "2026-11-23"
    assert {"date": "2026-11-23", "text": "Vandaag"} in rows(spec, "text")


def test_a_plan_without_any_dates_lists_its_actions(rich: ss.Strategy) -> None:
    spec = charts.action_timeline(rich, "en", TODAY)
    (message,) = rows(spec, "text")
    assert message["text"] == "No actions with a date yet.\nWithout a date: Pagina opzetten"


# --- maturity ------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_maturity_highlights_the_level_reached(
    any_strategy: ss.Strategy, language: Language
) -> None:
    """Five steps from each threshold to the next; the reached one alone highlighted;
    the overall score as a bar of its own."""
    report = _report(any_strategy)
    spec = charts.maturity_chart(report, language)
    steps = rows(spec, "bar")
    assert [s["level"] for s in steps] == [1, 2, 3, 4, 5]
    assert [s["name"] for s in steps] == [m.name.get(language) for m in LEVELS]
    assert [s["start"] for s in steps] == [m.threshold for m in LEVELS]
    assert [s["level"] for s in steps if s["reached"]] == [report.maturity.level]
    score = [r for r in rows(spec, "rule") if r["start"] == 0 and r["end"] != 100]
    assert [r["end"] for r in score] == [round(report.overall, 1)]
    subtitle = spec["title"]["subtitle"]
    assert subtitle[0] == CHART(
        "maturity.subtitle",
        language,
        level=report.maturity.level,
        count=5,
        name=report.maturity.name.get(language),
    )
    if report.capped is not None:
        assert report.capped.get(language) in subtitle[1]


def test_a_long_name_in_the_chain_wraps_whole(rich: ss.Strategy) -> None:
    """A goal's name of many words is on several lines in its box, every word of it,
    never cut off at the box's edge; its row is as tall as its lines need."""
    long = "Familie weet wat hun naaste in de huiskamer beleeft en voelt zich betrokken"
    first, *rest = rich.goals
    spec = charts.traceability(
        attrs.evolve(rich, goals=(attrs.evolve(first, title=long), *rest)), "nl"
    )
    (node,) = [r for r in rows(spec, "text", "text") if r.get("name") == long]
    lines = node["text"].split("\n")
    assert " ".join(lines) == long
    assert len(lines) > 2
    assert all(len(line) <= CHARACTERS for line in lines)
    (box,) = [r for r in rows(spec, "rect", "name") if r["name"] == long]
    assert box["y2"] - box["y"] >= len(lines) * LINE
    assert "limit" not in json.dumps(spec).replace("labelLimit", "")
