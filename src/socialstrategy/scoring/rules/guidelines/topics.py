"""Guideline: there is one, and it covers the topics care needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.scoring import codes
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import chain, replace, within, without
from socialstrategy.scoring.rules.guidelines._common import (
    _OTHER_TOPICS,
    _TOPICS,
    _labels,
    _no_client_contact,
    _written,
)
from socialstrategy.vocab import CORE_TOPICS, GuidelineTopic

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context


# --- the employee guideline -------------------------------------------------------------


@rule(
    codes.NO_GUIDELINE,
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
    passes=lambda s: within("guidelines", rules=s.guidelines.rules[:1])(s),
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
        "De richtlijn zegt niets over '{topic}'.",
        "The guideline says nothing about '{topic}'.",
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
        "Medewerkers hebben contact met cliënten via {channels}, maar de richtlijn zegt"
        " niet hoe: met welk doel, op welke tijden, en wat bij nood.",
        "Employees contact clients through {channels}, but the guideline does not say how:"
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
            {"channels": fmt.both(fmt.items, names)},
        )


@rule(
    "GUID030",
    "topics-missing",
    area=Area.GUIDELINES,
    level=Level.ADVICE,
    title=("Onderwerpen ontbreken in de richtlijn", "Topics missing from the guideline"),
    message=(
        "De richtlijn zegt nog niets over {count} in richtlijnen in de zorg: {topics}.",
        "The guideline says nothing yet about {count} in care guidelines: {topics}.",
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
            "count": Text(
                (
                    "één onderwerp dat terugkomt"
                    if one
                    else f"{len(missing)} onderwerpen die terugkomen"
                ),
                "one topic that recurs" if one else f"{len(missing)} topics that recur",
            ),
            "topics": Text(
                fmt.items([f"'{t.label('nl')}'" for t in missing], "nl"),
                fmt.items([f"'{t.label('en')}'" for t in missing], "en"),
            ),
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
        "Zorgprofessionals publiceren onder eigen naam ({channels}), maar de richtlijn"
        " zegt niet wat daarbij geldt.",
        "Care professionals publish under their own name ({channels}), but the guideline"
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
            {"channels": Text(fmt.items(names, "nl"), fmt.items(names_en, "en"))},
        )
