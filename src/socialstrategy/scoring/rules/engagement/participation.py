"""Engagement: who takes part and how."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import each_empty
from socialstrategy.scoring.rules._edit import chain, each_in, without
from socialstrategy.scoring.rules.engagement._common import (
    _CHECK,
    _QA,
    _STARTERS,
    _activities,
    _kinds,
    _missing_kind,
    _name,
    _with,
    _without_audience,
)
from socialstrategy.vocab import KEY_AUDIENCES, EngagementKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- who takes part and how -----------------------------------------------------------


@rule(
    "ENG009",
    "key-audience-not-taking-part",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Doelgroep doet niet mee", "Audience not taking part"),
    message=(
        "De doelgroep '{audience}' doet aan geen enkele activiteit mee.",
        "The audience '{audience}' takes part in no activity.",
    ),
    fix=(
        "Betrek medewerkers, cliënten én verwanten: laat ze meedoen aan de kick-off, de"
        " gesprekken of de raden.",
        "Involve employees, clients and relatives alike: let them join the kick-off, the"
        " conversations or the councils.",
    ),
    source=f"{_QA} (medewerkers, cliënten en verwanten); {_CHECK.format(5)}",
    weight=6,
    mode="each",
    fires=_without_audience("verwanten"),
    # Relatives still take part in the other activities.
    passes=lambda s: each_in(
        "engagement",
        "activities",
        0,
        audiences=tuple(x for x in s.engagement.activities[0].audiences if x != "verwanten"),
    )(s),
)
def key_audience_not_taking_part(ctx: Context) -> Iterator[Hit]:
    activities = ctx.strategy.engagement.activities
    if not activities:
        return
    kinds = ctx.audience_kind_by_id
    taking_part = {kinds[a] for act in activities for a in act.audiences if a in kinds}
    for kind in KEY_AUDIENCES:
        if kind not in taking_part:
            yield Hit(
                "engagement.activities",
                {"audience": kind.text},
            )


@rule(
    "ENG010",
    "no-conversation-starters",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Geen gespreksstarters", "No conversation starters"),
    message=(
        "Er zijn geen gespreksstarters, stellingen of voorbeelden uit de praktijk om het"
        " gesprek zonder oordeel op gang te brengen.",
        "There are no conversation starters, statements or real cases to get people"
        " talking without judgement.",
    ),
    fix=(
        "Gebruik bijvoorbeeld kletskaarten, stellingen waarop iedereen zonder oordeel"
        " reageert, of een incident of vraag van een collega als gespreksstarter.",
        "Use e.g. card games, statements everyone reacts to without judgement, or an"
        " incident or a colleague's question as a starter.",
    ),
    source=_QA,
    weight=6,
    fires=without("engagement", "activities", kind=EngagementKind.CONVERSATION_STARTERS),
    passes=chain(
        without("engagement", "activities", kind=EngagementKind.CONVERSATION_STARTERS),
        _with(EngagementKind.STATEMENTS),
    ),
)
def no_conversation_starters(ctx: Context) -> Iterator[Hit]:
    if ctx.strategy.engagement.activities and not _STARTERS & _kinds(ctx):
        yield Hit("engagement.activities")


@rule(
    "ENG011",
    "no-team-sessions",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Teams gaan niet zelf in gesprek", "Teams hold no sessions of their own"),
    message=(
        "Teams gaan niet zelf met cliënten en verwanten in gesprek over mediagebruik.",
        "Teams do not talk about media use with clients and relatives themselves.",
    ),
    fix=(
        "Stimuleer teams om eigen bijeenkomsten te organiseren, op de woning of de"
        " locatie, met cliënten en verwanten.",
        "Encourage teams to hold their own sessions, at the home or location, with clients"
        " and relatives.",
    ),
    source=_QA,
    weight=6,
    fires=without("engagement", "activities", kind=EngagementKind.TEAM_SESSION),
    passes=without("engagement", "activities", kind=EngagementKind.CLIENT_COUNCIL),
)
def no_team_sessions(ctx: Context) -> Iterator[Hit]:
    if _missing_kind(ctx, EngagementKind.TEAM_SESSION):
        yield Hit("engagement.activities")


activity_without_date = rule(
    "ENG012",
    "activity-without-date",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Activiteit niet gepland", "Activity not scheduled"),
    message=(
        "Activiteit '{activity}' heeft geen datum.",
        "Activity '{activity}' has no date.",
    ),
    fix=(
        "Zet een datum bij de (eerste) keer dat de activiteit plaatsvindt.",
        "Set the date the activity (first) takes place.",
    ),
    source=_QA,
    weight=8,
    mode="share",
    population=_activities,
    fires=each_in("engagement", "activities", 0, planned=None),
    passes=each_in("engagement", "activities", 0, planned=dt.date(2027, 3, 1)),
)(each_empty("engagement.activities", "planned", lambda activity: {"activity": _name(activity)}))


activity_without_owner = rule(
    "ENG013",
    "activity-without-owner",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Activiteit zonder organisator", "Activity without an organiser"),
    message=(
        "Bij activiteit '{activity}' staat niet wie die organiseert.",
        "Activity '{activity}' does not say who organises it.",
    ),
    fix=(
        "Noem per activiteit wie die organiseert.",
        "Name who organises each activity.",
    ),
    source=_QA,
    weight=8,
    mode="share",
    population=_activities,
    fires=each_in("engagement", "activities", 0, owner=""),
    passes=each_in("engagement", "activities", 0, owner="Aandachtsfunctionaris media"),
)(each_empty("engagement.activities", "owner", lambda activity: {"activity": _name(activity)}))


activity_without_audience = rule(
    "ENG014",
    "activity-without-audience",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Activiteit zonder deelnemers", "Activity without participants"),
    message=(
        "Bij activiteit '{activity}' staat niet welke doelgroepen meedoen.",
        "Activity '{activity}' does not say which audiences take part.",
    ),
    fix=(
        "Kies de doelgroepen die meedoen: medewerkers, cliënten, verwanten.",
        "Choose the audiences taking part: employees, clients, relatives.",
    ),
    source=_QA,
    weight=5,
    mode="share",
    population=_activities,
    fires=each_in("engagement", "activities", 0, audiences=()),
    passes=lambda s: each_in(
        "engagement", "activities", 0, audiences=s.engagement.activities[0].audiences[:1]
    )(s),
)(each_empty("engagement.activities", "audiences", lambda activity: {"activity": _name(activity)}))


@rule(
    "ENG015",
    "outcomes-not-gathered",
    area=Area.ENGAGEMENT,
    level=Level.ADVICE,
    title=("Uitkomsten niet gebundeld", "Outcomes not gathered"),
    message=(
        "Bij geen enkele activiteit staat wat die opleverde of moet opleveren: welke"
        " vragen en zorgen leven er?",
        "No activity says what came out of it, or should: which questions and concerns are there?",
    ),
    fix=(
        "Bundel de uitkomsten van de gesprekken en bespreek samen de vragen en zorgen die"
        " het vaakst bovenkomen.",
        "Gather the outcomes of the conversations and go through the questions and"
        " concerns that come up most, together.",
    ),
    source=f"{_QA}; {_CHECK.format(5)}",
    weight=6,
    fires=each_in("engagement", "activities", outcome=""),
    # One activity's outcome is enough to build on.
    passes=chain(
        each_in("engagement", "activities", outcome=""),
        each_in("engagement", "activities", 0, outcome="Afspraken over foto's bij uitjes."),
    ),
)
def outcomes_not_gathered(ctx: Context) -> Iterator[Hit]:
    activities = ctx.strategy.engagement.activities
    if activities and not any(a.outcome.strip() for a in activities):
        yield Hit("engagement.activities")
