"""Hypothesis strategies for the model: valid strategies whose references all resolve."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

import socialstrategy as ss
from socialstrategy.vocab import Term

# Text as people type it, in any script; TOML cannot carry lone surrogates.
texts = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60)
short_texts = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20)
ids = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,11}", fullmatch=True)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
numbers = st.floats(allow_nan=False, allow_infinity=False, width=64) | st.integers(
    -(10**6), 10**6
).map(float)
hours = st.floats(min_value=0.05, max_value=24 * 365, allow_nan=False)


def terms(kind: type[Term]) -> st.SearchStrategy[Any]:
    return st.sampled_from(list(kind))


def unique_ids(max_size: int = 4) -> st.SearchStrategy[list[str]]:
    return st.lists(ids, max_size=max_size, unique=True)


def picks(pool: list[str]) -> st.SearchStrategy[tuple[str, ...]]:
    if not pool:
        return st.just(())
    return st.lists(st.sampled_from(pool), unique=True, max_size=3).map(tuple)


def optional(pool: list[str]) -> st.SearchStrategy[str]:
    return st.just("") | st.sampled_from(pool) if pool else st.just("")


@st.composite
def spans(draw: st.DrawFn) -> ss.Span:
    start = draw(st.integers(0, 22 * 60))
    end = draw(st.integers(start + 1, 23 * 60 + 59))
    return ss.Span(start=dt.time(*divmod(start, 60)), end=dt.time(*divmod(end, 60)))


@st.composite
def consent_records(draw: st.DrawFn, id_: str, channel_ids: list[str]) -> ss.ConsentRecord:
    """A record of the consent register; its end dates never before the consent."""
    given = draw(st.none() | dates)
    later = dates if given is None else st.dates(min_value=given, max_value=dt.date(2100, 12, 31))
    return ss.ConsentRecord(
        id=id_,
        what=draw(texts),
        pseudonym=draw(short_texts),
        situation=draw(terms(ss.ClientSituation)),
        represented=draw(st.booleans()),
        signatories=tuple(draw(st.lists(terms(ss.Signatory), unique=True, max_size=3))),
        reach=draw(st.none() | terms(ss.ConsentReach)),
        channels=draw(picks(channel_ids)),
        given=given,
        expires=draw(st.none() | later),
        withdrawn=draw(st.none() | later),
        published_on=draw(picks(channel_ids)),
    )


@st.composite
def strategies(draw: st.DrawFn) -> ss.Strategy:
    """A valid strategy: every id unique, every reference resolving."""
    process_ids = draw(unique_ids())
    role_ids = draw(unique_ids())
    goal_ids = draw(unique_ids())
    audience_ids = draw(unique_ids())
    channel_ids = draw(unique_ids())
    maybe_date = st.none() | dates

    organisation = ss.Organisation(
        name=draw(texts),
        sector=draw(terms(ss.Sector)),
        employees=draw(st.none() | st.integers(0, 100_000)),
        region=draw(texts),
        processes=tuple(
            ss.Process(id=i, name=draw(texts), kind=draw(terms(ss.ProcessKind)))
            for i in process_ids
        ),
        roles=tuple(ss.Role(id=i, name=draw(short_texts)) for i in role_ids),
        funders=tuple(draw(st.lists(terms(ss.Funder), max_size=2))),
        bodies=tuple(draw(st.lists(terms(ss.ParticipationBody), max_size=2))),
    )
    goals = tuple(
        ss.Goal(
            id=i,
            title=draw(texts),
            processes=draw(picks(process_ids)),
            audiences=draw(picks(audience_ids)),
            indicators=tuple(
                ss.Indicator(
                    kpi=draw(texts),
                    baseline=draw(st.none() | numbers),
                    target=draw(st.none() | numbers),
                    deadline=draw(maybe_date),
                )
                for _ in range(draw(st.integers(0, 2)))
            ),
        )
        for i in goal_ids
    )
    moderation = ss.Moderation(
        weekdays=draw(st.none() | spans()),
        evenings=draw(st.none() | spans()),
        weekends=draw(st.none() | spans()),
    )
    channels = tuple(
        ss.Channel(
            id=i,
            kind=draw(terms(ss.ChannelKind)),
            purposes=tuple(draw(st.lists(terms(ss.Purpose), max_size=2, unique=True))),
            audiences=draw(picks(audience_ids)),
            goals=draw(picks(goal_ids)),
            response_hours=draw(st.none() | hours),
            moderation=moderation,
            client_contact=draw(st.booleans()),
            own_name=draw(st.booleans()),
            notes=draw(texts),
        )
        for i in channel_ids
    )
    crisis = ss.CrisisPlan(
        monitoring=draw(texts),
        first_hour=tuple(draw(st.lists(short_texts, max_size=3))),
        last_drill=draw(maybe_date),
        tiers=tuple(
            ss.Tier(level=level, trigger=draw(texts), approver=draw(optional(role_ids)))
            for level in draw(st.lists(terms(ss.Severity), unique=True, max_size=3))
        ),
        escalation=tuple(
            ss.EscalationStep(role=r, reach=draw(short_texts), backup=draw(optional(role_ids)))
            for r in draw(picks(role_ids))
        ),
        scenarios=tuple(
            ss.Scenario(
                id=i,
                kind=draw(terms(ss.ScenarioKind)),
                holding_statement=draw(texts),
                response_hours=draw(st.none() | hours),
                steps=tuple(draw(st.lists(short_texts, max_size=2))),
            )
            for i in draw(unique_ids(3))
        ),
        legal_clocks=tuple(
            ss.LegalClock(kind=kind, deadline_hours=draw(st.none() | hours))
            for kind in draw(st.lists(terms(ss.LegalClockKind), max_size=2))
        ),
    )
    actions = []
    for i in draw(unique_ids()):
        start = draw(maybe_date)
        due = draw(maybe_date)
        if start and due and due < start:
            start, due = due, start
        actions.append(
            ss.Action(
                id=i,
                title=draw(texts),
                start=start,
                due=due,
                status=draw(terms(ss.ActionStatus)),
                goals=draw(picks(goal_ids)),
                channels=draw(picks(channel_ids)),
            )
        )
    return ss.Strategy(
        meta=ss.Meta(
            title=draw(texts),
            revision=draw(st.integers(1, 10_000)),
            language=draw(st.sampled_from(["nl", "en"])),
            next_review=draw(maybe_date),
        ),
        organisation=organisation,
        readiness=tuple(
            ss.ReadinessAnswer(question=q, answer=draw(terms(ss.Answer)), evidence=draw(texts))
            for q in draw(st.lists(terms(ss.CheckQuestion), unique=True, max_size=9))
        ),
        goals=goals,
        audiences=tuple(
            ss.Audience(
                id=i,
                kind=draw(terms(ss.AudienceKind)),
                online_behaviour=draw(texts),
                platforms=tuple(draw(st.lists(terms(ss.ChannelKind), unique=True, max_size=3))),
            )
            for i in audience_ids
        ),
        channels=channels,
        guidelines=ss.Guidelines(
            adopted=draw(maybe_date),
            consent=ss.ConsentPolicy(parents_under_16=draw(st.booleans())),
            rules=tuple(
                ss.GuidelineRule(
                    topic=draw(terms(ss.GuidelineTopic)),
                    rule=draw(texts),
                    roles=draw(picks(role_ids)),
                )
                for _ in range(draw(st.integers(0, 3)))
            ),
        ),
        media_guidance=ss.MediaGuidance(vision=draw(texts), in_care_plan=draw(st.booleans())),
        consents=tuple(draw(consent_records(i, channel_ids)) for i in draw(unique_ids(3))),
        crisis=crisis,
        engagement=ss.Engagement(
            owner=draw(short_texts),
            activities=tuple(
                ss.Activity(
                    id=i,
                    kind=draw(terms(ss.EngagementKind)),
                    audiences=draw(picks(audience_ids)),
                    rhythm=draw(terms(ss.Rhythm)),
                    planned=draw(maybe_date),
                )
                for i in draw(unique_ids(3))
            ),
        ),
        training=tuple(
            ss.TrainingNeed(
                role=r,
                skills=tuple(draw(st.lists(terms(ss.Skill), unique=True))),
                due=draw(maybe_date),
            )
            for r in draw(picks(role_ids))
        ),
        actions=tuple(actions),
    )
