"""Starter texts: a rule and its reason for every topic, in every sector and language,
worded with the sector's own words and no placeholder left over."""

from __future__ import annotations

import re

import attrs
import pytest

from socialstrategy.i18n import LANGUAGES, Language
from socialstrategy.vocab import SECTOR_WORDS, GuidelineTopic, Sector
from socialstrategy.vocab.starters import (
    ROLE_IDS,
    fill,
    starter_consent,
    starter_guidelines,
    starter_media_guidance,
    starter_roles,
    starter_rules,
)

SECTORS = list(Sector)
_LEFTOVER = re.compile(r"[{}]")


def _texts(record: object) -> list[str]:
    return [v for v in attrs.asdict(record, recurse=False).values() if isinstance(v, str)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("topic", list(GuidelineTopic), ids=lambda t: t.code)
@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_every_sector_has_a_rule_with_a_reason_for_every_topic(
    sector: Sector, topic: GuidelineTopic, language: Language
) -> None:
    rules = [r for r in starter_rules(sector, language) if r.topic is topic]
    assert rules, f"no starter rule on {topic.code} for {sector.code}"
    for rule in rules:
        assert rule.rule.strip()
        assert rule.why.strip()
        assert rule.model_text
        assert not _LEFTOVER.search(rule.rule + rule.why), rule


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_no_placeholder_is_left_anywhere(sector: Sector, language: Language) -> None:
    """Guideline header, consent, media guidance and roles: every text filled in."""
    guidelines = starter_guidelines(sector, language, "Zorg Test")
    records = [
        guidelines,
        guidelines.consent,
        starter_media_guidance(sector, language),
        *starter_roles(sector, language),
    ]
    texts = [text for record in records for text in _texts(record)]
    assert all(text.strip() for text in texts if text is not guidelines.title)
    assert [text for text in texts if _LEFTOVER.search(text)] == []


@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_the_texts_use_the_sectors_words(sector: Sector) -> None:
    """Consent is recorded in the sector's own record system (EPD, ECD, HIS), and the
    rules speak of its clients, patients or young people."""
    words = SECTOR_WORDS[sector]
    for language in LANGUAGES:
        consent = starter_consent(sector, language)
        assert words.records.get(language) in consent.recorded_in
        rules = " ".join(r.rule for r in starter_rules(sector, language))
        assert words.clients.get(language) in rules


def test_a_gp_practice_is_a_practice_with_an_his_and_partners() -> None:
    rules = " ".join(r.rule + " " + r.why for r in starter_rules(Sector.GP_CARE, "nl"))
    assert "HIS" in rules
    assert "ECD" not in rules
    assert "huisarts-partners" in rules
    names = {r.id: r.name for r in starter_roles(Sector.GP_CARE, "nl")}
    assert names["board"] == "Huisarts-partner"
    assert names["care_manager"] == "Praktijkmanager"
    assert {r.id: r.name for r in starter_roles(Sector.GP_CARE, "en")}["board"] == "Partner GP"
    # No communications department: the practice manager keeps the guideline.
    assert starter_guidelines(Sector.GP_CARE, "nl").owner.startswith("De praktijkmanager")


def test_youth_care_speaks_of_minors_and_their_guardians() -> None:
    rules = {r.topic: r for r in starter_rules(Sector.YOUTH_CARE, "nl")}
    assert "ouders met gezag of de voogd" in rules[GuidelineTopic.CONSENT].rule
    assert "jongeren" in rules[GuidelineTopic.CLIENT_CONTACT].rule
    assert starter_consent(Sector.YOUTH_CARE, "nl").parents_under_16
    assert {r.id: r.name for r in starter_roles(Sector.YOUTH_CARE, "nl")}["care_manager"] == (
        "Teamleider"
    )


def test_disability_care_speaks_of_clients_with_an_intellectual_disability() -> None:
    rules = {r.topic: r for r in starter_rules(Sector.DISABILITY_CARE, "nl")}
    assert "verstandelijke beperking" in rules[GuidelineTopic.CONSENT].why
    assert "mentor of curator" in rules[GuidelineTopic.CONSENT].rule


def test_elderly_care_asks_no_parents_but_a_representative() -> None:
    consent = starter_consent(Sector.ELDERLY_CARE, "nl")
    assert not consent.parents_under_16
    assert consent.legal_representative


@pytest.mark.parametrize(
    ("sector", "risks"),
    [
        (Sector.DISABILITY_CARE, ("grooming", "sexting", "phishing", "afbetaling")),
        (Sector.ELDERLY_CARE, ("oplichting",)),
        (Sector.YOUTH_CARE, ("cyberpesten", "sexting")),
        (Sector.MENTAL_HEALTH, ("zelfbeschadiging",)),
    ],
    ids=lambda v: v.code if isinstance(v, Sector) else "",
)
def test_media_guidance_names_the_risks_of_the_sectors_clients(
    sector: Sector, risks: tuple[str, ...]
) -> None:
    guidance = starter_media_guidance(sector, "nl")
    assert guidance.model_text
    assert guidance.opportunities.strip()
    for risk in risks:
        assert risk in guidance.risks.lower()


@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_the_starter_roles_have_fixed_ids_and_names_in_both_languages(sector: Sector) -> None:
    nl, en = starter_roles(sector, "nl"), starter_roles(sector, "en")
    assert tuple(r.id for r in nl) == ROLE_IDS == tuple(r.id for r in en)
    assert all(r.name and r.description for r in (*nl, *en))
    assert [r.name for r in nl] != [r.name for r in en]


@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_rules_for_roles_name_starter_roles(sector: Sector) -> None:
    rules = starter_rules(sector, "nl")
    assert {role for r in rules for role in r.roles} <= set(ROLE_IDS)
    assert any(r.roles for r in rules), "some rules are for specific roles"
    assert any(not r.roles for r in rules)


def test_fill_puts_in_the_sectors_words_and_refuses_unknown_ones() -> None:
    assert fill("{Clients} en {records}", Sector.HOSPITAL, "nl") == "Patiënten en het EPD"
    assert fill("de {care_manager}", Sector.GP_CARE, "nl") == "de praktijkmanager"
    assert fill("the {hr}", Sector.GP_CARE, "en") == "the HR adviser"
    with pytest.raises(KeyError):
        fill("{castle}", Sector.HOSPITAL, "nl")


def test_the_english_texts_are_english() -> None:
    """No Dutch rule slipped into the English texts (a word only Dutch uses)."""
    for sector in SECTORS:
        for rule in starter_rules(sector, "en"):
            assert not re.search(r"\b(je|niet|het|een)\b", rule.rule + " " + rule.why), rule


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: s.code)
def test_the_model_texts_are_short_enough_to_be_read(sector: Sector, language: Language) -> None:
    """A manager reads every model text before she adopts it, and an employee does not
    read a long guideline: a rule with its reason stays a sentence each (at most 65
    words together, about 35 on average), the Dutch rules together at most 700 words
    and the media guidance at most 130 (English runs a little longer)."""
    rules = starter_rules(sector, language)
    longest = max(rules, key=lambda r: _words(r.rule) + _words(r.why))
    assert _words(longest.rule) + _words(longest.why) <= 65, longest
    total = sum(_words(r.rule) + _words(r.why) for r in rules)
    assert total <= (700 if language == "nl" else 760)
    guidance = starter_media_guidance(sector, language)
    assert sum(_words(text) for text in _texts(guidance)) <= 130
