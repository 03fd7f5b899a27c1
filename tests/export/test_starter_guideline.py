"""The guideline of a fresh sector plan reads as a document to hand out once the names are
adapted: every topic with its reason, consent and media guidance filled in, nothing that
says "nog geen", and no heading alone at the foot of a page."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re

import docx
import pypdf
import pytest

import socialstrategy as ss
from socialstrategy.export import build
from socialstrategy.export.outline import Chart, Heading
from socialstrategy.export.texts import T
from socialstrategy.i18n import Language
from socialstrategy.model.starters import accept
from tests.export.rendered import render, squeeze

TODAY = dt.date(2026, 12, 5)
CASES = [(sector, "nl") for sector in ss.Sector] + [
    (ss.Sector.GP_CARE, "en"),
    (ss.Sector.DISABILITY_CARE, "en"),
]
IDS = [f"{sector.code}-{language}" for sector, language in CASES]
#: What a document with blanks says; none of it belongs in a fresh sector plan's guideline.
_BLANK = re.compile(r"nog geen|no \w+ yet|Er zijn nog geen regels", re.IGNORECASE)


@functools.cache
def _plan(sector: ss.Sector, language: Language) -> ss.Strategy:
    return ss.new_strategy(sector, "Zorg Proef", language=language)


@functools.cache
def _pdf(sector: ss.Sector, language: Language) -> tuple[list[str], bytes]:
    document = build(_plan(sector, language), "guideline", language=language, today=TODAY)
    data = render("pdf", document)
    pages = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]
    return pages, data


@pytest.mark.parametrize(("sector", "language"), CASES, ids=IDS)
def test_every_rule_and_reason_reads_back_from_the_pdf(
    sector: ss.Sector, language: Language
) -> None:
    pages, _ = _pdf(sector, language)
    # Less each page's footer: a paragraph may go on over the page break.
    text = squeeze("".join(page.rsplit("\n", 1)[0] for page in pages))
    plan = _plan(sector, language)
    for topic in ss.GuidelineTopic:
        assert squeeze(topic.label(language)) in text, topic
    for rule in plan.guidelines.rules:
        assert squeeze(rule.rule) in text
        assert squeeze(T("guideline.why", language, why=rule.why)) in text
    consent, guidance = plan.guidelines.consent, plan.media_guidance
    for written in (consent.recorded_in, consent.withdrawal, guidance.vision, guidance.approach):
        assert squeeze(written) in text
    assert squeeze(plan.guidelines.report_to) in text


@pytest.mark.parametrize(("sector", "language"), CASES, ids=IDS)
def test_nothing_in_it_says_it_is_still_empty(sector: ss.Sector, language: Language) -> None:
    pages, _ = _pdf(sector, language)
    assert [line for page in pages for line in page.splitlines() if _BLANK.search(line)] == []
    assert squeeze(T("guideline.no_rules", language)) not in squeeze("".join(pages))


@pytest.mark.parametrize(("sector", "language"), CASES, ids=IDS)
def test_no_page_ends_with_a_lone_heading(sector: ss.Sector, language: Language) -> None:
    document = build(_plan(sector, language), "guideline", language=language, today=TODAY)
    blocks = document.blocks
    lone = {
        squeeze(b.text)
        for b, after in zip(blocks, (*blocks[1:], None), strict=True)
        if isinstance(b, Heading) and not isinstance(after, Chart)
    }
    pages, _ = _pdf(sector, language)
    for number, page in enumerate(pages[:-1], start=1):
        body = [line for line in page.splitlines() if line.strip()][:-1]  # less the footer
        assert squeeze(body[-1]) not in lone, (number, body[-2:])


@pytest.mark.parametrize("sector", [ss.Sector.YOUTH_CARE, ss.Sector.HOSPITAL], ids=str)
def test_the_word_version_has_every_rule(sector: ss.Sector) -> None:
    plan = _plan(sector, "nl")
    document = build(plan, "guideline", language="nl", today=TODAY)
    data = render("docx", document)
    paragraphs = {p.text for p in docx.Document(io.BytesIO(data)).paragraphs}
    assert {rule.rule for rule in plan.guidelines.rules} <= paragraphs
    assert not any(_BLANK.search(p) for p in paragraphs)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_board_pack_says_what_still_stands_as_model_text(language: Language) -> None:
    """A board must not read a starter text as the organisation's own agreement."""
    fresh = _plan(ss.Sector.DISABILITY_CARE, language)
    said = {"nl": "staan nog zoals het sectormodel ze gaf", "en": "still stand as the sector model"}
    board = render("md", build(fresh, "board", language=language, today=TODAY)).decode()
    assert squeeze(said[language]) in squeeze(board)
    reviewed = accept(fresh)
    board = render("md", build(reviewed, "board", language=language, today=TODAY)).decode()
    assert squeeze(said[language]) not in squeeze(board)
