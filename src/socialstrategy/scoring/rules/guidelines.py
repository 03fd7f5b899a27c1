"""Guidelines: the employee guideline, its governance and consent, and media guidance.

Sources: the recurring topics of care guidelines (DOMAIN.md guidelines #1-#15: KNMG,
V&VN, NHS Employers, Mayo Clinic, Dutch hospital and youth-care house rules), in
particular consent for images (#3), reporting (#9), client contact over WhatsApp or DM
(#14) and governance by the board after the works council's advice (#15); for media
guidance of clients the Q&A's check question 2 (seed 000), the VGN/NJi figure that most
institutions have no policy for it, and Leukeronline's advice to put media use into the
risk inventory and the care plan with one *kartrekker* (DOMAIN.md).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import LANGUAGES
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import chain, replace, within, without
from socialstrategy.vocab import CORE_TOPICS, GuidelineTopic, ParticipationBody, Sector

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from socialstrategy.model import ConsentPolicy, Strategy
    from socialstrategy.scoring.context import Context

_TOPICS = "DOMAIN.md guidelines #1-#14 (KNMG, V&VN, NHS Employers, Mayo Clinic)"
_GOVERNANCE = (
    "DOMAIN.md guidelines #15 (adopted by the board after the works council's advice);"
    " WOR art. 2, 35b and 35c (works council, staff representation)"
)
_CONSENT = "DOMAIN.md guidelines #3 (KNMG, V&VN: recorded consent; parents under 16)"
_GUIDANCE = (
    "Seed 000, check question 2; DOMAIN.md figures (VGN/NJi 2020: most institutions have"
    " no policy for media guidance)"
)
_LEUKERONLINE = "DOMAIN.md, making it discussable (Leukeronline.nl)"

#: Below this many employees and without a works council, there is none to ask (WOR art. 2).
_WORKS_COUNCIL_THRESHOLD: Final = 50
#: Social media change fast: a guideline older than this is out of date.
_REVIEW_YEARS: Final = 2
#: Sectors that look after people's daily lives, where media guidance belongs.
_GUIDANCE_SECTORS: Final = frozenset(Sector) - {Sector.HOSPITAL, Sector.GP_CARE}
#: The topics beyond the core ones, weighing less (GUID030).
_OTHER_TOPICS: Final = tuple(t for t in GuidelineTopic if t not in CORE_TOPICS)
#: Sectors that never have children among their clients.
_ADULTS_ONLY: Final = frozenset({Sector.ELDERLY_CARE})


# --- helpers for checks and examples --------------------------------------------------


def _written(ctx: Context) -> bool:
    """The guideline has rules; without them, GUID001 says it all."""
    return bool(ctx.strategy.guidelines.rules)


def _rules(ctx: Context) -> int:
    return len(ctx.strategy.guidelines.rules)


def _guides(ctx: Context) -> bool:
    return ctx.strategy.organisation.sector in _GUIDANCE_SECTORS


def _consent(**changes: Any) -> Callable[[Strategy], Strategy]:
    """An example that changes the consent policy."""
    return lambda s: within("guidelines", consent=attrs.evolve(s.guidelines.consent, **changes))(s)


def _no_why(s: Strategy) -> Strategy:
    rules = tuple(attrs.evolve(r, why="") for r in s.guidelines.rules)
    return within("guidelines", rules=rules)(s)


def _small_without_works_council(s: Strategy) -> Strategy:
    bodies = tuple(b for b in s.organisation.bodies if b is not ParticipationBody.WORKS_COUNCIL)
    return within("organisation", employees=_WORKS_COUNCIL_THRESHOLD - 1, bodies=bodies)(s)


def _no_client_contact(s: Strategy) -> Strategy:
    return replace(channels=tuple(attrs.evolve(c, client_contact=False) for c in s.channels))(s)


def _labels(topic: GuidelineTopic) -> dict[str, object]:
    return {"topic_nl": topic.label("nl"), "topic_en": topic.label("en")}


def _day(name: str, date: dt.date) -> dict[str, object]:
    """A date for messages: '1 februari 2026' and '1 February 2026'."""
    return {f"{name}_{lang}": fmt.long_date(date, lang) for lang in LANGUAGES}


# --- the employee guideline -------------------------------------------------------------


@rule(
    "GUID001",
    "no-guideline",
    area=Area.GUIDELINES,
    level=Level.ERROR,
    title=("Geen richtlijn voor medewerkers", "No guideline for employees"),
    message=(
        "Er is nog geen richtlijn sociale media voor medewerkers: niemand weet wat wel en"
        " niet mag.",
        "There is no social media guideline for employees yet: nobody knows what is and is"
        " not allowed.",
    ),
    fix=(
        "Schrijf een korte richtlijn met per onderwerp een regel en de reden ervoor: begin"
        " bij beroepsgeheim, toestemming voor beeld, privé en zakelijk, contact met"
        " cliënten, spreken namens de organisatie en melden.",
        "Write a short guideline with a rule and its reason per topic: start with"
        " confidentiality, consent for images, private and professional, client contact,"
        " speaking for the organisation and reporting.",
    ),
    source=_TOPICS,
    weight=100,
    fires=within("guidelines", rules=()),
)
def no_guideline(ctx: Context) -> Iterator[Hit]:
    if not _written(ctx):
        yield Hit("guidelines.rules")


@rule(
    "GUID002",
    "core-topic-missing",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Kernonderwerp ontbreekt in de richtlijn", "Core topic missing from the guideline"),
    message=(
        "De richtlijn zegt niets over '{topic_nl}'.",
        "The guideline says nothing about '{topic_en}'.",
    ),
    fix=(
        "Voeg een regel over dit onderwerp toe, in gewone woorden en met de reden erbij.",
        "Add a rule on this topic, in plain words and with its reason.",
    ),
    source=_TOPICS,
    weight=8,
    mode="each",
    fires=without("guidelines", "rules", topic=GuidelineTopic.CONFIDENTIALITY),
    passes=without("guidelines", "rules", topic=GuidelineTopic.MESSAGING_CLIENTS),
)
def core_topic_missing(ctx: Context) -> Iterator[Hit]:
    if not _written(ctx):
        return
    covered = ctx.strategy.guidelines.topics
    for topic in CORE_TOPICS:
        if topic not in covered:
            yield Hit("guidelines.rules", _labels(topic))


@rule(
    "GUID003",
    "client-messaging-without-rule",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Cliëntcontact zonder afspraken", "Client messaging without rules"),
    message=(
        "Medewerkers hebben contact met cliënten via {channels_nl}, maar de richtlijn zegt"
        " niet hoe: met welk doel, op welke tijden, en wat bij nood.",
        "Employees contact clients through {channels_en}, but the guideline does not say how:"
        " for what purpose, at what times, and what in an emergency.",
    ),
    fix=(
        "Voeg een regel toe over contact met cliënten via berichten: alleen via het"
        " afgesproken kanaal en een zakelijk account, binnen werktijd, nooit bij nood (dan"
        " bellen), geen vriendschap met de cliënt of zijn netwerk.",
        "Add a rule on messaging clients: only through the agreed channel and a business"
        " account, within working hours, never in an emergency (call instead), no"
        " friendship with the client or their network.",
    ),
    source="DOMAIN.md guidelines #14 (client contact over WhatsApp or DM)",
    weight=10,
    fires=without("guidelines", "rules", topic=GuidelineTopic.MESSAGING_CLIENTS),
    passes=chain(
        without("guidelines", "rules", topic=GuidelineTopic.MESSAGING_CLIENTS), _no_client_contact
    ),
)
def client_messaging_without_rule(ctx: Context) -> Iterator[Hit]:
    if not _written(ctx) or GuidelineTopic.MESSAGING_CLIENTS in ctx.strategy.guidelines.topics:
        return
    names = [f"'{c.name or c.id}'" for c in ctx.strategy.channels if c.client_contact]
    if names:
        yield Hit(
            "guidelines.rules",
            {"channels_nl": fmt.items(names, "nl"), "channels_en": fmt.items(names, "en")},
        )


@rule(
    "GUID030",
    "topics-missing",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Onderwerpen ontbreken in de richtlijn", "Topics missing from the guideline"),
    message=(
        "De richtlijn zegt nog niets over {count_nl} in richtlijnen in de zorg: {topics_nl}.",
        "The guideline says nothing yet about {count_en} in care guidelines: {topics_en}.",
    ),
    fix=(
        "Voeg per onderwerp een korte regel toe, met de reden erbij; begin bij wat in jullie"
        " organisatie het vaakst speelt.",
        "Add a short rule for each topic, with its reason; start with what comes up most in"
        " your organisation.",
    ),
    source=_TOPICS,
    # The core topics weigh more and have GUID002, one finding each (8 points); these
    # share one finding, so a short guideline is not buried under them, that costs a
    # point per topic missing.
    weight=len(_OTHER_TOPICS),
    mode="share",
    population=lambda _: len(_OTHER_TOPICS),
    fires=without("guidelines", "rules", topic=GuidelineTopic.CONFLICTS_OF_INTEREST),
    passes=without("guidelines", "rules", topic=GuidelineTopic.CONFIDENTIALITY),
)
def topics_missing(ctx: Context) -> Iterator[Hit]:
    if not _written(ctx):
        return
    covered = ctx.strategy.guidelines.topics
    missing = [t for t in _OTHER_TOPICS if t not in covered]
    if not missing:
        return
    one = len(missing) == 1
    yield Hit(
        "guidelines.rules",
        {
            "count_nl": (
                "één onderwerp dat terugkomt"
                if one
                else f"{len(missing)} onderwerpen die terugkomen"
            ),
            "count_en": "one topic that recurs" if one else f"{len(missing)} topics that recur",
            "topics_nl": fmt.items([f"'{t.label('nl')}'" for t in missing], "nl"),
            "topics_en": fmt.items([f"'{t.label('en')}'" for t in missing], "en"),
        },
        items=len(missing),
    )


def _own_name_channel(s: Strategy) -> Strategy:
    """An example: the first channel is a professional's own account."""
    first, *rest = s.channels
    return replace(channels=(attrs.evolve(first, own_name=True), *rest))(s)


@rule(
    "GUID031",
    "own-name-without-rule",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Publiceren onder eigen naam zonder afspraken", "Own-name publishing without rules"),
    message=(
        "Zorgprofessionals publiceren onder eigen naam ({channels_nl}), maar de richtlijn"
        " zegt niet wat daarbij geldt.",
        "Care professionals publish under their own name ({channels_en}), but the guideline"
        " does not say what applies.",
    ),
    fix=(
        "Voeg een regel toe over publiceren onder eigen naam als zorgprofessional: de"
        " beroepscode en het beroepsgeheim gelden ook daar; geen persoonlijk advies aan"
        " iemand die je niet behandelt (verwijs naar de eigen zorgverlener); zeg bij wie je"
        " werkt en wanneer je voor jezelf spreekt; meld betaalde samenwerkingen; en spreek"
        " met je leidinggevende af wat je over je werk laat zien.",
        "Add a rule on publishing under your own name as a care professional: the"
        " professional code and professional secrecy apply there too; no personal advice to"
        " anyone you do not treat (refer them to their own care provider); say where you"
        " work and when you speak for yourself; disclose paid partnerships; and agree with"
        " your manager what you show of your work.",
    ),
    source="DOMAIN.md guidelines #2, #5 and #12 (KNMG, V&VN: secrecy, speaking for yourself,"
    " disclosing affiliation and interests)",
    weight=10,
    fires=chain(_own_name_channel, without("guidelines", "rules", topic=GuidelineTopic.OWN_NAME)),
    # Without anyone known to publish under their own name, GUID030 is enough.
    passes=without("guidelines", "rules", topic=GuidelineTopic.OWN_NAME),
)
def own_name_without_rule(ctx: Context) -> Iterator[Hit]:
    if not _written(ctx) or GuidelineTopic.OWN_NAME in ctx.strategy.guidelines.topics:
        return
    names = [f"'{c.name or c.kind.label('nl')}'" for c in ctx.strategy.channels if c.own_name]
    names_en = [f"'{c.name or c.kind.label('en')}'" for c in ctx.strategy.channels if c.own_name]
    if names:
        yield Hit(
            "guidelines.rules",
            {"channels_nl": fmt.items(names, "nl"), "channels_en": fmt.items(names_en, "en")},
        )


@rule(
    "GUID004",
    "rule-without-reason",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Regel zonder uitleg", "Rule without a reason"),
    message=(
        "De regel over '{topic_nl}' zegt niet waarom: een regel zonder reden wordt"
        " vergeten of omzeild.",
        "The rule on '{topic_en}' does not say why: a rule without a reason is forgotten or"
        " worked around.",
    ),
    fix=(
        "Schrijf bij de regel in één zin waarom hij er is (bijvoorbeeld: je beroepsgeheim"
        " geldt ook online).",
        "Add one sentence on why the rule exists (for example: professional secrecy applies"
        " online too).",
    ),
    source=_TOPICS,
    weight=8,
    mode="share",
    population=_rules,
    fires=_no_why,
)
def rule_without_reason(ctx: Context) -> Iterator[Hit]:
    for i, item in enumerate(ctx.strategy.guidelines.rules):
        if not item.why.strip():
            yield Hit(f"guidelines.rules[{i}].why", _labels(item.topic))


@rule(
    "GUID005",
    "guideline-not-adopted",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Richtlijn niet vastgesteld", "Guideline not adopted"),
    message=(
        "{Adopter} heeft de richtlijn niet vastgesteld: dan is het een advies, geen"
        " afspraak waar je medewerkers op kunt aanspreken.",
        "{Adopter} has not adopted the guideline: that makes it advice, not an agreement"
        " employees can be held to.",
    ),
    fix=(
        "Laat de richtlijn {staff_step} vaststellen door {adopter} en noteer de datum.",
        "Have {adopter} adopt the guideline {staff_step}, and record the date.",
    ),
    source=_GOVERNANCE,
    weight=10,
    fires=within("guidelines", adopted=None),
)
def guideline_not_adopted(ctx: Context) -> Iterator[Hit]:
    if _written(ctx) and ctx.strategy.guidelines.adopted is None:
        yield Hit("guidelines.adopted")


@rule(
    "GUID006",
    "no-works-council-advice",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Geen advies van {staff_short}", "No advice of {staff_short}"),
    message=(
        "{Staff_short} heeft geen advies gegeven over de richtlijn, terwijl die regels stelt"
        " voor het gedrag van alle medewerkers.",
        "{Staff_short} has not advised on the guideline, though it sets rules for the"
        " conduct of every employee.",
    ),
    fix=(
        "Leg de richtlijn voor aan {staff_short} (advies, en instemming waar de WOR dat"
        " vraagt) voordat {adopter} hem vaststelt, en noteer de datum.",
        "Submit the guideline to {staff_short} (for advice, and consent where the Works"
        " Councils Act requires it) before {adopter} adopts it, and record the date.",
    ),
    source=_GOVERNANCE,
    weight=8,
    fires=within("guidelines", works_council_advice=None),
    passes=chain(within("guidelines", works_council_advice=None), _small_without_works_council),
)
def no_works_council_advice(ctx: Context) -> Iterator[Hit]:
    # A works council or PVT advises; with the size unknown, whatever staff participation
    # there is; without one (fewer than 10, or recorded as none) there is nobody to ask.
    g = ctx.governance
    if not (g.consults_staff_body or (g.staff is None and g.employees is None)):
        return
    if _written(ctx) and ctx.strategy.guidelines.works_council_advice is None:
        yield Hit("guidelines.works_council_advice")


@rule(
    "GUID007",
    "adopted-before-works-council",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Vastgesteld vóór het advies", "Adopted before the advice"),
    message=(
        "De richtlijn is vastgesteld op {adopted_nl}, vóór het advies van {staff_short} op"
        " {advice_nl}: het advies kon het besluit niet meer beïnvloeden.",
        "The guideline was adopted on {adopted_en}, before {staff_short} advised on"
        " {advice_en}: the advice could no longer shape the decision.",
    ),
    fix=(
        "Laat {adopter} het advies bespreken en de richtlijn opnieuw vaststellen, met de"
        " datum van dat besluit.",
        "Have {adopter} discuss the advice and adopt the guideline again, recording the"
        " date of that decision.",
    ),
    source=_GOVERNANCE,
    weight=8,
    fires=within("guidelines", adopted=dt.date(2026, 1, 15)),
    passes=within("guidelines", adopted=dt.date(2026, 2, 1)),
)
def adopted_before_works_council(ctx: Context) -> Iterator[Hit]:
    g = ctx.strategy.guidelines
    if g.adopted and g.works_council_advice and g.adopted < g.works_council_advice:
        yield Hit(
            "guidelines.adopted",
            _day("adopted", g.adopted) | _day("advice", g.works_council_advice),
        )


@rule(
    "GUID008",
    "no-review-date",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Richtlijn zonder herzieningsdatum", "Guideline without a review date"),
    message=(
        "De richtlijn heeft geen herzieningsdatum: platforms en gewoonten veranderen sneller"
        " dan regels.",
        "The guideline has no review date: platforms and habits change faster than rules.",
    ),
    fix=(
        "Spreek af wanneer de richtlijn herzien wordt (uiterlijk over twee jaar) en wie dat doet.",
        "Agree when the guideline is reviewed (within two years at most) and who does it.",
    ),
    source=_GOVERNANCE + "; seed 000, check question 3 (future-proof)",
    weight=8,
    fires=within("guidelines", review_date=None),
)
def no_review_date(ctx: Context) -> Iterator[Hit]:
    if _written(ctx) and ctx.strategy.guidelines.review_date is None:
        yield Hit("guidelines.review_date")


@rule(
    "GUID009",
    "review-date-passed",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Herziening verlopen", "Review overdue"),
    message=(
        "De richtlijn had op {date_nl} herzien moeten worden.",
        "The guideline was due for review on {date_en}.",
    ),
    fix=(
        "Herzie de richtlijn (nieuwe platforms, incidenten van het afgelopen jaar), laat hem"
        " opnieuw vaststellen en plan de volgende herziening.",
        "Review the guideline (new platforms, last year's incidents), have it adopted again"
        " and plan the next review.",
    ),
    source=_GOVERNANCE,
    weight=8,
    fires=within("guidelines", review_date=dt.date(2026, 11, 1)),
    # Due today is not overdue (the tests score on 2026-11-23).
    passes=within("guidelines", review_date=dt.date(2026, 11, 23)),
)
def review_date_passed(ctx: Context) -> Iterator[Hit]:
    review = ctx.strategy.guidelines.review_date
    if _written(ctx) and review is not None and review < ctx.today:
        yield Hit("guidelines.review_date", _day("date", review))


@rule(
    "GUID010",
    "review-too-far-off",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Herziening ver weg", "Review far off"),
    message=(
        "De richtlijn wordt pas op {date_nl} herzien, meer dan {years} jaar na vaststelling.",
        "The guideline is only reviewed on {date_en}, more than {years} years after adoption.",
    ),
    fix=(
        "Plan de herziening binnen twee jaar na vaststelling; sociale media veranderen snel.",
        "Plan the review within two years of adoption; social media change fast.",
    ),
    source=_GOVERNANCE + "; seed 000, check question 3 (future-proof)",
    weight=5,
    fires=within("guidelines", review_date=dt.date(2028, 3, 2)),
    passes=within("guidelines", review_date=dt.date(2028, 3, 1)),
)
def review_too_far_off(ctx: Context) -> Iterator[Hit]:
    g = ctx.strategy.guidelines
    if not (_written(ctx) and g.adopted and g.review_date):
        return
    if g.review_date > fmt.years_later(g.adopted, _REVIEW_YEARS):
        yield Hit("guidelines.review_date", _day("date", g.review_date) | {"years": _REVIEW_YEARS})


# --- consent for images of clients ------------------------------------------------------


def _consent_hit(
    ctx: Context, missing: Callable[[ConsentPolicy], bool], field: str
) -> Iterator[Hit]:
    if _written(ctx) and missing(ctx.strategy.guidelines.consent):
        yield Hit(f"guidelines.consent.{field}")


@rule(
    "GUID011",
    "consent-not-recorded",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Toestemming niet vastgelegd", "Consent not recorded"),
    message=(
        "Er staat niet waar de toestemming voor foto's en video van {clients} wordt"
        " vastgelegd: bij twijfel kan niemand nagaan of het mocht.",
        "It does not say where consent for photos and video of {clients} is recorded: when"
        " in doubt, nobody can check it was given.",
    ),
    fix=(
        "Leg toestemming vooraf en per doel vast op één vaste plek, bijvoorbeeld in"
        " {records}, en controleer die vóór je iets plaatst.",
        "Record consent beforehand and per purpose in one place, such as {records}, and"
        " check it before posting anything.",
    ),
    source=_CONSENT,
    weight=12,
    fires=_consent(recorded_in=""),
)
def consent_not_recorded(ctx: Context) -> Iterator[Hit]:
    yield from _consent_hit(ctx, lambda c: not c.recorded_in.strip(), "recorded_in")


@rule(
    "GUID012",
    "parents-consent-missing",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Toestemming ouders niet geregeld", "Parents' consent not arranged"),
    message=(
        "Voor kinderen onder de 16 is niet geregeld dat hun ouders toestemming geven voor beeld.",
        "For children under 16, it is not arranged that their parents consent to images.",
    ),
    fix=(
        "Vraag voor cliënten onder de 16 toestemming aan de ouders of voogd (en vanaf 12"
        " ook aan het kind zelf) en leg die vast.",
        "For clients under 16, ask the parents or guardian for consent (and from 12 the"
        " child too) and record it.",
    ),
    source=_CONSENT + "; AVG/UAVG art. 5 (consent under 16)",
    weight=8,
    fires=_consent(parents_under_16=False),
    passes=chain(
        _consent(parents_under_16=False), within("organisation", sector=Sector.ELDERLY_CARE)
    ),
)
def parents_consent_missing(ctx: Context) -> Iterator[Hit]:
    if ctx.strategy.organisation.sector in _ADULTS_ONLY:
        return
    yield from _consent_hit(ctx, lambda c: not c.parents_under_16, "parents_under_16")


@rule(
    "GUID013",
    "representative-consent-missing",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=(
        "Toestemming wettelijk vertegenwoordiger niet geregeld",
        "Legal representative's consent not arranged",
    ),
    message=(
        "Niet geregeld is dat de wettelijk vertegenwoordiger toestemming geeft voor cliënten"
        " die dat zelf niet kunnen.",
        "It is not arranged that the legal representative consents for clients who cannot"
        " do so themselves.",
    ),
    fix=(
        "Vraag bij cliënten met een mentor, curator of andere wettelijk vertegenwoordiger"
        " diens toestemming, en leg vast wie dat is.",
        "For clients with a mentor, guardian or other legal representative, ask their"
        " consent and record who they are.",
    ),
    source=_CONSENT + " (the legal representative where there is one)",
    weight=8,
    fires=_consent(legal_representative=False),
)
def representative_consent_missing(ctx: Context) -> Iterator[Hit]:
    yield from _consent_hit(ctx, lambda c: not c.legal_representative, "legal_representative")


@rule(
    "GUID014",
    "consent-withdrawal-missing",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Intrekken toestemming niet geregeld", "Withdrawing consent not arranged"),
    message=(
        "Er staat niet hoe een cliënt of verwant toestemming intrekt en wat er dan met de"
        " beelden gebeurt.",
        "It does not say how a client or relative withdraws consent and what then happens"
        " to the images.",
    ),
    fix=(
        "Beschrijf hoe intrekken werkt (net zo makkelijk als geven) en binnen welke termijn"
        " beelden offline gaan.",
        "Describe how consent is withdrawn (as easily as it is given) and how soon images"
        " come offline.",
    ),
    source=_CONSENT + "; AVG art. 7(3) (withdrawing as easy as giving)",
    weight=5,
    fires=_consent(withdrawal=""),
)
def consent_withdrawal_missing(ctx: Context) -> Iterator[Hit]:
    yield from _consent_hit(ctx, lambda c: not c.withdrawal.strip(), "withdrawal")


# --- who to ask, where to report, who keeps it ------------------------------------------


@rule(
    "GUID015",
    "no-reporting-route",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Geen meldroute", "No reporting route"),
    message=(
        "De richtlijn zegt niet waar medewerkers melden als er online iets misgaat.",
        "The guideline does not say where employees report when something goes wrong online.",
    ),
    fix=(
        "Noem de meldroute: eerst de collega aanspreken, dan melden bij de leidinggevende"
        " en via het MIC- of incidentformulier; bij een datalek direct naar de FG.",
        "Name the route: first speak to the colleague, then report to the manager and"
        " through the incident form; a data leak goes straight to the data protection"
        " officer.",
    ),
    source="DOMAIN.md guidelines #9 (address a colleague, then report)",
    weight=8,
    fires=within("guidelines", report_to=""),
)
def no_reporting_route(ctx: Context) -> Iterator[Hit]:
    if _written(ctx) and not ctx.strategy.guidelines.report_to.strip():
        yield Hit("guidelines.report_to")


@rule(
    "GUID016",
    "no-contact-person",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Geen aanspreekpunt", "No contact for questions"),
    message=(
        "De richtlijn noemt niemand bij wie medewerkers terecht kunnen als ze twijfelen.",
        "The guideline names nobody employees can ask when in doubt.",
    ),
    fix=(
        "Noem een aanspreekpunt (bijvoorbeeld het team communicatie) met een mailadres of"
        " telefoonnummer.",
        "Name a contact (the communications team, for instance) with an email address or"
        " phone number.",
    ),
    source="DOMAIN.md guidelines #11 (media questions go to communications)",
    weight=4,
    fires=within("guidelines", contact=""),
)
def no_contact_person(ctx: Context) -> Iterator[Hit]:
    if _written(ctx) and not ctx.strategy.guidelines.contact.strip():
        yield Hit("guidelines.contact")


@rule(
    "GUID017",
    "guideline-without-owner",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Richtlijn zonder eigenaar", "Guideline without an owner"),
    message=(
        "Niemand houdt de richtlijn bij: wie past hem aan na een incident of een nieuw platform?",
        "Nobody keeps the guideline up to date: who changes it after an incident or a new"
        " platform?",
    ),
    fix=(
        "Maak één functie eigenaar van de richtlijn, bijvoorbeeld de manager communicatie.",
        "Make one role owner of the guideline, such as the communications manager.",
    ),
    source=_GOVERNANCE,
    weight=4,
    fires=within("guidelines", owner=""),
)
def guideline_without_owner(ctx: Context) -> Iterator[Hit]:
    if _written(ctx) and not ctx.strategy.guidelines.owner.strip():
        yield Hit("guidelines.owner")


# --- media guidance for clients ---------------------------------------------------------


@rule(
    "GUID018",
    "no-media-guidance-vision",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Geen visie op mediabegeleiding", "No vision on media guidance"),
    message=(
        "Er is geen visie op het mediagebruik van cliënten: elke begeleider beslist zelf wat"
        " mag en wat niet.",
        "There is no vision on the media use of clients: each carer decides alone what is allowed.",
    ),
    fix=(
        "Schrijf samen met medewerkers, {client_voice} en verwanten een korte visie:"
        " welke kansen en risico's zien we, en wat is onze rol?",
        "Write a short vision with staff, {client_voice} and relatives: which"
        " opportunities and risks do we see, and what is our role?",
    ),
    source=_GUIDANCE,
    weight=12,
    fires=within("media_guidance", vision=""),
    # A hospital does not guide its patients' media use in daily life.
    passes=chain(
        within("media_guidance", vision=""), within("organisation", sector=Sector.HOSPITAL)
    ),
)
def no_media_guidance_vision(ctx: Context) -> Iterator[Hit]:
    if _guides(ctx) and not ctx.strategy.media_guidance.vision.strip():
        yield Hit("media_guidance.vision")


@rule(
    "GUID019",
    "no-media-guidance-approach",
    area=Area.GUIDELINES,
    level=Level.WARNING,
    title=("Geen aanpak voor mediabegeleiding", "No approach to media guidance"),
    message=(
        "Er staat niet hoe begeleiders cliënten helpen met hun mediagebruik.",
        "It does not say how carers help clients with their media use.",
    ),
    fix=(
        "Beschrijf de aanpak: wanneer bespreek je mediagebruik, welke hulp bied je, en wat"
        " doe je als het misgaat (oplichting, grooming, pesten).",
        "Describe the approach: when media use is discussed, what help is offered, and what"
        " to do when it goes wrong (scams, grooming, bullying).",
    ),
    source=_GUIDANCE,
    weight=10,
    fires=within("media_guidance", approach=""),
)
def no_media_guidance_approach(ctx: Context) -> Iterator[Hit]:
    if _guides(ctx) and not ctx.strategy.media_guidance.approach.strip():
        yield Hit("media_guidance.approach")


@rule(
    "GUID020",
    "media-use-not-in-care-plan",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Mediagebruik niet in het zorgplan", "Media use not in the care plan"),
    message=(
        "Mediagebruik is geen onderdeel van het zorgplan: afspraken met de cliënt blijven"
        " los zand.",
        "Media use is not part of the care plan: agreements with the client stay loose.",
    ),
    fix=(
        "Neem mediagebruik op in het zorgplan (of ondersteuningsplan) en bespreek het in"
        " het MDO en de evaluatie met cliënt en verwanten.",
        "Make media use part of the care or support plan, and discuss it in case reviews"
        " with the client and relatives.",
    ),
    source=_LEUKERONLINE,
    weight=6,
    fires=within("media_guidance", in_care_plan=False),
)
def media_use_not_in_care_plan(ctx: Context) -> Iterator[Hit]:
    if _guides(ctx) and not ctx.strategy.media_guidance.in_care_plan:
        yield Hit("media_guidance.in_care_plan")


@rule(
    "GUID021",
    "online-safety-not-in-risk-inventory",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Online veiligheid niet in de risico-inventarisatie", "Online safety not assessed"),
    message=(
        "De risico-inventarisatie vraagt niet hoe veilig de cliënt online is.",
        "The risk inventory does not ask how safe the client is online.",
    ),
    fix=(
        "Voeg aan de risico-inventarisatie de vraag toe: hoe veilig is deze cliënt online?"
        " (oplichting, grooming, sextortion, schulden).",
        "Add the question to the risk inventory: how safe is this client online? (scams,"
        " grooming, sextortion, debts).",
    ),
    source=_LEUKERONLINE,
    weight=6,
    fires=within("media_guidance", in_risk_inventory=False),
)
def online_safety_not_in_risk_inventory(ctx: Context) -> Iterator[Hit]:
    if _guides(ctx) and not ctx.strategy.media_guidance.in_risk_inventory:
        yield Hit("media_guidance.in_risk_inventory")


@rule(
    "GUID022",
    "media-guidance-without-owner",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Mediabegeleiding zonder kartrekker", "Media guidance without a lead"),
    message=(
        "Niemand is verantwoordelijk voor mediabegeleiding: zonder kartrekker zakt het"
        " onderwerp weg.",
        "Nobody is responsible for media guidance: without a lead, the topic fades away.",
    ),
    fix=(
        "Wijs een kartrekker aan (bijvoorbeeld een gedragsdeskundige of aandachtsfunctionaris"
        " mediawijsheid), terwijl iedereen verantwoordelijk blijft.",
        "Appoint a lead (a behavioural specialist or media literacy champion, for"
        " instance), while everyone stays responsible.",
    ),
    source=_LEUKERONLINE + "; seed 000, check question 6",
    weight=5,
    fires=within("media_guidance", owner=""),
)
def media_guidance_without_owner(ctx: Context) -> Iterator[Hit]:
    if _guides(ctx) and not ctx.strategy.media_guidance.owner.strip():
        yield Hit("media_guidance.owner")


@rule(
    "GUID023",
    "media-guidance-one-sided",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Mediabegeleiding eenzijdig", "Media guidance one-sided"),
    message=(
        "De mediabegeleiding noemt geen {missing_nl}: begeleiden gaat over kansen én risico's.",
        "Media guidance names no {missing_en}: guidance is about opportunities and risks alike.",
    ),
    fix=(
        "Beschrijf welke online risico's en welke kansen (contact, zelfstandigheid, plezier)"
        " je voor je cliënten ziet.",
        "Describe which online risks and which opportunities (contact, independence, fun)"
        " you see for your clients.",
    ),
    source=_GUIDANCE + "; " + _LEUKERONLINE,
    weight=4,
    fires=within("media_guidance", opportunities=""),
    passes=within("media_guidance", opportunities="Contact met familie."),
)
def media_guidance_one_sided(ctx: Context) -> Iterator[Hit]:
    guidance = ctx.strategy.media_guidance
    if not _guides(ctx):
        return
    missing = [
        (nl, en, field)
        for nl, en, field, value in (
            ("risico's", "risks", "risks", guidance.risks),
            ("kansen", "opportunities", "opportunities", guidance.opportunities),
        )
        if not value.strip()
    ]
    if missing:
        nl = " of ".join(m[0] for m in missing)
        en = " or ".join(m[1] for m in missing)
        yield Hit(f"media_guidance.{missing[0][2]}", {"missing_nl": nl, "missing_en": en})
