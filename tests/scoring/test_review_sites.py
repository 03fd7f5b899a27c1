"""Channels the organisation cannot close: review sites and professionals' own accounts.

A practice cannot close its Google reviews or its ZorgkaartNederland page, nor a GP's
own TikTok account: no finding, board decision or export advises to stop them.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import attrs
import docx
import pytest

import socialstrategy as ss
from socialstrategy.export import DOCUMENTS, export
from socialstrategy.model import Channel
from socialstrategy.scoring import decisions, score
from socialstrategy.scoring.examples import EXAMPLE_BASE
from socialstrategy.vocab import ChannelKind, LegalClockKind, Purpose, Sector

REFERENCE = EXAMPLE_BASE
TODAY = dt.date(2026, 11, 23)
#: Words that advise stopping, pausing, closing or removing something.
STOP = re.compile(
    r"\b(stop\w*|opheff\w*|hef\w* op|sluit\w*|gesloten|pauzeer\w*|schrap\w*|close\w*|"
    r"pause\w*|remov\w*|delet\w*|verwijder\w*)\b",
    re.IGNORECASE,
)


def _with(channel: Channel, sector: Sector | None = None) -> ss.Strategy:
    strategy = ss.load(REFERENCE)
    organisation = strategy.organisation
    if sector is not None:
        organisation = attrs.evolve(organisation, sector=sector)
    return attrs.evolve(strategy, organisation=organisation, channels=(*strategy.channels, channel))


#: A review site entered with nothing but its kind and name.
BARE_REVIEW_SITE = Channel(id="google", kind=ChannelKind.RATING_SITE, name="Google-reviews")
#: A GP's own TikTok with medical tips, entered just as bare.
OWN_ACCOUNT = Channel(
    id="tiktok-dokter", kind=ChannelKind.TIKTOK, name="Dokter Anna", own_name=True
)


def _texts(strategy: ss.Strategy) -> list[str]:
    """Every sentence a manager or board reads about the plan: findings with their fixes,
    board decisions with their reasons, and every exported document in both languages."""
    report = score(strategy, today=TODAY)
    texts = [
        text.get(lang)
        for f in report.findings
        for text in (f.message, f.fix)
        for lang in ("nl", "en")
    ]
    texts += [
        text.get(lang)
        for d in decisions(strategy, report, today=TODAY)
        for text in (d.text, d.reason)
        for lang in ("nl", "en")
    ]
    for lang in ("nl", "en"):
        for document in DOCUMENTS:
            md = export(strategy, "md", language=lang, document=document, today=TODAY)
            texts += md.decode("utf-8").splitlines()
        board = export(strategy, "docx", language=lang, document="board", today=TODAY)
        texts += [p.text for p in docx.Document(io.BytesIO(board)).paragraphs]
    return texts


@pytest.mark.parametrize("channel", [BARE_REVIEW_SITE, OWN_ACCOUNT], ids=["review", "own"])
def test_a_channel_the_organisation_cannot_close_is_never_told_to_stop(channel: Channel) -> None:
    """No goals, audiences, purposes, owner or hours: plenty to advise, but never to stop.

    The reference plan passes every rule, so any advice to stop would be about this
    channel; lines that name the channel must not advise stopping either."""
    texts = _texts(_with(channel))
    advice = [t for t in texts if "stop ermee" in t or "close it" in t]
    assert advice == []
    about = [t for t in texts if channel.name in t and STOP.search(t)]
    assert about == []


def test_the_same_bare_channel_elsewhere_is_told_it_may_stop() -> None:
    """The near miss: an ordinary channel without goals does get that advice (CHAN002)."""
    bare = attrs.evolve(BARE_REVIEW_SITE, kind=ChannelKind.FACEBOOK)
    texts = _texts(_with(bare))
    assert any("stop ermee" in t for t in texts)


def _findings(strategy: ss.Strategy) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in score(strategy, today=TODAY).findings:
        found.setdefault(f.code, []).append(f.message.nl + " " + f.fix.nl)
    return found


def test_a_bare_review_site_is_claimed_watched_and_answered() -> None:
    """Advice of its own: claim the listing, an owner, the plan's response time, webcare,
    the complaints procedure, never a client's details; not the generic owner finding."""
    found = _findings(_with(BARE_REVIEW_SITE))
    (advice,) = found["CHAN020"]
    assert advice.startswith(
        "Beoordelingssite 'Google-reviews' heeft geen eigenaar: beoordelingen blijven dan"
        " onbeantwoord staan, zichtbaar voor iedereen die jullie zoekt."
    )
    for words in ("Claim de vermelding", "klachtenregeling", "Noem nooit gegevens van een cliënt"):
        assert words in advice
    assert "CHAN021" in found  # no webcare purpose
    assert "CHAN004" not in found
    assert "CHAN002" not in found


def test_the_crisis_plans_review_deadline_is_the_review_sites_response_time() -> None:
    """The reference's crisis plan answers reviews within a deadline: only the owner is
    missing. Without that deadline, the response time is missing too."""
    strategy = _with(BARE_REVIEW_SITE)
    assert "geen eigenaar:" in _findings(strategy)["CHAN020"][0]
    clocks = tuple(
        c for c in strategy.crisis.legal_clocks if c.kind is not LegalClockKind.RATING_SITE_RESPONSE
    )
    without = attrs.evolve(strategy, crisis=attrs.evolve(strategy.crisis, legal_clocks=clocks))
    assert "geen eigenaar en geen reactietijd:" in _findings(without)["CHAN020"][0]


def test_a_review_site_run_as_webcare_passes() -> None:
    site = attrs.evolve(
        BARE_REVIEW_SITE,
        owner="Klachtenfunctionaris",
        purposes=(Purpose.WEBCARE,),
        response_hours=48,
    )
    found = _findings(_with(site))
    assert not {"CHAN020", "CHAN021", "CHAN002", "CHAN004", "CHAN005"} & set(found)


@pytest.mark.parametrize(
    ("sector", "fires"),
    [
        (Sector.HOSPITAL, True),
        (Sector.GP_CARE, True),
        (Sector.ELDERLY_CARE, True),
        (Sector.DISABILITY_CARE, False),
        (Sector.YOUTH_CARE, False),
    ],
)
def test_sectors_whose_clients_review_are_asked_to_list_their_review_sites(
    sector: Sector, fires: bool
) -> None:
    """Modest advice (CHAN022) where patients and clients review a lot, and only while no
    review site is among the channels."""
    strategy = ss.load(REFERENCE)
    strategy = attrs.evolve(
        strategy, organisation=attrs.evolve(strategy.organisation, sector=sector)
    )
    assert ("CHAN022" in _findings(strategy)) is fires
    assert "CHAN022" not in _findings(_with(BARE_REVIEW_SITE, sector))


def test_the_gp_practice_hears_about_its_patients() -> None:
    strategy = ss.load(REFERENCE)
    strategy = attrs.evolve(
        strategy, organisation=attrs.evolve(strategy.organisation, sector=Sector.GP_CARE)
    )
    (message,) = _findings(strategy)["CHAN022"]
    assert message.startswith("Patiënten van een huisartsenpraktijk beoordelen hun zorg")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "Wie publiceert: Een zorgprofessional, onder eigen naam"),
        ("en", "Who publishes: A care professional, under their own name"),
    ],
)
def test_the_report_says_who_publishes_on_an_own_account_only(lang: str, said: str) -> None:
    """The report marks a professional's own account; the organisation's channels it does
    not burden with a line saying so."""
    label = said.partition(":")[0] + ":"
    with_own = export(_with(OWN_ACCOUNT), "md", language=lang, document="report", today=TODAY)
    text = with_own.decode("utf-8").replace("**", "")
    assert text.count(label) == 1
    assert said in text
    plain = export(ss.load(REFERENCE), "md", language=lang, document="report", today=TODAY)
    assert label not in plain.decode("utf-8").replace("**", "")
