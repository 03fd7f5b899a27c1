"""Advice that fits the organisation's size and governance, everywhere a manager reads it.

A 38-person GP health centre run by its partners, without a works council or a client
council (issue 14, part 5), gets no raad-van-bestuur, OR or cliëntenraad advice and no
demand to staff webcare in the evening and at weekends: not in the findings, not in the
board's decisions, not in any exported document, in any format or language. A hospital
still gets the advice a hospital needs.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import docx
import pypdf
import pytest

import socialstrategy as ss
from socialstrategy.export import DOCUMENTS, FORMATS, export
from socialstrategy.scoring.decisions import decisions
from tests.conftest import STRATEGIES

if TYPE_CHECKING:
    from socialstrategy.i18n import Language

TODAY = dt.date(2026, 12, 5)
GP_CENTRE = Path(__file__).parent / "gezondheidscentrum-de-brink.toml"

#: What a partnership without a works council or client council must never be told.
NEVER: dict[Language, tuple[str, ...]] = {
    "nl": (
        r"raad van bestuur",
        r"ondernemingsraad",
        r"\bOR\b",
        r"\bOR-",
        r"\bPVT\b",
        r"cliëntenraad",
        r"\bECD\b",
        r"\bEPD\b",
        # demands to staff webcare in the evening and at weekends
        r"avonden en weekenden",
        r"avond en het weekend",
        r"roosterdienst",
        r"piketdienst",
    ),
    "en": (
        r"board of directors",
        r"works council",
        r"client council",
        r"\bECD\b",
        r"\bEPD\b",
        r"evenings and weekends",
        r"evening and the weekend",
        r"on-call rota",
    ),
}


def _text(data: bytes, fmt: str) -> str:
    """What a reader of the exported file sees, as plain text."""
    if fmt == "pdf":
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    if fmt == "docx":
        document = docx.Document(io.BytesIO(data))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    text = data.decode("utf-8")
    if fmt == "html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def _said(text: str, language: Language) -> list[str]:
    # PDF text may break a phrase over two lines.
    flat = re.sub(r"\s+", " ", text)
    return [pattern for pattern in NEVER[language] if re.search(pattern, flat)]


@pytest.fixture(scope="module")
def centre() -> ss.Strategy:
    return ss.load(GP_CENTRE)


def _advice(strategy: ss.Strategy, language: Language) -> str:
    report = ss.score(strategy, today=TODAY)
    texts = [part.get(language) for f in report.findings for part in (f.title, f.message, f.fix)]
    texts += [
        part.get(language)
        for d in decisions(strategy, report, today=TODAY)
        for part in (d.text, d.reason)
    ]
    return "\n".join(texts)


def test_the_centre_is_what_the_issue_describes(centre: ss.Strategy) -> None:
    """38 employees, the partners adopt, no works council, no client council."""
    g = ss.governance(centre.organisation)
    assert (g.employees, g.adopted_by, g.staff, g.client) == (
        38,
        ss.AdoptingBody.PARTNERS,
        ss.StaffRepresentation.NONE,
        ss.ClientParticipation.NONE,
    )
    assert g.small
    assert any(c.kind is ss.ChannelKind.FACEBOOK and c.response_hours for c in centre.channels)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_findings_or_decisions_for_bodies_the_centre_does_not_have(
    centre: ss.Strategy, language: Language
) -> None:
    advice = _advice(centre, language)
    assert _said(advice, language) == []


def test_the_findings_name_the_partners_the_his_and_a_patient_panel(centre: ss.Strategy) -> None:
    report = ss.score(centre, today=TODAY)
    by_code = {f.code: f for f in report.findings}
    assert by_code["GUID005"].message.nl.startswith("De maatschap heeft de richtlijn niet")
    assert "vaststellen door de maatschap" in by_code["GUID005"].fix.nl
    assert "na bespreking met de medewerkers" in by_code["GUID005"].fix.nl
    assert "in het HIS" in by_code["GUID011"].fix.nl
    assert "patiëntenpanel" in by_code["ENG003"].fix.nl
    assert by_code["ENG003"].title.en == "Patients not heard"
    assert "GUID006" not in by_code  # nobody to advise
    assert "PROF006" not in by_code  # no body to name


def test_webcare_the_centre_can_keep(centre: ss.Strategy) -> None:
    """Facebook, watched on working days with a 4-hour promise, is fine for a practice;
    were the promise broken, the remedy is saying when it answers, not evening shifts."""
    assert "CHAN006" not in {f.code for f in ss.score(centre, today=TODAY).findings}
    facebook = centre.channels[0]
    only_mornings = attrs.evolve(
        facebook,
        moderation=ss.Moderation(
            weekdays=ss.Span(start=dt.time(8), end=dt.time(10)),
        ),
    )
    broken = attrs.evolve(centre, channels=(only_mornings, *centre.channels[1:]))
    report = ss.score(broken, today=TODAY)
    (found,) = [f for f in report.findings if f.code == "CHAN006"]
    assert "we reageren op werkdagen binnen 24 uur" in found.fix.nl
    assert "huisartsenpost" in found.fix.nl
    (decision,) = [
        d for d in decisions(broken, report, today=TODAY) if d.code == "webcare-capacity"
    ]
    assert "werkdagen" in decision.text.nl
    assert _said(_advice(broken, "nl"), "nl") == []


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("document", sorted(DOCUMENTS))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_export_says_it(
    centre: ss.Strategy, document: str, fmt: str, language: Language
) -> None:
    """Every document in every format, opened and read as text."""
    data = export(centre, fmt, document=document, language=language, today=TODAY)
    text = _text(data, fmt)
    assert text.strip()
    assert _said(text, language) == []


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_documents_name_who_adopts(centre: ss.Strategy, fmt: str) -> None:
    """The guideline says the partners adopt it; the report records the governance and
    names the record system of a GP practice."""
    guideline = _text(export(centre, fmt, document="guideline", today=TODAY), fmt)
    assert "vastgesteld door de maatschap" in re.sub(r"\s+", " ", guideline)
    report = re.sub(r"\s+", " ", _text(export(centre, fmt, document="report", today=TODAY), fmt))
    assert "Maatschap of partners" in report
    assert "HIS" in report
    english = _text(export(centre, fmt, document="guideline", language="en", today=TODAY), fmt)
    assert "adopted by the partners" in re.sub(r"\s+", " ", english)


def test_a_hospital_still_gets_board_and_works_council_advice() -> None:
    """Size and sector decide: a 2,850-person hospital that has not adopted its guideline
    is told the raad van bestuur adopts it after the OR's advice, and is asked to staff
    webcare in the evening and at weekends when its promise outruns its hours."""
    hospital = ss.load(STRATEGIES / "ziekenhuis-amstelzicht.toml")
    hospital = attrs.evolve(
        hospital,
        guidelines=attrs.evolve(hospital.guidelines, adopted=None, works_council_advice=None),
        channels=(
            attrs.evolve(
                hospital.channels[0],
                response_hours=2,
                moderation=ss.Moderation(weekdays=ss.Span(start=dt.time(8), end=dt.time(17))),
            ),
            *hospital.channels[1:],
        ),
    )
    report = ss.score(hospital, today=TODAY)
    by_code = {f.code: f for f in report.findings}
    assert by_code["GUID005"].message.nl.startswith("De raad van bestuur heeft")
    assert "na advies van de OR" in by_code["GUID005"].fix.nl
    assert by_code["GUID006"].title.nl == "Geen advies van de OR"
    assert "avond en het weekend" in by_code["CHAN006"].fix.nl
    texts = {d.code: d.text.nl for d in decisions(hospital, report, today=TODAY)}
    assert texts["adopt-guideline"].endswith("na advies van de OR.")
    assert "avonden en weekenden" in texts["webcare-capacity"]
    guideline = export(hospital, "md", document="guideline", today=TODAY).decode("utf-8")
    assert "nog niet vastgesteld door de raad van bestuur" in guideline
