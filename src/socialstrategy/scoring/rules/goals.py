"""Goals: serving the primary processes, SMART, and carried by channels and actions.

Sources: the book review (seed 003: "sociale media geen doel op zich … gekoppeld aan de
primaire processen"; "eerst denken, dan doen"); SMART goals and the Altimeter finding
that only 34% tie social strategy to outcomes (DOMAIN.md, figures).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import LANGUAGES, Text
from socialstrategy.model import Indicator
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, named, rule
from socialstrategy.scoring.rules._edit import chain, each, replace
from socialstrategy.vocab import ProcessKind
from socialstrategy.vocab.goals import is_mark, is_percent, is_vanity

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Goal, Strategy
    from socialstrategy.scoring.context import Context
    from socialstrategy.scoring.rule import Example

_BOOK = "Gulden & Van der Wurff, Social media in zorg en welzijn (seed 003)"


def _goals(ctx: Context) -> int:
    return len(ctx.strategy.goals)


def _indicators(ctx: Context) -> int:
    return sum(len(g.indicators) for g in ctx.strategy.goals)


def _name(goal: object) -> str | Text:
    return named(getattr(goal, "title", ""))


def _set_deadlines(deadline: dt.date) -> Example:
    def change(s: Strategy) -> Strategy:
        goals = tuple(
            attrs.evolve(
                g, indicators=tuple(attrs.evolve(x, deadline=deadline) for x in g.indicators)
            )
            for g in s.goals
        )
        return attrs.evolve(s, goals=goals)

    return change


@rule(
    "GOAL001",
    "no-goals",
    area=Area.GOALS,
    level=Level.ERROR,
    title=("Geen doelen", "No goals"),
    message=(
        "De strategie heeft nog geen doelen: wat moeten sociale media opleveren?",
        "The strategy has no goals yet: what must social media achieve?",
    ),
    fix=(
        "Formuleer per primair proces wat sociale media daarvoor moeten bereiken.",
        "For each primary process, state what social media must achieve for it.",
    ),
    source=_BOOK,
    weight=100,
    fires=chain(replace(goals=()), each("channels", goals=()), each("actions", goals=())),
)
def no_goals(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.goals:
        yield Hit("goals")


@rule(
    "GOAL002",
    "goal-without-primary-process",
    area=Area.GOALS,
    level=Level.ERROR,
    title=("Doel zonder primair proces", "Goal without a primary process"),
    message=(
        "Doel '{goal}' dient geen primair proces: dan zijn sociale media een doel op zich.",
        "Goal '{goal}' serves no primary process: that makes social media a goal in itself.",
    ),
    fix=(
        "Koppel het doel aan het zorgproces dat het moet versterken, of schrap het.",
        "Link the goal to the care process it must strengthen, or drop it.",
    ),
    source=_BOOK,
    weight=40,
    mode="share",
    population=_goals,
    fires=each("goals", processes=()),
    passes=each("goals", processes=("werving", "wonen")),
)
def goal_without_primary_process(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        # A goal that serves a supporting process has an explanation of its own (GOAL012).
        if not ctx.primary_process_ids.intersection(goal.processes) and not _supporting(ctx, goal):
            yield Hit(f"goals[{i}].processes", {"goal": _name(goal)})


def _supporting(ctx: Context, goal: Goal) -> list[str | Text]:
    """The names of the supporting processes *goal* serves."""
    return [
        named(p.name)
        for p in ctx.strategy.organisation.processes
        if p.kind is ProcessKind.SUPPORTING and p.id in goal.processes
    ]


@rule(
    "GOAL012",
    "goal-serves-supporting-process-only",
    area=Area.GOALS,
    level=Level.ERROR,
    title=("Doel dient alleen een ondersteunend proces", "Goal serves a supporting process only"),
    message=(
        "Doel '{goal}' dient alleen een ondersteunend proces ({processes}): dat helpt de"
        " organisatie, maar zegt nog niet wat cliënten en verwanten ervan merken.",
        "Goal '{goal}' serves only a supporting process ({processes}): that helps the"
        " organisation, but does not yet say what clients and relatives notice of it.",
    ),
    fix=(
        "Koppel het doel ook aan het zorgproces dat ervan profiteert en meet dat effect,"
        " bijvoorbeeld vaste begeleiders op elke locatie (continuïteit) of minder"
        " openstaande vacatures op een afdeling.",
        "Also link the goal to the care process that benefits from it and measure that"
        " effect, for example familiar carers at every location (continuity) or fewer"
        " open vacancies on a ward.",
    ),
    source=_BOOK,
    weight=40,
    mode="share",
    population=_goals,
    fires=each("goals", processes=("werving",)),
    passes=each("goals", processes=("werving", "wonen")),
)
def goal_serves_supporting_process_only(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        if ctx.primary_process_ids.intersection(goal.processes):
            continue
        supporting = _supporting(ctx, goal)
        if supporting:
            processes = Text(
                ", ".join(x if isinstance(x, str) else x.nl for x in supporting),
                ", ".join(x if isinstance(x, str) else x.en for x in supporting),
            )
            yield Hit(f"goals[{i}].processes", {"goal": _name(goal), "processes": processes})


@rule(
    "GOAL003",
    "goal-not-measurable",
    area=Area.GOALS,
    level=Level.WARNING,
    title=("Doel niet meetbaar", "Goal not measurable"),
    message=(
        "Doel '{goal}' heeft geen indicator: hoe weet je of het bereikt is?",
        "Goal '{goal}' has no indicator: how will you know it was reached?",
    ),
    fix=(
        "Voeg een indicator toe met nulmeting, streefwaarde en deadline (SMART).",
        "Add an indicator with a baseline, a target and a deadline (SMART).",
    ),
    source="SMART goals; DOMAIN.md (Altimeter: 34% tie social strategy to outcomes)",
    weight=30,
    mode="share",
    population=_goals,
    fires=each("goals", indicators=()),
)
def goal_not_measurable(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        if not goal.indicators:
            yield Hit(f"goals[{i}].indicators", {"goal": _name(goal)})


def _indicator_rule(code: str, field: str, nl_missing: str, en_missing: str, why: str) -> None:
    """Baseline, target and deadline: the same check on a different field of indicators."""

    @rule(
        code,
        f"indicator-without-{field}",
        area=Area.GOALS,
        level=Level.WARNING,
        title=(f"Indicator zonder {nl_missing}", f"Indicator without {en_missing}"),
        message=(
            f"Indicator '{{kpi}}' van doel '{{goal}}' heeft geen {nl_missing}.",
            f"Indicator '{{kpi}}' of goal '{{goal}}' has no {en_missing}.",
        ),
        fix=(
            f"Vul de {nl_missing} in, zodat het doel SMART is.",
            f"Fill in the {en_missing}, so that the goal is SMART.",
        ),
        source=why,
        weight=12,
        mode="share",
        population=_indicators,
        fires=_clear_indicators(field),
    )
    def check(ctx: Context) -> Iterator[Hit]:
        for i, goal in enumerate(ctx.strategy.goals):
            for j, indicator in enumerate(goal.indicators):
                if getattr(indicator, field) is None:
                    yield Hit(
                        f"goals[{i}].indicators[{j}].{field}",
                        {"goal": _name(goal), "kpi": indicator.kpi or j + 1},
                    )


def _clear_indicators(field: str) -> Example:
    cleared: dict[str, Any] = {field: None}

    def change(s: Strategy) -> Strategy:
        goals = tuple(
            attrs.evolve(g, indicators=tuple(attrs.evolve(x, **cleared) for x in g.indicators))
            for g in s.goals
        )
        return attrs.evolve(s, goals=goals)

    return change


_indicator_rule("GOAL004", "baseline", "nulmeting", "baseline", "SMART: measurable (nulmeting)")
_indicator_rule("GOAL005", "target", "streefwaarde", "target", "SMART: measurable (streefwaarde)")
_indicator_rule("GOAL006", "deadline", "deadline", "deadline", "SMART: time-bound")


@rule(
    "GOAL007",
    "goal-without-channel",
    area=Area.GOALS,
    level=Level.WARNING,
    title=("Doel zonder kanaal", "Goal without a channel"),
    message=(
        "Geen enkel kanaal werkt aan doel '{goal}'.",
        "No channel works towards goal '{goal}'.",
    ),
    fix=(
        "Kies op de stap Kanalen bij een kanaal welk doel het dient (een kanaal dat de"
        " doelgroep van het doel bereikt), of herzie het doel.",
        "On the Channels step, choose at a channel which goal it serves (a channel that"
        " reaches the goal's audience), or reconsider the goal.",
    ),
    source="Traceability: process → goal → audience → channel → action (PRODUCT.md)",
    weight=20,
    mode="share",
    population=_goals,
    fires=each("channels", goals=()),
    # A goal has no channel field: the link is made on the channel.
    fix_path="channels",
)
def goal_without_channel(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        if goal.id not in ctx.channels_by_goal:
            yield Hit(f"goals[{i}]", {"goal": _name(goal)})


@rule(
    "GOAL008",
    "goal-without-audience",
    area=Area.GOALS,
    level=Level.ADVICE,
    title=("Doel zonder doelgroep", "Goal without an audience"),
    message=(
        "Doel '{goal}' noemt niet voor welke doelgroep het is.",
        "Goal '{goal}' does not say which audience it is for.",
    ),
    fix=("Kies de doelgroepen van het doel.", "Choose the goal's audiences."),
    source="Traceability: process → goal → audience → channel → action (PRODUCT.md)",
    weight=10,
    mode="share",
    population=_goals,
    fires=each("goals", audiences=()),
)
def goal_without_audience(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        if not goal.audiences:
            yield Hit(f"goals[{i}].audiences", {"goal": _name(goal)})


@rule(
    "GOAL009",
    "goal-without-owner",
    area=Area.GOALS,
    level=Level.ADVICE,
    title=("Doel zonder eigenaar", "Goal without an owner"),
    message=("Niemand is eigenaar van doel '{goal}'.", "Nobody owns goal '{goal}'."),
    fix=(
        "Wijs een eigenaar aan die het doel onderschrijft (acceptabel).",
        "Name an owner who endorses the goal (acceptable).",
    ),
    source="SMART: acceptable (an owner endorses it)",
    weight=8,
    mode="share",
    population=_goals,
    fires=each("goals", owner=""),
)
def goal_without_owner(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        if not goal.owner.strip():
            yield Hit(f"goals[{i}].owner", {"goal": _name(goal)})


@rule(
    "GOAL010",
    "goal-without-rationale",
    area=Area.GOALS,
    level=Level.ADVICE,
    title=("Doel zonder onderbouwing", "Goal without a rationale"),
    message=(
        "Bij doel '{goal}' staat niet waarom het het zorgproces helpt.",
        "Goal '{goal}' does not say why it helps the care process.",
    ),
    fix=(
        "Schrijf in een zin waarom dit doel het proces beter maakt (realistisch).",
        "Write in a sentence why this goal makes the process better (realistic).",
    ),
    source=_BOOK,
    weight=8,
    mode="share",
    population=_goals,
    fires=each("goals", rationale=""),
)
def goal_without_rationale(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        if not goal.rationale.strip():
            yield Hit(f"goals[{i}].rationale", {"goal": _name(goal)})


@rule(
    "GOAL011",
    "indicator-deadline-passed",
    area=Area.GOALS,
    level=Level.ADVICE,
    title=("Deadline verstreken", "Deadline passed"),
    message=(
        "De deadline van indicator '{kpi}' ({deadline}) is verstreken.",
        "The deadline of indicator '{kpi}' ({deadline}) has passed.",
    ),
    fix=(
        "Meet of het doel gehaald is en stel een nieuwe streefwaarde en deadline.",
        "Measure whether the goal was reached and set a new target and deadline.",
    ),
    source="Review cycle: goals are measured and adjusted (PRODUCT.md, action plan)",
    weight=6,
    mode="share",
    population=_indicators,
    fires=_set_deadlines(dt.date(2020, 1, 1)),
)
def indicator_deadline_passed(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        for j, indicator in enumerate(goal.indicators):
            if indicator.deadline is not None and indicator.deadline < ctx.today:
                yield Hit(
                    f"goals[{i}].indicators[{j}].deadline",
                    {"kpi": indicator.kpi or j + 1, "deadline": indicator.deadline.isoformat()},
                )


def _vanity_only(goal: Goal) -> bool:
    return bool(goal.indicators) and all(
        is_vanity(x.kpi) or is_vanity(x.unit) for x in goal.indicators
    )


_FOLLOWERS = Indicator(kpi="Volgers op Instagram", unit="volgers", baseline=800, target=1500)


def _measure_followers(s: Strategy) -> Strategy:
    first, *rest = s.goals
    return attrs.evolve(s, goals=(attrs.evolve(first, indicators=(_FOLLOWERS,)), *rest))


def _followers_beside_care(s: Strategy) -> Strategy:
    first, *rest = s.goals
    edited = attrs.evolve(first, indicators=(*first.indicators, _FOLLOWERS))
    return attrs.evolve(s, goals=(edited, *rest))


@rule(
    "GOAL013",
    "goal-measured-by-attention-only",
    area=Area.GOALS,
    level=Level.WARNING,
    title=("Doel alleen gemeten in volgers en bereik", "Goal measured by attention only"),
    message=(
        "Doel '{goal}' wordt alleen gemeten in aandacht op sociale media ({kpis}): volgers,"
        " likes en bereik zeggen hoe zichtbaar je bent, niet of de zorg er beter van wordt.",
        "Goal '{goal}' is measured by attention on social media only ({kpis}): followers,"
        " likes and reach say how visible you are, not whether care gets better.",
    ),
    fix=(
        "Meet het effect op de zorg dat het doel belooft, bijvoorbeeld minder telefoontjes"
        " over bezoektijden, meer passende sollicitanten of cliënten die de informatie"
        " vinden die ze zoeken; houd volgers en bereik hooguit als tussenstap bij.",
        "Measure the effect on care the goal promises, for example fewer phone calls about"
        " visiting hours, more suitable applicants or clients who find the information"
        " they look for; track followers and reach as a step in between at most.",
    ),
    source=f"{_BOOK}: sociale media geen doel op zich; DOMAIN.md (Altimeter: 34% tie"
    " social strategy to outcomes)",
    weight=20,
    mode="share",
    population=_goals,
    fires=_measure_followers,
    # A count of attention next to a measure of care is fine: the goal is measured on care.
    passes=_followers_beside_care,
)
def goal_measured_by_attention_only(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        if _vanity_only(goal):
            kpis = "; ".join(x.kpi or x.unit for x in goal.indicators)
            yield Hit(f"goals[{i}].indicators", {"goal": _name(goal), "kpis": kpis})


#: A target more than this many times its baseline (or less than its reciprocal) is
#: rarely a plan and often a different scale: a mark of 7.5 after a score of 64.
_SCALE_RATIO = 8


def _number(value: float) -> Text:
    """The value as the report writes it: ``7,5`` and ``1.500`` in Dutch."""
    return Text(*(fmt.number(value, language) for language in LANGUAGES))


def _off_scale(baseline: float, target: float, unit: str) -> Text | None:
    """Why *baseline* and *target* cannot be on one scale, or None."""
    values = (baseline, target)
    if is_percent(unit) and any(v > 100 or v < 0 for v in values):
        return Text("een percentage buiten 0 tot 100", "a percentage outside 0 to 100")
    if is_mark(unit) and any(v > 10 for v in values):
        return Text("een rapportcijfer boven de 10", "a mark above 10")
    # Small counts may well multiply (1 to 10 pleeggezinnen); beyond the 1-10 range a
    # jump this large is another scale, or no plan.
    if baseline > 0 and target > 0 and max(values) > 10:
        if target > baseline * _SCALE_RATIO:
            return Text("meer dan acht keer de nulmeting", "more than eight times the baseline")
        if target * _SCALE_RATIO < baseline:
            return Text(
                "minder dan een achtste van de nulmeting", "less than an eighth of the baseline"
            )
    return None


def _scale(baseline: float, target: float, unit: str = "") -> Example:
    def change(s: Strategy) -> Strategy:
        first, *rest = s.goals
        indicator = attrs.evolve(first.indicators[0], baseline=baseline, target=target, unit=unit)
        edited = attrs.evolve(first, indicators=(indicator, *first.indicators[1:]))
        return attrs.evolve(s, goals=(edited, *rest))

    return change


@rule(
    "GOAL014",
    "target-on-another-scale",
    area=Area.GOALS,
    level=Level.WARNING,
    title=("Streefwaarde op een andere schaal", "Target on another scale"),
    message=(
        "Indicator '{kpi}' van doel '{goal}': streefwaarde {target} past niet bij nulmeting"
        " {baseline} ({why}). Staan ze op dezelfde schaal?",
        "Indicator '{kpi}' of goal '{goal}': target {target} does not fit baseline"
        " {baseline} ({why}). Are they on the same scale?",
    ),
    fix=(
        "Zet nulmeting en streefwaarde in dezelfde eenheid en op dezelfde schaal (een"
        " rapportcijfer naast een rapportcijfer, een percentage naast een percentage) en"
        " kies een streefwaarde die haalbaar is.",
        "Put baseline and target in the same unit and on the same scale (a mark next to a"
        " mark, a percentage next to a percentage) and choose a target that can be reached.",
    ),
    source="SMART: measurable and realistic (nulmeting en streefwaarde op één schaal)",
    weight=12,
    mode="share",
    population=_indicators,
    fires=_scale(64, 7.5),
    # A big rise on one scale is a plan.
    passes=_scale(12, 90, "%"),
)
def target_on_another_scale(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        for j, indicator in enumerate(goal.indicators):
            baseline, target = indicator.baseline, indicator.target
            if baseline is None or target is None:
                continue
            why = _off_scale(baseline, target, indicator.unit)
            if why is not None:
                yield Hit(
                    f"goals[{i}].indicators[{j}].target",
                    {
                        "goal": _name(goal),
                        "kpi": indicator.kpi or j + 1,
                        "baseline": _number(baseline),
                        "target": _number(target),
                        "why": why,
                    },
                )
