"""Crisis plan, the parts that decide and inform: triage, the response decision tree,
the stakeholder map and the message principles (DOMAIN.md crisis skeleton #3, #4, #9, #10).

Sources: CDC's CERC principles (be first, be right, be credible, express empathy,
promote action, show respect); the Dutch communication guideline for forensic care
(inside and outside informed in parallel; speak only about your own domain); webcare
response decision trees (monitor, correct, restore, escalate); Wkkgz art. 11 (calamities
reported to the IGJ). The codes run from CRIS101 so they never meet those of
:mod:`crisis`, which grows from CRIS001.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import LANGUAGES
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import chain, each_in, within, without
from socialstrategy.scoring.rules.crisis import (
    _IGJ_SECTORS,
    _PLAN,
    _started,
)
from socialstrategy.vocab import (
    MessagePrinciple,
    ResponseKind,
    ScenarioKind,
    Sector,
    StakeholderKind,
    Term,
    TriageCriterion,
    stakeholder_label,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context

_CERC = "CDC, Crisis and Emergency Risk Communication (CERC): six principles"
_FORENSIC = "communicatierichtlijn forensische zorg (intern en extern parallel; eigen domein)"

#: What triage in care must at least ask: is a client in danger, is a client's privacy
#: broken. Reach and press follow from webcare practice and are advised, not required.
_TRIAGE_REQUIRED = (TriageCriterion.CLIENT_SAFETY, TriageCriterion.PRIVACY_BREACH)
#: Who must be on any stakeholder map in care: the people it is about, and staff, who
#: otherwise read it in the paper.
_STAKEHOLDERS_REQUIRED = (StakeholderKind.CLIENTS, StakeholderKind.RELATIVES, StakeholderKind.STAFF)
#: Of CERC's six and the forensic guideline's own: the two a care organisation forgets
#: most under pressure (defending itself, and speaking for the police or a partner).
_PRINCIPLES_REQUIRED = (MessagePrinciple.EXPRESS_EMPATHY, MessagePrinciple.OWN_DOMAIN)


def _triage(ctx: Context) -> int:
    return len(ctx.strategy.crisis.triage)


def _responses(ctx: Context) -> int:
    return len(ctx.strategy.crisis.responses)


def _stakeholders(ctx: Context) -> int:
    return len(ctx.strategy.crisis.stakeholders)


def _principles(ctx: Context) -> int:
    return len(ctx.strategy.crisis.principles)


def _term(name: str, term: Term) -> dict[str, object]:
    """A vocabulary term as ``{name}_nl`` and ``{name}_en``, as a message quotes it."""
    return {f"{name}_nl": term.text.nl, f"{name}_en": term.text.en}


# --- triage ---------------------------------------------------------------------------


@rule(
    "CRIS101",
    "no-triage",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Geen triage", "No triage"),
    message=(
        "Het plan zegt niet hoe de dienstdoende inschat hoe ernstig een bericht is: zo"
        " hangt het niveau af van wie er toevallig dienst heeft.",
        "The plan does not say how the person on duty judges how serious a message is:"
        " the level then depends on whoever happens to be on duty.",
    ),
    fix=(
        "Zet de vragen op een rij die bepalen hoe zwaar een bericht is, met het niveau"
        " dat bij 'ja' hoort: is een cliënt in gevaar, is privacy geschonden, verspreidt"
        " het zich snel, belt de pers, zijn er juridische gevolgen?",
        "List the questions that decide how serious a message is, each with the level a"
        " 'yes' raises it to: is a client in danger, is privacy broken, is it spreading"
        " fast, has the press called, are there legal consequences?",
    ),
    source=f"{_PLAN.format(3)}",
    weight=8,
    fires=within("crisis", triage=()),
)
def no_triage(ctx: Context) -> Iterator[Hit]:
    if _started(ctx) and not ctx.strategy.crisis.triage:
        yield Hit("crisis.triage")


@rule(
    "CRIS102",
    "triage-criterion-missing",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=(
        "Triage vraagt niet naar veiligheid of privacy",
        "Triage does not ask about safety or privacy",
    ),
    message=(
        "De triage vraagt niet naar '{criterion_nl}': in de zorg weegt dat het zwaarst.",
        "Triage does not ask about '{criterion_en}': in care, that weighs heaviest.",
    ),
    fix=(
        "Voeg de vraag toe, met het niveau dat een 'ja' oplevert (bij gevaar voor een"
        " cliënt meestal calamiteit).",
        "Add the question, with the level a 'yes' raises a message to (danger to a client"
        " is usually a calamity).",
    ),
    source=f"{_PLAN.format(3)} (in care also client safety, privacy breach)",
    weight=4,
    mode="each",
    fires=without("crisis", "triage", criterion=TriageCriterion.PRIVACY_BREACH),
    passes=without("crisis", "triage", criterion=TriageCriterion.MEDIA_PICKUP),
)
def triage_criterion_missing(ctx: Context) -> Iterator[Hit]:
    triage = ctx.strategy.crisis.triage
    if not triage:  # CRIS101 says there is none
        return
    present = {t.criterion for t in triage}
    for criterion in _TRIAGE_REQUIRED:
        if criterion not in present:
            yield Hit("crisis.triage", _term("criterion", criterion))


@rule(
    "CRIS103",
    "triage-question-empty",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Triage zonder vraag", "Triage without a question"),
    message=(
        "Bij '{criterion_nl}' staat nog niet welke vraag de dienstdoende stelt.",
        "'{criterion_en}' does not say yet which question the person on duty asks.",
    ),
    fix=(
        "Schrijf de vraag in gewone woorden, zo dat hij met ja of nee te beantwoorden is.",
        "Write the question in plain words, so that it can be answered yes or no.",
    ),
    source=_PLAN.format(3),
    weight=4,
    mode="share",
    population=_triage,
    fires=each_in("crisis", "triage", 0, question=""),
)
def triage_question_empty(ctx: Context) -> Iterator[Hit]:
    for i, item in enumerate(ctx.strategy.crisis.triage):
        if not item.question.strip():
            yield Hit(
                f"crisis.triage[{i}].question",
                {
                    "criterion_nl": item.criterion.text.nl,
                    "criterion_en": item.criterion.text.en,
                },
            )


# --- the response decision tree -------------------------------------------------------


@rule(
    "CRIS104",
    "no-decision-tree",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Geen beslisboom voor reageren", "No response decision tree"),
    message=(
        "Het plan zegt niet wanneer je een bericht alleen volgt, de feiten rechtzet,"
        " contact zoekt om te herstellen of opschaalt, en wie dat beslist.",
        "The plan does not say when a message is only monitored, when the facts are"
        " corrected, when contact is sought to restore, or when it is escalated, nor who"
        " decides.",
    ),
    fix=(
        "Beschrijf de vier antwoorden (volgen, rechtzetten, herstellen, opschalen): wanneer"
        " elk van toepassing is, wie beslist en wat er dan gebeurt.",
        "Describe the four answers (monitor, correct, restore, escalate): when each"
        " applies, who decides and what is done.",
    ),
    source=f"{_PLAN.format(4)} (webcare response decision trees)",
    weight=8,
    fires=within("crisis", responses=()),
)
def no_decision_tree(ctx: Context) -> Iterator[Hit]:
    if _started(ctx) and not ctx.strategy.crisis.responses:
        yield Hit("crisis.responses")


@rule(
    "CRIS105",
    "decision-tree-without-escalate",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Beslisboom zonder opschalen", "Decision tree without escalation"),
    message=(
        "De beslisboom kent geen 'opschalen': er staat niet wanneer een bericht naar de"
        " escalatieketen gaat.",
        "The decision tree has no 'escalate': it does not say when a message goes to the"
        " escalation chain.",
    ),
    fix=(
        "Voeg de tak 'opschalen' toe: wanneer (gevaar voor een cliënt, een datalek, de"
        " pers belt) en wie dan beslist.",
        "Add the 'escalate' branch: when (danger to a client, a data leak, the press"
        " calls) and who decides then.",
    ),
    source=_PLAN.format("4, 5"),
    weight=5,
    fires=without("crisis", "responses", kind=ResponseKind.ESCALATE),
    passes=without("crisis", "responses", kind=ResponseKind.MONITOR),
)
def decision_tree_without_escalate(ctx: Context) -> Iterator[Hit]:
    responses = ctx.strategy.crisis.responses
    if responses and not any(r.kind is ResponseKind.ESCALATE for r in responses):
        yield Hit("crisis.responses")


@rule(
    "CRIS106",
    "response-without-decider",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Antwoord zonder beslisser", "Answer without a decider"),
    message=(
        "Bij '{kind_nl}' staat niet wie beslist: onder druk wacht dan iedereen op een ander.",
        "'{kind_en}' does not say who decides: under pressure, everyone then waits for"
        " someone else.",
    ),
    fix=(
        "Kies per antwoord de rol die beslist (rollen leg je vast bij Organisatie).",
        "Choose the role that decides on each answer (roles are set under Organisation).",
    ),
    source=_PLAN.format(4),
    weight=5,
    mode="share",
    population=_responses,
    fires=each_in("crisis", "responses", 0, decides=""),
)
def response_without_decider(ctx: Context) -> Iterator[Hit]:
    for i, response in enumerate(ctx.strategy.crisis.responses):
        if not response.decides:
            yield Hit(
                f"crisis.responses[{i}].decides",
                {"kind_nl": response.kind.text.nl, "kind_en": response.kind.text.en},
            )


# --- stakeholders ---------------------------------------------------------------------


@rule(
    "CRIS107",
    "no-stakeholders",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Niet vastgelegd wie je informeert", "No stakeholder map"),
    message=(
        "Het plan zegt niet wie bij een incident geïnformeerd wordt, door wie en wanneer:"
        " cliënten, naasten en medewerkers horen het dan via de media.",
        "The plan does not say who is informed in an incident, by whom and when: clients,"
        " relatives and staff then hear it from the media.",
    ),
    fix=(
        "Zet op een rij wie je informeert (cliënten, naasten, medewerkers, raden,"
        " financiers, pers, toezichthouder), wie dat doet en binnen hoeveel uur: intern"
        " tegelijk met extern.",
        "List who is informed (clients, relatives, staff, councils, funders, press,"
        " regulator), who informs them and within how many hours: inside alongside"
        " outside.",
    ),
    source=f"{_PLAN.format(9)}; {_FORENSIC}",
    weight=6,
    fires=within("crisis", stakeholders=()),
)
def no_stakeholders(ctx: Context) -> Iterator[Hit]:
    if _started(ctx) and not ctx.strategy.crisis.stakeholders:
        yield Hit("crisis.stakeholders")


@rule(
    "CRIS108",
    "stakeholder-missing",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Wie je informeert: een groep ontbreekt", "Stakeholder map misses a group"),
    message=(
        "Het plan zegt niet hoe '{kind_nl}' bij een incident geïnformeerd worden.",
        "The plan does not say how '{kind_en}' are informed in an incident.",
    ),
    fix=(
        "Voeg ze toe: wie hen informeert, hoe, en binnen hoeveel uur.",
        "Add them: who informs them, how, and within how many hours.",
    ),
    source=f"{_PLAN.format(9)}; {_FORENSIC}",
    weight=3,
    mode="each",
    fires=without("crisis", "stakeholders", kind=StakeholderKind.RELATIVES),
    passes=without("crisis", "stakeholders", kind=StakeholderKind.PRESS),
)
def stakeholder_missing(ctx: Context) -> Iterator[Hit]:
    stakeholders = ctx.strategy.crisis.stakeholders
    if not stakeholders:  # CRIS107 says there are none
        return
    present = {s.kind for s in stakeholders}
    for kind in _STAKEHOLDERS_REQUIRED:
        if kind not in present:
            sector = ctx.strategy.organisation.sector
            yield Hit(
                "crisis.stakeholders",
                {f"kind_{lang}": stakeholder_label(kind, sector, lang) for lang in LANGUAGES},
            )


@rule(
    "CRIS109",
    "staff-hear-after-press",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Medewerkers horen het na de pers", "Staff hear it after the press"),
    message=(
        "Medewerkers worden binnen {staff_nl} uur geïnformeerd, de pers al binnen"
        " {press_nl} uur: zo lezen zij het eerst in de krant.",
        "Staff are informed within {staff_en} hours, the press within {press_en} hours:"
        " staff then read it in the paper first.",
    ),
    fix=(
        "Informeer medewerkers uiterlijk tegelijk met de pers, liefst eerder: zij krijgen"
        " de vragen van cliënten en naasten.",
        "Inform staff no later than the press, preferably before: they get the questions"
        " of clients and relatives.",
    ),
    source=f"{_PLAN.format(9)} (internal alongside external); {_FORENSIC}",
    weight=5,
    fires=each_in("crisis", "stakeholders", 2, within_hours=24.0),
    passes=each_in("crisis", "stakeholders", 2, within_hours=4.0),
)
def staff_hear_after_press(ctx: Context) -> Iterator[Hit]:
    stakeholders = ctx.strategy.crisis.stakeholders
    press = [
        s.within_hours
        for s in stakeholders
        if s.kind is StakeholderKind.PRESS and s.within_hours is not None
    ]
    if not press:
        return
    first_press = min(press)
    for i, staff in enumerate(stakeholders):
        if (
            staff.kind is StakeholderKind.STAFF
            and staff.within_hours is not None
            and staff.within_hours > first_press
        ):
            yield Hit(
                f"crisis.stakeholders[{i}].within_hours",
                {
                    **{
                        f"{name}_{lang}": fmt.number(hours, lang)
                        for name, hours in (("staff", staff.within_hours), ("press", first_press))
                        for lang in LANGUAGES
                    },
                },
            )


@rule(
    "CRIS110",
    "inspectorate-not-informed",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Toezichthouder niet bij wie je informeert", "Regulator not on the stakeholder map"),
    message=(
        "Het plan voorziet een calamiteit, maar de toezichthouder staat niet bij wie je"
        " informeert, terwijl de sector '{sector_nl}' calamiteiten aan de IGJ meldt.",
        "The plan foresees a calamity, but the regulator is not on the stakeholder map,"
        " while the '{sector_en}' sector reports calamities to the IGJ.",
    ),
    fix=(
        "Voeg de toezichthouder toe: wie meldt, hoe, en binnen welke termijn (onverwijld).",
        "Add the regulator: who reports, how, and within what term (without delay).",
    ),
    source=f"{_PLAN.format('9, 11')}; Wkkgz art. 11, Jeugdwet art. 4.1.8",
    weight=3,
    fires=without("crisis", "stakeholders", kind=StakeholderKind.INSPECTORATE),
    passes=chain(
        within("organisation", sector=Sector.WELFARE),
        without("crisis", "stakeholders", kind=StakeholderKind.INSPECTORATE),
    ),
)
def inspectorate_not_informed(ctx: Context) -> Iterator[Hit]:
    crisis = ctx.strategy.crisis
    sector = ctx.strategy.organisation.sector
    if (
        crisis.stakeholders
        and sector in _IGJ_SECTORS
        and any(s.kind is ScenarioKind.CALAMITY for s in crisis.scenarios)
        and not any(k.kind is StakeholderKind.INSPECTORATE for k in crisis.stakeholders)
    ):
        yield Hit(
            "crisis.stakeholders",
            {"sector_nl": sector.text.nl, "sector_en": sector.text.en},
        )


@rule(
    "CRIS111",
    "stakeholder-without-messenger",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Niemand die informeert", "Nobody to inform them"),
    message=(
        "Bij '{kind_nl}' staat niet wie hen informeert.",
        "'{kind_en}' has nobody named to inform them.",
    ),
    fix=(
        "Kies de rol die hen informeert (rollen leg je vast bij Organisatie).",
        "Choose the role that informs them (roles are set under Organisation).",
    ),
    source=_PLAN.format(9),
    weight=4,
    mode="share",
    population=_stakeholders,
    fires=each_in("crisis", "stakeholders", 0, informs=""),
)
def stakeholder_without_messenger(ctx: Context) -> Iterator[Hit]:
    for i, stakeholder in enumerate(ctx.strategy.crisis.stakeholders):
        if not stakeholder.informs:
            yield Hit(
                f"crisis.stakeholders[{i}].informs",
                {"kind_nl": stakeholder.kind.text.nl, "kind_en": stakeholder.kind.text.en},
            )


# --- message principles ---------------------------------------------------------------


@rule(
    "CRIS112",
    "no-message-principles",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Geen uitgangspunten voor de boodschap", "No message principles"),
    message=(
        "Het plan zegt niet hoe jullie spreken in een incident: snel, juist, met medeleven,"
        " en alleen over je eigen domein.",
        "The plan does not say how you speak in an incident: fast, right, with empathy,"
        " and only about your own domain.",
    ),
    fix=(
        "Kies de uitgangspunten (bijvoorbeeld de zes van CERC: wees snel, wees juist, wees"
        " geloofwaardig, toon medeleven, zeg wat mensen kunnen doen, toon respect; en"
        " spreek alleen over je eigen domein) en schrijf bij elk wat het voor jullie betekent.",
        "Choose the principles (e.g. CERC's six: be first, be right, be credible, express"
        " empathy, promote action, show respect; and speak only about your own domain)"
        " and write down what each means for you.",
    ),
    source=f"{_PLAN.format(10)}; {_CERC}",
    weight=5,
    fires=within("crisis", principles=()),
)
def no_message_principles(ctx: Context) -> Iterator[Hit]:
    if _started(ctx) and not ctx.strategy.crisis.principles:
        yield Hit("crisis.principles")


@rule(
    "CRIS113",
    "message-principle-missing",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Uitgangspunt ontbreekt", "Message principle missing"),
    message=(
        "Bij de uitgangspunten ontbreekt '{principle_nl}'.",
        "The message principles lack '{principle_en}'.",
    ),
    fix=(
        "Voeg het toe en schrijf erbij wat het voor jullie betekent: medeleven eerst, en"
        " niets zeggen namens politie, gemeente of een andere zorgaanbieder.",
        "Add it with what it means for you: empathy first, and nothing said on behalf of"
        " the police, the municipality or another care provider.",
    ),
    source=f"{_PLAN.format(10)}; {_CERC}; {_FORENSIC}",
    weight=2,
    mode="each",
    fires=without("crisis", "principles", principle=MessagePrinciple.OWN_DOMAIN),
    passes=without("crisis", "principles", principle=MessagePrinciple.BE_RIGHT),
)
def message_principle_missing(ctx: Context) -> Iterator[Hit]:
    principles = ctx.strategy.crisis.principles
    if not principles:  # CRIS112 says there are none
        return
    present = {p.principle for p in principles}
    for principle in _PRINCIPLES_REQUIRED:
        if principle not in present:
            yield Hit("crisis.principles", _term("principle", principle))


@rule(
    "CRIS114",
    "principle-without-meaning",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Uitgangspunt zonder uitleg", "Principle without its meaning"),
    message=(
        "Bij '{principle_nl}' staat niet wat het voor jullie berichten betekent.",
        "'{principle_en}' does not say what it means for your messages.",
    ),
    fix=(
        "Schrijf in een zin wat het uitgangspunt in de praktijk betekent, bijvoorbeeld:"
        " 'we beginnen bij de mensen om wie het gaat'.",
        "Write in one sentence what the principle means in practice, e.g. 'we start with"
        " the people it is about'.",
    ),
    source=f"{_PLAN.format(10)}; {_CERC}",
    weight=3,
    mode="share",
    population=_principles,
    fires=each_in("crisis", "principles", 0, meaning=""),
)
def principle_without_meaning(ctx: Context) -> Iterator[Hit]:
    for i, item in enumerate(ctx.strategy.crisis.principles):
        if not item.meaning.strip():
            yield Hit(
                f"crisis.principles[{i}].meaning",
                {
                    "principle_nl": item.principle.text.nl,
                    "principle_en": item.principle.text.en,
                },
            )
