"""Audiences: who we speak with, what they do online, what they need, and how we know.

Sources: the Q&A (seed 000: media use is discussed with employees, clients and relatives;
check question 1 "Weten wij wat onze cliënten online doen?" and 5, the questions that
live among them); the book review (seed 003: strategy before execution); PRODUCT.md
(audiences: what they do online, what they need from us; traceability from process
to goal, audience, channel and action).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, named, rule
from socialstrategy.scoring.rules._checks import each_empty, empty
from socialstrategy.scoring.rules._edit import each, each_trimmed, first
from socialstrategy.vocab import KEY_AUDIENCES, AudienceKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from socialstrategy.i18n import Text
    from socialstrategy.model import Audience, Strategy
    from socialstrategy.scoring.context import Context

_QA = "Q&A on making media use discussable (seed 000)"
_CHAIN = "Traceability: process → goal → audience → channel → action (PRODUCT.md)"


def clients_online_gaps(ctx: Context) -> list[str]:
    """Where the strategy fails to say what clients do online (Q&A question 1).

    ``audiences`` when there is no clients audience at all, else the path of each
    clients audience whose online behaviour is empty. Readiness uses it too, to test a
    "yes" to question 1.
    """
    clients = [i for i, a in enumerate(ctx.strategy.audiences) if a.kind is AudienceKind.CLIENTS]
    if not clients:
        return ["audiences"]
    return [
        f"audiences[{i}].online_behaviour"
        for i in clients
        if not ctx.strategy.audiences[i].online_behaviour.strip()
    ]


def _audiences(ctx: Context) -> int:
    return len(ctx.strategy.audiences)


def _non_client_audiences(ctx: Context) -> int:
    return sum(a.kind is not AudienceKind.CLIENTS for a in ctx.strategy.audiences)


def _name(audience: Audience) -> str | Text:
    return named(audience.name)


def _drop_audiences(keep: Callable[[Audience], bool]) -> Callable[[Strategy], Strategy]:
    """Remove audiences, and every reference to them, so the example stays valid."""

    def change(s: Strategy) -> Strategy:
        kept = tuple(a for a in s.audiences if keep(a))
        ids = {a.id for a in kept}

        def only_kept(refs: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(r for r in refs if r in ids)

        return attrs.evolve(
            s,
            audiences=kept,
            goals=tuple(attrs.evolve(g, audiences=only_kept(g.audiences)) for g in s.goals),
            channels=tuple(attrs.evolve(c, audiences=only_kept(c.audiences)) for c in s.channels),
            engagement=attrs.evolve(
                s.engagement,
                activities=tuple(
                    attrs.evolve(a, audiences=only_kept(a.audiences))
                    for a in s.engagement.activities
                ),
            ),
        )

    return change


def _is_clients(audience: Audience) -> bool:
    return audience.kind is AudienceKind.CLIENTS


def _audiences_where(
    which: Callable[[Audience], bool], **changes: Any
) -> Callable[[Strategy], Strategy]:
    """Change the audiences *which* selects, leave the others."""
    return lambda s: attrs.evolve(
        s,
        audiences=tuple(attrs.evolve(a, **changes) if which(a) else a for a in s.audiences),
    )


no_audiences = rule(
    "AUD001",
    "no-audiences",
    area=Area.AUDIENCES,
    level=Level.ERROR,
    title=("Geen doelgroepen", "No audiences"),
    message=(
        "De strategie noemt nog geen doelgroepen: met wie wil je in gesprek?",
        "The strategy names no audiences yet: who do you want to talk with?",
    ),
    fix=(
        "Begin met cliënten, verwanten en medewerkers, en voeg toe wie je verder wilt"
        " bereiken, zoals potentiële medewerkers of verwijzers.",
        "Start with clients, relatives and employees, then add whoever else you want to"
        " reach, such as prospective employees or referrers.",
    ),
    source=_QA,
    weight=100,
    fires=_drop_audiences(lambda _: False),
    passes=_drop_audiences(lambda a: a.kind is not AudienceKind.RELATIVES),
)(empty("audiences"))


@rule(
    "AUD002",
    "key-audience-missing",
    area=Area.AUDIENCES,
    level=Level.WARNING,
    title=("Kerndoelgroep ontbreekt", "Key audience missing"),
    message=(
        "De doelgroep '{kind}' ontbreekt; mediagebruik bespreek je met cliënten,"
        " verwanten én medewerkers.",
        "The audience '{kind}' is missing; media use is discussed with clients,"
        " relatives and employees alike.",
    ),
    fix=(
        "Voeg de doelgroep toe en beschrijf wat zij online doen en van ons nodig hebben.",
        "Add the audience and describe what they do online and need from us.",
    ),
    source=_QA,
    weight=15,
    mode="each",
    fires=_drop_audiences(lambda a: a.kind is not AudienceKind.RELATIVES),
    passes=_drop_audiences(lambda a: a.kind in KEY_AUDIENCES),
)
def key_audience_missing(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.audiences:
        return  # AUD001 says it all
    for kind in KEY_AUDIENCES:
        if kind not in ctx.audience_kinds:
            yield Hit("audiences", {"kind": kind.text})


@rule(
    "AUD003",
    "clients-online-unknown",
    area=Area.AUDIENCES,
    level=Level.ERROR,
    title=("Onbekend wat cliënten online doen", "Unknown what clients do online"),
    message=(
        "We weten niet wat onze cliënten online doen, terwijl de strategie daarop moet"
        " aansluiten (checkvraag 1).",
        "We do not know what our clients do online, while the strategy must fit it"
        " (check question 1).",
    ),
    fix=(
        "Vraag het na bij {clients}, hun naasten en {client_voice}, en beschrijf welke"
        " platforms zij gebruiken, waarvoor en met welke hulp.",
        "Ask {clients}, their relatives and {client_voice}, and describe which platforms"
        " they use, what for and with what help.",
    ),
    source=f"{_QA}, check question 1",
    weight=25,
    fires=_audiences_where(_is_clients, online_behaviour=""),
    passes=_audiences_where(lambda a: not _is_clients(a), online_behaviour=""),
)
def clients_online_unknown(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.audiences:
        return  # AUD001 says it all
    for path in clients_online_gaps(ctx):
        yield Hit(path)


@rule(
    "AUD004",
    "online-behaviour-unknown",
    area=Area.AUDIENCES,
    level=Level.WARNING,
    title=("Onbekend wat de doelgroep online doet", "Audience's online behaviour unknown"),
    message=(
        "Bij doelgroep '{audience}' staat niet beschreven wat zij online doen.",
        "The audience '{audience}' has no description of what they do online.",
    ),
    fix=(
        "Beschrijf welke media deze doelgroep gebruikt en waarvoor; vraag het hen zelf.",
        "Describe which media this audience uses and what for; ask them.",
    ),
    source=f"{_QA}; PRODUCT.md (audiences: what they do online)",
    weight=20,
    mode="share",
    population=_non_client_audiences,
    fires=each("audiences", online_behaviour=""),
    passes=lambda s: attrs.evolve(
        s,
        audiences=tuple(
            attrs.evolve(a, online_behaviour="") if a.kind is AudienceKind.CLIENTS else a
            for a in s.audiences
        ),
    ),
)
def online_behaviour_unknown(ctx: Context) -> Iterator[Hit]:
    for i, audience in enumerate(ctx.strategy.audiences):
        # Clients are AUD003's: not knowing that is an error of its own.
        if audience.kind is not AudienceKind.CLIENTS and not audience.online_behaviour.strip():
            yield Hit(f"audiences[{i}].online_behaviour", {"audience": _name(audience)})


needs_unknown = rule(
    "AUD005",
    "needs-unknown",
    area=Area.AUDIENCES,
    level=Level.ADVICE,
    title=("Behoeften niet beschreven", "Needs not described"),
    message=(
        "Er staat niet wat doelgroep '{audience}' van ons nodig heeft.",
        "What the audience '{audience}' needs from us is not described.",
    ),
    fix=(
        "Beschrijf vanuit deze doelgroep wat zij van de organisatie willen weten of"
        " krijgen: wat levert het hen op?",
        "Describe, from this audience's side, what they want to know or get from the"
        " organisation: what is in it for them?",
    ),
    source=f"{_QA} (think from the client's interest); PRODUCT.md (what they need)",
    weight=15,
    mode="share",
    population=_audiences,
    fires=each("audiences", needs=""),
    passes=each("audiences", needs="Duidelijke en tijdige informatie."),
)(each_empty("audiences", "needs", lambda audience: {"audience": _name(audience)}))


insight_source_missing = rule(
    "AUD006",
    "insight-source-missing",
    area=Area.AUDIENCES,
    level=Level.ADVICE,
    title=("Bron van inzicht ontbreekt", "Source of insight missing"),
    message=(
        "Bij doelgroep '{audience}' staat niet hoe we weten wat zij online doen en nodig hebben.",
        "The audience '{audience}' does not say how we know what they do online and need.",
    ),
    fix=(
        "Noem de bron: een enquête, de cliënten- of verwantenraad, gesprekken in teams,"
        " meldingen of cijfers van de platforms.",
        "Name the source: a survey, the client or relatives' council, team conversations,"
        " incident reports or platform figures.",
    ),
    source=f"{_QA}, check questions 1 and 5",
    weight=10,
    mode="share",
    population=_audiences,
    fires=each("audiences", insight_source=""),
    passes=each("audiences", insight_source="Gesprek met de cliëntenraad, 2026."),
)(each_empty("audiences", "insight_source", lambda audience: {"audience": _name(audience)}))


@rule(
    "AUD007",
    "audience-without-channel",
    area=Area.AUDIENCES,
    level=Level.WARNING,
    title=("Doelgroep zonder kanaal", "Audience without a channel"),
    message=(
        "Geen enkel kanaal bereikt doelgroep '{audience}'.",
        "No channel reaches the audience '{audience}'.",
    ),
    fix=(
        "Kies op de stap Kanalen een kanaal dat deze doelgroep al gebruikt en zet de"
        " doelgroep erbij, of schrap de doelgroep als je haar niet wilt bereiken.",
        "On the Channels step, pick a channel this audience already uses and add the"
        " audience to it, or drop the audience if you do not mean to reach it.",
    ),
    fix_path="channels",
    source=_CHAIN,
    weight=20,
    mode="share",
    population=_audiences,
    fires=each("channels", audiences=()),
    passes=first("channels", audiences=()),
)
def audience_without_channel(ctx: Context) -> Iterator[Hit]:
    for i, audience in enumerate(ctx.strategy.audiences):
        if audience.id not in ctx.channels_by_audience:
            yield Hit(f"audiences[{i}]", {"audience": _name(audience)})


platforms_unknown = rule(
    "AUD008",
    "platforms-unknown",
    area=Area.AUDIENCES,
    level=Level.ADVICE,
    title=("Platforms onbekend", "Platforms unknown"),
    message=(
        "Er staat niet welke platforms doelgroep '{audience}' gebruikt.",
        "Which platforms the audience '{audience}' uses is not recorded.",
    ),
    fix=(
        "Kies de platforms die deze doelgroep gebruikt; dan zie je of de kanalen passen.",
        "Pick the platforms this audience uses; then you can see whether the channels fit.",
    ),
    source=f"{_QA}, check question 1; PRODUCT.md (what they do online)",
    weight=5,
    mode="share",
    population=_audiences,
    fires=each("audiences", platforms=()),
    passes=each_trimmed("audiences", "platforms"),
)(each_empty("audiences", "platforms", lambda audience: {"audience": _name(audience)}))
