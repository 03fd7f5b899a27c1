"""Readiness: a yes backed by the plan itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import each, keep_first, replace, within
from socialstrategy.scoring.rules.audiences import clients_online_gaps
from socialstrategy.scoring.rules.readiness._common import _QA, _QUESTIONS, _about, _answered
from socialstrategy.vocab import Answer, AudienceKind, CheckQuestion, EngagementKind, Rhythm

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterator

    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context


def _yes_backed_by(
    code: str,
    question: CheckQuestion,
    *,
    title: tuple[str, str],
    lacking: tuple[str, str],
    fix: tuple[str, str],
    gap: Callable[[Context], bool],
    fires: Callable[[Strategy], Strategy],
    passes: Callable[[Strategy], Strategy] | None = None,
    fix_path: str,
) -> None:
    """A "yes" that the plan itself contradicts: the same check for several questions."""

    @rule(
        code,
        f"yes-but-{question.code.replace('_', '-')}",
        area=Area.READINESS,
        level=Level.WARNING,
        title=title,
        message=(
            f"Checkvraag {{n}} is met ja beantwoord, maar {lacking[0]}: '{{q}}'",
            f"Check question {{n}} is answered yes, but {lacking[1]}: '{{q}}'",
        ),
        fix=fix,
        source=f"{_QA}, question {_QUESTIONS.index(question) + 1}",
        weight=8,
        passes=passes,
        fires=fires,
        fix_path=fix_path,
    )
    def check(ctx: Context) -> Iterator[Hit]:
        for i, answer in _answered(ctx, Answer.YES):
            if answer.question is question and gap(ctx):
                yield Hit(f"readiness[{i}].answer", _about(question))


def _no_recurring_activity(ctx: Context) -> bool:
    return not any(a.rhythm.recurs for a in ctx.strategy.engagement.activities)


def _not_kept_current(ctx: Context) -> bool:
    """No date still to come on which the plan is looked at again: the strategy's next
    review, and the guideline's once it has rules (seed 003: social media change fast)."""
    s = ctx.strategy

    def coming(day: dt.date | None) -> bool:
        return day is not None and day >= ctx.today

    return not coming(s.meta.next_review) or (
        bool(s.guidelines.rules) and not coming(s.guidelines.review_date)
    )


#: The groups whose questions check question 5 asks about.
_ASKED: Final = (AudienceKind.EMPLOYEES, AudienceKind.CLIENTS, AudienceKind.RELATIVES)
#: Sessions that speak with a group by their nature, even with no audiences filled in.
_SESSION_GROUPS: Final = {
    EngagementKind.CLIENT_COUNCIL: AudienceKind.CLIENTS,
    EngagementKind.YOUTH_COUNCIL: AudienceKind.CLIENTS,
    EngagementKind.RELATIVES_COUNCIL: AudienceKind.RELATIVES,
    EngagementKind.WORKS_COUNCIL: AudienceKind.EMPLOYEES,
    EngagementKind.TEAM_SESSION: AudienceKind.EMPLOYEES,
}


def unheard_groups(ctx: Context) -> list[AudienceKind]:
    """Staff, clients or relatives whose questions no engagement activity collects (the
    Q&A: talk with them, in councils and teams, and bundle what comes up)."""
    kinds = ctx.audience_kind_by_id
    heard: set[AudienceKind] = set()
    for activity in ctx.strategy.engagement.activities:
        heard.update(kinds[a] for a in activity.audiences if a in kinds)
        if activity.kind in _SESSION_GROUPS:
            heard.add(_SESSION_GROUPS[activity.kind])
    return [group for group in _ASKED if group not in heard]


# A "yes" claims the organisation's own practice: a starter text nobody has edited or
# accepted (``model_text``) is the sector's words, so it does not back the claim. (Rules
# that only ask whether a part is there let it count: MODEL001/002 charge for it.)


def _no_prevention(ctx: Context) -> bool:
    crisis = ctx.strategy.crisis
    own = bool(crisis.prevention) and "prevention" not in crisis.model_texts
    return not own and not any(x.prevention.strip() and not x.model_text for x in crisis.scenarios)


def _no_guidance_vision(ctx: Context) -> bool:
    guidance = ctx.strategy.media_guidance
    written = guidance.vision.strip() and guidance.approach.strip()
    return not written or guidance.model_text


_yes_backed_by(
    "READ007",
    CheckQuestion.CLIENTS_ONLINE,
    title=("Ja, maar onbekend wat cliënten online doen", "Yes, but clients' online use unknown"),
    lacking=(
        "bij de doelgroep cliënten staat niet wat zij online doen",
        "the clients audience does not say what they do online",
    ),
    fix=(
        "Beschrijf op de stap Doelgroepen bij cliënten wat zij online doen, of verander"
        " het antwoord in deels.",
        "On the Audiences step, describe what clients do online, or change the answer to partly.",
    ),
    fix_path="audiences",
    gap=lambda ctx: bool(clients_online_gaps(ctx)),
    fires=each("audiences", online_behaviour=""),
    # Only the clients' online use answers this question.
    passes=lambda s: attrs.evolve(
        s,
        audiences=tuple(
            a if a.kind is AudienceKind.CLIENTS else attrs.evolve(a, online_behaviour="")
            for a in s.audiences
        ),
    ),
)
_yes_backed_by(
    "READ008",
    CheckQuestion.GUIDANCE_VISION,
    title=("Ja, maar geen visie op mediabegeleiding", "Yes, but no media guidance vision"),
    lacking=(
        "de visie of aanpak voor mediabegeleiding is niet beschreven of nog een"
        " modeltekst die niemand heeft nagelopen",
        "the vision or approach for media guidance is not described, or still a model"
        " text nobody has reviewed",
    ),
    fix=(
        "Schrijf op de stap Richtlijn en mediabegeleiding de visie en de aanpak voor"
        " mediabegeleiding op (of pas de modeltekst aan en neem hem bewust over), of"
        " verander het antwoord in deels.",
        "On the Guideline and media guidance step, write down the vision and the approach"
        " for media guidance (or adapt the model text and adopt it deliberately), or change"
        " the answer to partly.",
    ),
    fix_path="media_guidance",
    gap=_no_guidance_vision,
    fires=within("media_guidance", model_text=True),
    # Rewritten by the organisation itself, so no longer a model text.
    passes=within(
        "media_guidance",
        model_text=False,
        approach="We bespreken mediagebruik in elk zorgplangesprek, met kansen en risico's.",
    ),
)
_yes_backed_by(
    "READ009",
    CheckQuestion.DISCUSSED_STRUCTURALLY,
    title=("Ja, maar niet structureel geregeld", "Yes, but not made structural"),
    lacking=(
        "er staat niet hoe het onderwerp structureel terugkomt en geen activiteit keert terug",
        "nothing says how the topic comes back structurally and no activity recurs",
    ),
    fix=(
        "Beschrijf op de stap Bespreekbaar maken hoe het onderwerp vast op de agenda staat"
        " (teamoverleg, {client_voice}) en plan terugkerende activiteiten.",
        "On the Making it discussable step, describe how the topic stays on the agenda"
        " (team meetings, {client_voice}) and plan recurring activities.",
    ),
    fix_path="engagement",
    gap=lambda ctx: not ctx.strategy.engagement.structural.strip() and _no_recurring_activity(ctx),
    fires=lambda s: attrs.evolve(
        s,
        engagement=attrs.evolve(
            s.engagement,
            structural="",
            activities=tuple(attrs.evolve(a, rhythm=Rhythm.ONCE) for a in s.engagement.activities),
        ),
    ),
    # Recurring activities show structural attention even without the sentence.
    passes=within("engagement", structural=""),
)
_yes_backed_by(
    "READ014",
    CheckQuestion.FUTURE_PROOF,
    title=("Ja, maar geen herziening gepland", "Yes, but no review planned"),
    lacking=(
        "voor de strategie of de richtlijn staat geen herziening gepland",
        "no review is planned for the strategy or the guideline",
    ),
    fix=(
        "Plan de volgende herziening van de strategie op de stap Organisatie en processen,"
        " en die van de richtlijn op de stap Richtlijn en mediabegeleiding: kanalen,"
        " risico's en gewoonten veranderen snel. Of verander het antwoord in deels.",
        "Plan the next review of the strategy on the Organisation and processes step, and"
        " that of the guideline on the Guideline and media guidance step: channels, risks"
        " and habits change quickly. Or change the answer to partly.",
    ),
    fix_path="meta.next_review",
    gap=_not_kept_current,
    fires=within("meta", next_review=None),
    # The guideline's date only counts once there is a guideline to review.
    passes=within("guidelines", review_date=None, rules=()),
)
_yes_backed_by(
    "READ015",
    CheckQuestion.KNOWN_QUESTIONS,
    title=("Ja, maar niemand gevraagd", "Yes, but nobody asked"),
    lacking=(
        "er is geen gesprek gepland waarin de vragen van medewerkers, cliënten én"
        " verwanten worden opgehaald",
        "no conversation is planned that collects the questions of staff, clients and"
        " relatives alike",
    ),
    fix=(
        "Plan op de stap Bespreekbaar maken gesprekken waarin je de vragen ophaalt (een"
        " kick-off, gespreksstarters, de cliënten- en verwantenraad, teams die zelf in"
        " gesprek gaan), bundel wat er het meest speelt bij de uitkomst, of verander het"
        " antwoord in deels.",
        "On the Making it discussable step, plan conversations that collect the questions"
        " (a kick-off, conversation starters, the client and relatives' councils, teams"
        " holding their own sessions), bundle what comes up most in the outcome, or change"
        " the answer to partly.",
    ),
    fix_path="engagement.activities",
    gap=lambda ctx: bool(unheard_groups(ctx)),
    fires=lambda s: within(
        "engagement",
        activities=tuple(
            attrs.evolve(a, kind=EngagementKind.WORKSHOP, audiences=("medewerkers",))
            for a in s.engagement.activities
        ),
    )(s),
    # A council session speaks with its members even without audiences filled in.
    passes=lambda s: within(
        "engagement",
        activities=tuple(
            attrs.evolve(a, audiences=())
            if a.kind in (EngagementKind.CLIENT_COUNCIL, EngagementKind.RELATIVES_COUNCIL)
            else attrs.evolve(a, audiences=("medewerkers",))
            for a in s.engagement.activities
        ),
    )(s),
)
_yes_backed_by(
    "READ010",
    CheckQuestion.RESPONSIBLE_PERSON,
    title=("Ja, maar geen kartrekker", "Yes, but no one in charge"),
    lacking=(
        "bij bespreekbaar maken staat geen kartrekker",
        "no one is named to keep the topic on the agenda",
    ),
    fix=(
        "Noem op de stap Bespreekbaar maken de kartrekker, of verander het antwoord in deels.",
        "On the Making it discussable step, name the person in charge, or change the answer"
        " to partly.",
    ),
    fix_path="engagement.owner",
    gap=lambda ctx: not ctx.strategy.engagement.owner.strip(),
    fires=within("engagement", owner=""),
    passes=within("engagement", owner="Teamleider dagbesteding"),
)
_yes_backed_by(
    "READ011",
    CheckQuestion.PREVENT_INCIDENTS,
    title=("Ja, maar geen preventie in het plan", "Yes, but no prevention in the plan"),
    lacking=(
        "het crisisplan noemt geen maatregelen die incidenten voorkomen",
        "the crisis plan names no measures that prevent incidents",
    ),
    fix=(
        "Leg op de stap Crisis- en incidentenplan vast hoe incidenten worden voorkomen"
        " (scholing, richtlijn, toestemmingen), of verander het antwoord in deels.",
        "On the Crisis and incident plan step, record how incidents are prevented"
        " (training, guideline, consents), or change the answer to partly.",
    ),
    fix_path="crisis.prevention",
    gap=_no_prevention,
    fires=lambda s: attrs.evolve(
        s,
        crisis=attrs.evolve(
            s.crisis,
            prevention=(),
            scenarios=tuple(attrs.evolve(x, prevention="") for x in s.crisis.scenarios),
        ),
    ),
    # Prevention per scenario is prevention too.
    passes=within("crisis", prevention=()),
)
_yes_backed_by(
    "READ012",
    CheckQuestion.HANDLE_INCIDENTS,
    title=("Ja, maar het crisisplan is onvolledig", "Yes, but the crisis plan is incomplete"),
    lacking=(
        "het crisisplan heeft nog geen escalatieketen of geen eerste reactie die jullie"
        " zelf schreven",
        "the crisis plan has no escalation chain or no holding statement the organisation"
        " wrote itself",
    ),
    fix=(
        "Vul op de stap Crisis- en incidentenplan de escalatieketen aan en scenario's met"
        " een eerste reactie in eigen woorden, of verander het antwoord in deels.",
        "On the Crisis and incident plan step, complete the escalation chain and scenarios"
        " with a holding statement in your own words, or change the answer to partly.",
    ),
    fix_path="crisis.escalation",
    gap=lambda ctx: not ctx.has_crisis_plan,
    fires=within("crisis", escalation=()),
    passes=keep_first("crisis", "escalation"),
)
_yes_backed_by(
    "READ013",
    CheckQuestion.TRAINED,
    title=("Ja, maar geen scholing vastgelegd", "Yes, but no training recorded"),
    lacking=(
        "er staat per rol niet vast wat medewerkers kunnen of nog moeten leren",
        "nothing records per role what staff can do or still need to learn",
    ),
    fix=(
        "Leg op de stap Scholing per rol vast hoe digivaardig en mediawijs medewerkers zijn"
        " en wat ze nog nodig hebben, of verander het antwoord in deels.",
        "On the Training step, record per role how digitally skilled and media-literate"
        " staff are and what they still need, or change the answer to partly.",
    ),
    fix_path="training",
    gap=lambda ctx: not ctx.strategy.training,
    fires=replace(training=()),
    passes=lambda s: attrs.evolve(s, training=s.training[:1]),
)
