"""The plan a disability-care manager enters in the timed walk (``bench/bench_walk.py``).

One set of data for two uses: the benchmark types it into the planner through a real
browser, and ``tests/scoring/test_walk_plan.py`` builds the same plan through the
library. :func:`build` makes the plan from a fresh sector plan; :func:`missing` lists
every entry of the walk that a plan (the file the planner saved) does not hold.

References between parts are by what a manager sees (a goal's title, a channel's name,
a process's or an audience's name), not by id: the planner makes the ids.
"""

from __future__ import annotations

import datetime as dt

import attrs

import socialstrategy as ss
from socialstrategy.model import (
    Action,
    Activity,
    Channel,
    Engagement,
    Goal,
    Indicator,
    Moderation,
    Span,
    TrainingNeed,
)
from socialstrategy.model.starters import accept, unreviewed
from socialstrategy.vocab import Answer, ChannelKind, EngagementKind, Purpose, Rhythm, Skill

SECTOR = ss.Sector.DISABILITY_CARE
SECTOR_LABEL = "Gehandicaptenzorg"
NAME = "Stichting De Brug"
AUTHOR = "Marieke de Vries, manager zorg"
NEXT_REVIEW = dt.date(2027, 12, 1)
EMPLOYEES = 420
LOCATIONS = 12
MISSION = (
    "Mensen met een verstandelijke beperking wonen, werken en leven zo gewoon mogelijk, ook online."
)


@attrs.frozen
class Check:
    code: str
    answer: Answer
    explanation: str
    evidence: str = ""


#: The nine check questions, in the planner's order.
READINESS = (
    Check(
        "clients_online",
        Answer.PARTLY,
        "Begeleiders weten het per cliënt, maar het staat nergens vast.",
        "Teamoverleggen woonlocaties, oktober 2026",
    ),
    Check("guidance_vision", Answer.NO, "Er is nog geen visie op mediabegeleiding."),
    Check("future_proof", Answer.PARTLY, "We herzien de strategie elk jaar."),
    Check("discussed_structurally", Answer.NO, "Het komt alleen bij incidenten ter sprake."),
    Check(
        "known_questions",
        Answer.PARTLY,
        "De cliëntenraad vroeg naar WhatsApp-groepen.",
        "Verslag cliëntenraad september 2026",
    ),
    Check(
        "responsible_person",
        Answer.YES,
        "De manager zorg is kartrekker.",
        "Besluit directie 3 november 2026",
    ),
    Check("prevent_incidents", Answer.PARTLY, "De richtlijn en scholing komen er nu."),
    Check(
        "handle_incidents",
        Answer.PARTLY,
        "Het crisisplan staat in dit document, nog niet geoefend.",
    ),
    Check("trained", Answer.NO, "Begeleiders hebben behoefte aan scholing."),
)

#: Each goal with its one indicator; processes and audiences by their names.
GOALS = (
    Goal(
        id="veilig-online",
        title="Cliënten gebruiken sociale media veilig en met plezier.",
        processes=("Wonen", "Begeleiding"),
        audiences=("Cliënten", "Verwanten en naasten"),
        owner="Manager zorg",
        rationale=(
            "Online contact hoort bij het gewone leven van onze cliënten, en ze zijn"
            " kwetsbaar voor misbruik."
        ),
        indicators=(
            Indicator(
                kpi="Cliënten met een online risico-inventarisatie in het ECD",
                unit="%",
                baseline=0,
                target=80,
                deadline=dt.date(2027, 12, 31),
                source="ECD-rapportage per kwartaal",
            ),
        ),
    ),
    Goal(
        id="werving",
        title="Meer begeleiders solliciteren via sociale media.",
        processes=("Werving en selectie",),
        audiences=("Potentiële medewerkers",),
        owner="HR-adviseur",
        rationale="Vacatures in de woonlocaties staan lang open.",
        indicators=(
            Indicator(
                kpi="Sollicitaties via sociale media",
                unit="per kwartaal",
                baseline=5,
                target=15,
                deadline=dt.date(2027, 12, 31),
                source="Sollicitatiesysteem",
            ),
        ),
    ),
)

INSIGHT_SOURCE = "Teamoverleggen en cliëntenraad, 2026"
#: What four audiences do online, by the audience's name in a fresh sector plan.
AUDIENCES = {
    "Cliënten": ("Veel cliënten zitten op WhatsApp, TikTok en Snapchat, vaak zonder begeleiding."),
    "Verwanten en naasten": "Verwanten lezen Facebook en het cliëntportaal.",
    "Medewerkers": "Begeleiders gebruiken WhatsApp en Facebook.",
    "Potentiële medewerkers": "Zoeken vacatures via Instagram, Facebook en Indeed.",
}

#: The channels; audiences by name, goals by title. Facebook is watched on weekdays in
#: the daytime (the planner's suggested 9:00 to 17:00 once the switch is on).
CHANNELS = (
    Channel(
        id="facebook",
        kind=ChannelKind.FACEBOOK,
        name="Facebook-pagina De Brug",
        purposes=(Purpose.PROFILING, Purpose.RECRUITMENT, Purpose.WEBCARE),
        audiences=("Verwanten en naasten", "Potentiële medewerkers"),
        goals=(GOALS[1].title,),
        owner="Communicatieadviseur",
        response_hours=8,
        moderation=Moderation(weekdays=Span(start=dt.time(9, 0), end=dt.time(17, 0))),
    ),
    Channel(
        id="instagram",
        kind=ChannelKind.INSTAGRAM,
        name="Instagram De Brug",
        purposes=(Purpose.RECRUITMENT,),
        audiences=("Potentiële medewerkers",),
        goals=(GOALS[1].title,),
        owner="Communicatieadviseur",
        response_hours=24,
    ),
    Channel(
        id="zorgkaart",
        kind=ChannelKind.RATING_SITE,
        name="ZorgkaartNederland",
        purposes=(Purpose.WEBCARE,),
        audiences=("Verwanten en naasten",),
        owner="Klachtenfunctionaris",
        response_hours=48,
    ),
)

#: How to reach each role of the escalation chain, and whether it is covered day and
#: night, by the role's id (the rows of a fresh plan's chain).
REACH = {
    "communication": ("06-12345670", True),
    "complaints_officer": ("06-12345671", False),
    "care_manager": ("06-12345672", True),
    "privacy_officer": ("06-12345673", False),
    "hr": ("06-12345674", False),
    "board": ("06-12345675", True),
}
CRISIS_OWNER = "Communicatieadviseur"

ENGAGEMENT_OWNER = AUTHOR
STRUCTURAL = (
    "Elk kwartaal in het teamoverleg en twee keer per jaar in de cliëntenraad en verwantenraad."
)
#: Activities; audiences by name.
ACTIVITIES = (
    Activity(
        id="kickoff",
        kind=EngagementKind.KICKOFF,
        title="Kick-off sociale media met cliënten, verwanten en begeleiders",
        audiences=("Cliënten", "Verwanten en naasten", "Medewerkers"),
        planned=dt.date(2027, 2, 10),
        owner="Manager zorg",
    ),
    Activity(
        id="clientenraad",
        kind=EngagementKind.CLIENT_COUNCIL,
        title="Sociale media op de agenda van de cliëntenraad",
        audiences=("Cliënten",),
        rhythm=Rhythm.TWICE_YEARLY,
        planned=dt.date(2027, 3, 1),
        owner="Manager zorg",
    ),
    Activity(
        id="teams",
        kind=EngagementKind.CONVERSATION_STARTERS,
        title="Kletskaarten in het teamoverleg",
        audiences=("Medewerkers",),
        rhythm=Rhythm.QUARTERLY,
        planned=dt.date(2027, 3, 15),
        owner="Teamleiders",
    ),
)

#: Training needs, by the role's id.
TRAINING = (
    TrainingNeed(
        role="care_manager",
        skills=(Skill.MEDIA_LITERACY,),
        need="Risico-inventarisatie en mediaplan met de cliënt.",
        format="Workshop",
        due=dt.date(2027, 6, 30),
    ),
    TrainingNeed(
        role="communication",
        skills=(Skill.DIGITAL_SKILLS,),
        need="Webcare en crisisreactie.",
        format="Training",
        due=dt.date(2027, 4, 30),
    ),
)

#: Actions; goals by title, channels by name.
ACTIONS = (
    Action(
        id="richtlijn",
        title="Richtlijn bespreken in elk team",
        owner="Teamleiders",
        due=dt.date(2027, 3, 31),
        goals=(GOALS[0].title,),
    ),
    Action(
        id="inventarisatie",
        title="Online risico-inventarisatie voor alle cliënten",
        owner="Persoonlijk begeleiders",
        due=dt.date(2027, 12, 31),
        goals=(GOALS[0].title,),
    ),
    Action(
        id="vacatures",
        title="Elke week een vacature met een verhaal van een begeleider",
        owner="Communicatieadviseur",
        due=dt.date(2027, 6, 30),
        goals=(GOALS[1].title,),
        channels=(CHANNELS[0].name, CHANNELS[1].name),
    ),
)

#: The parts whose model texts the manager reads and accepts with one click each.
ACCEPTED = ("guidelines", "media_guidance", "crisis")


def _ids(named: dict[str, str], names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(named[n] for n in names)


def build(strategy: ss.Strategy | None = None) -> ss.Strategy:
    """The walk's plan made through the library, from a fresh sector plan."""
    s = strategy or ss.new_strategy(SECTOR, NAME)
    s = attrs.evolve(s, meta=attrs.evolve(s.meta, author=AUTHOR, next_review=NEXT_REVIEW))
    s = attrs.evolve(
        s,
        organisation=attrs.evolve(
            s.organisation, employees=EMPLOYEES, locations=LOCATIONS, mission=MISSION
        ),
    )
    checks = {c.code: c for c in READINESS}
    s = attrs.evolve(
        s,
        readiness=tuple(
            attrs.evolve(
                r,
                answer=checks[r.question.code].answer,
                explanation=checks[r.question.code].explanation,
                evidence=checks[r.question.code].evidence,
            )
            for r in s.readiness
        ),
    )
    processes = {p.name: p.id for p in s.organisation.processes}
    audiences = {a.name: a.id for a in s.audiences}
    goals = tuple(
        attrs.evolve(
            g, processes=_ids(processes, g.processes), audiences=_ids(audiences, g.audiences)
        )
        for g in GOALS
    )
    s = attrs.evolve(
        s,
        goals=goals,
        audiences=tuple(
            attrs.evolve(a, online_behaviour=AUDIENCES[a.name], insight_source=INSIGHT_SOURCE)
            if a.name in AUDIENCES
            else a
            for a in s.audiences
        ),
    )
    goal_ids = {g.title: g.id for g in goals}
    channels = tuple(
        attrs.evolve(c, audiences=_ids(audiences, c.audiences), goals=_ids(goal_ids, c.goals))
        for c in CHANNELS
    )
    s = attrs.evolve(s, channels=channels)
    for part in ACCEPTED:
        s = accept(s, part)
    s = attrs.evolve(
        s,
        media_guidance=attrs.evolve(s.media_guidance, in_care_plan=True, in_risk_inventory=True),
    )
    crisis = s.crisis
    escalation = tuple(
        attrs.evolve(e, reach=REACH[e.role][0], day_and_night=REACH[e.role][1])
        for e in crisis.escalation
    )
    s = attrs.evolve(s, crisis=attrs.evolve(crisis, escalation=escalation, owner=CRISIS_OWNER))
    s = attrs.evolve(
        s,
        engagement=Engagement(
            owner=ENGAGEMENT_OWNER,
            structural=STRUCTURAL,
            activities=tuple(
                attrs.evolve(a, audiences=_ids(audiences, a.audiences)) for a in ACTIVITIES
            ),
        ),
        training=TRAINING,
    )
    channel_ids = {c.name: c.id for c in channels}
    return attrs.evolve(
        s,
        actions=tuple(
            attrs.evolve(a, goals=_ids(goal_ids, a.goals), channels=_ids(channel_ids, a.channels))
            for a in ACTIONS
        ),
    )


def missing(s: ss.Strategy) -> list[str]:  # noqa: PLR0915  (one check per entry)
    """Every entry of the walk that *s* does not hold, said in a line each."""
    out: list[str] = []

    def want(what: str, got: object, wanted: object) -> None:
        if got != wanted:
            out.append(f"{what}: {got!r}, not {wanted!r}")

    want("meta.author", s.meta.author, AUTHOR)
    want("meta.next_review", s.meta.next_review, NEXT_REVIEW)
    org = s.organisation
    want("organisation.name", org.name, NAME)
    want("organisation.sector", org.sector, SECTOR)
    want("organisation.employees", org.employees, EMPLOYEES)
    want("organisation.locations", org.locations, LOCATIONS)
    want("organisation.mission", org.mission, MISSION)
    answers = {r.question.code: r for r in s.readiness}
    for check in READINESS:
        r = answers.get(check.code)
        answered = None if r is None else (r.answer, r.explanation, r.evidence)
        want(f"readiness {check.code}", answered, (check.answer, check.explanation, check.evidence))
    process_names = {p.id: p.name for p in org.processes}
    audience_names = {a.id: a.name for a in s.audiences}
    goal_titles = {g.id: g.title for g in s.goals}
    by_title = {g.title: g for g in s.goals}
    want("number of goals", len(s.goals), len(GOALS))
    for goal in GOALS:
        got_goal = by_title.get(goal.title)
        if got_goal is None:
            out.append(f"goal {goal.title!r} missing")
            continue
        want(
            f"goal {goal.title!r}",
            (
                {process_names.get(p) for p in got_goal.processes},
                {audience_names.get(a) for a in got_goal.audiences},
                got_goal.owner,
                got_goal.rationale,
                got_goal.indicators,
            ),
            (set(goal.processes), set(goal.audiences), goal.owner, goal.rationale, goal.indicators),
        )
    audiences = {a.name: a for a in s.audiences}
    for name, online in AUDIENCES.items():
        a = audiences.get(name)
        described = None if a is None else (a.online_behaviour, a.insight_source)
        want(f"audience {name!r}", described, (online, INSIGHT_SOURCE))
    channels = {c.name: c for c in s.channels}
    want("number of channels", len(s.channels), len(CHANNELS))
    for channel in CHANNELS:
        c = channels.get(channel.name)
        if c is None:
            out.append(f"channel {channel.name!r} missing")
            continue
        want(
            f"channel {channel.name!r}",
            (
                c.kind,
                set(c.purposes),
                {audience_names.get(a) for a in c.audiences},
                {goal_titles.get(g) for g in c.goals},
                c.owner,
                c.response_hours,
                c.moderation,
            ),
            (
                channel.kind,
                set(channel.purposes),
                set(channel.audiences),
                set(channel.goals),
                channel.owner,
                channel.response_hours,
                channel.moderation,
            ),
        )
    for part in ACCEPTED:
        want(f"model texts left in {part}", unreviewed(s, part), ())
    want("media_guidance.in_care_plan", s.media_guidance.in_care_plan, True)
    want("media_guidance.in_risk_inventory", s.media_guidance.in_risk_inventory, True)
    chain = {e.role: (e.reach, e.day_and_night) for e in s.crisis.escalation}
    for role, reach in REACH.items():
        want(f"escalation {role}", chain.get(role), reach)
    want("crisis.owner", s.crisis.owner, CRISIS_OWNER)
    want("engagement.owner", s.engagement.owner, ENGAGEMENT_OWNER)
    want("engagement.structural", s.engagement.structural, STRUCTURAL)
    activities = {a.title: a for a in s.engagement.activities}
    want("number of activities", len(s.engagement.activities), len(ACTIVITIES))
    for activity in ACTIVITIES:
        got_activity = activities.get(activity.title)
        if got_activity is None:
            out.append(f"activity {activity.title!r} missing")
            continue
        want(
            f"activity {activity.title!r}",
            (
                got_activity.kind,
                got_activity.rhythm,
                got_activity.planned,
                got_activity.owner,
                {audience_names.get(a) for a in got_activity.audiences},
            ),
            (
                activity.kind,
                activity.rhythm,
                activity.planned,
                activity.owner,
                set(activity.audiences),
            ),
        )
    needs = {n.role: n for n in s.training}
    want("number of training needs", len(s.training), len(TRAINING))
    for need in TRAINING:
        got_need = needs.get(need.role)
        want(f"training {need.role}", got_need, need)
    channel_names = {c.id: c.name for c in s.channels}
    actions = {a.title: a for a in s.actions}
    want("number of actions", len(s.actions), len(ACTIONS))
    for action in ACTIONS:
        got_action = actions.get(action.title)
        if got_action is None:
            out.append(f"action {action.title!r} missing")
            continue
        want(
            f"action {action.title!r}",
            (
                got_action.owner,
                got_action.due,
                {goal_titles.get(g) for g in got_action.goals},
                {channel_names.get(c) for c in got_action.channels},
            ),
            (action.owner, action.due, set(action.goals), set(action.channels)),
        )
    return out
