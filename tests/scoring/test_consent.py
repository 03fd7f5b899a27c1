"""The consent register's rules: what counts as expired, beyond scope and a real name."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.scoring import score
from socialstrategy.scoring.rules.consent import is_internal, looks_like_a_name

YOUTH_CARE = ss.Organisation(name="Jeugdzorg De Brug", sector=ss.Sector.YOUTH_CARE)
CHANNELS = (
    ss.Channel(id="insta", kind=ss.ChannelKind.INSTAGRAM, name="Instagram De Brug"),
    ss.Channel(id="intranet", kind=ss.ChannelKind.INTRANET, name="Intranet"),
)


def _plan(**changes: object) -> ss.Strategy:
    record = ss.ConsentRecord(
        id="kamp",
        what="Video zomerkamp",
        pseudonym="Jongere 07",
        situation=ss.ClientSituation.UNDER_16,
        signatories=(ss.Signatory.PARENT,),
        reach=ss.ConsentReach.BOTH,
        given=dt.date(2026, 3, 1),
        expires=dt.date(2027, 3, 1),
        published_on=("insta",),
    )
    record = attrs.evolve(record, **changes)
    return ss.Strategy(organisation=YOUTH_CARE, channels=CHANNELS, consents=(record,))


def _found(plan: ss.Strategy, today: dt.date = dt.date(2026, 11, 1)) -> list[ss.Finding]:
    return [f for f in score(plan, today=today).findings if f.code.startswith("CONS")]


def test_a_sound_record_has_no_findings() -> None:
    assert _found(_plan()) == []


def test_consent_expires_the_day_after_its_end_date() -> None:
    """Valid on its last day; expired from the day after, as the day of scoring says."""
    plan = _plan()
    assert _found(plan, today=dt.date(2027, 3, 1)) == []
    (finding,) = _found(plan, today=dt.date(2027, 3, 2))
    assert finding.code == "CONS001"
    assert finding.path == "consents[0].expires"
    assert "1 maart 2027" in finding.message.nl
    assert "'Instagram De Brug'" in finding.message.nl


def test_a_minor_without_a_parent_names_the_young_person_in_the_sector_words() -> None:
    (finding,) = _found(_plan(signatories=(ss.Signatory.CLIENT,)))
    assert finding.code == "CONS002"
    assert finding.message.nl.startswith("'Video zomerkamp' toont een jongere jonger dan 16")
    assert "young person under 16 (Jongere 07)" in finding.message.en


def test_a_represented_young_person_needs_parents_or_guardian() -> None:
    """Youth care's representatives are the parents with custody or the guardian."""
    plan = _plan(situation=ss.ClientSituation.AGED_16_17, represented=True)
    plan = attrs.evolve(plan, consents=(attrs.evolve(plan.consents[0], signatories=()),))
    (finding,) = _found(plan)
    assert finding.code == "CONS003"
    assert "de ouders met gezag of de voogd" in finding.message.nl


def test_internal_reach_on_an_external_channel_is_beyond_scope() -> None:
    (finding,) = _found(_plan(reach=ss.ConsentReach.INTERNAL))
    assert (finding.code, finding.path) == ("CONS005", "consents[0].published_on[0]")
    assert finding.message.en.endswith("but the consent holds internally only.")


def test_a_channel_not_named_in_the_consent_is_beyond_scope() -> None:
    (finding,) = _found(_plan(channels=("intranet",)))
    assert finding.code == "CONS005"
    assert "alleen voor 'Intranet'" in finding.message.nl


def test_images_taken_down_after_withdrawal_are_no_finding() -> None:
    withdrawn = dt.date(2026, 10, 1)
    (finding,) = _found(_plan(withdrawn=withdrawn))
    assert finding.code == "CONS006"
    assert _found(_plan(withdrawn=withdrawn, published_on=())) == []


def test_a_record_without_pseudonym_is_named_by_what_it_shows() -> None:
    (finding,) = _found(_plan(pseudonym=" "))
    assert finding.code == "CONS008"
    assert "'Video zomerkamp'" in finding.message.nl


@pytest.mark.parametrize(
    ("pseudonym", "name"),
    [
        ("Jan de Vries", True),
        ("Fatima El-Amrani", True),
        ("Anna van der Berg", True),
        ("Jongere 07", False),
        ("Cliënt K.", False),
        ("Bewoner Marijke", False),
        ("K.", False),
        ("Anna", False),
        ("Team Zon", True),  # two capitalised words: a modest heuristic may warn
        ("", False),
    ],
)
def test_a_pseudonym_that_reads_as_first_name_and_surname(pseudonym: str, name: bool) -> None:
    assert looks_like_a_name(pseudonym) is name


@pytest.mark.parametrize(
    ("kind", "purposes", "internal"),
    [
        (ss.ChannelKind.INTRANET, (), True),
        (ss.ChannelKind.CLIENT_PORTAL, (), True),
        (ss.ChannelKind.WHATSAPP, (ss.Purpose.INTERNAL,), True),
        (ss.ChannelKind.FACEBOOK, (ss.Purpose.INTERNAL, ss.Purpose.PROFILING), False),
        (ss.ChannelKind.NEWSLETTER, (), False),
    ],
)
def test_internal_channels(
    kind: ss.ChannelKind, purposes: tuple[ss.Purpose, ...], internal: bool
) -> None:
    assert is_internal(ss.Channel(id="c", kind=kind, purposes=purposes)) is internal
