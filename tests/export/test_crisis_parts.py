"""The crisis plan's triage, decision tree, stakeholder map and message principles in the
report and on the pocket card, in every format: the exported files are opened and read."""

from __future__ import annotations

import html
import io
import re

import attrs
import docx
import pypdf
import pytest

import socialstrategy as ss
from socialstrategy.export import build, export
from socialstrategy.export.outline import Bullets, Pairs, Table
from socialstrategy.export.texts import T
from socialstrategy.i18n import Language
from tests.export.built import LANGUAGES, TODAY, document, section, strategy, text_of
from tests.export.rendered import example, squeeze

HOSPITAL = "ziekenhuis-amstelzicht"
languages = pytest.mark.parametrize("language", LANGUAGES)


def _parts(s: ss.Strategy) -> list[str]:
    """Every text the manager wrote in the four parts."""
    c = s.crisis
    return [
        *(x.question for x in c.triage),
        *(x.when for x in c.responses),
        *(x.action for x in c.responses),
        *(x.how for x in c.stakeholders),
        *(x.meaning for x in c.principles),
    ]


@languages
def test_the_report_has_the_four_parts_in_the_skeletons_order(language: Language) -> None:
    doc = document(HOSPITAL, "report", language)
    crisis = section(doc, T("report.crisis", language))
    titles = [b.text for b in crisis if getattr(b, "level", 0) == 2]
    expected = [
        "report.crisis.tiers",
        "report.crisis.triage",
        "report.crisis.responses",
        "report.crisis.escalation",
        "report.crisis.first_hour",
        "report.crisis.scenarios",
        "report.crisis.stakeholders",
        "report.crisis.principles",
        "report.crisis.prevention",
        "report.crisis.clocks",
    ]
    assert titles == [T(key, language) for key in expected]
    text = text_of(doc)
    for written in _parts(strategy(HOSPITAL)):
        assert written in text


@languages
def test_triage_reads_as_questions_with_their_level(language: Language) -> None:
    s = strategy(HOSPITAL)
    (questions,) = [
        b
        for b in section(
            document(HOSPITAL, "report", language), T("report.crisis.triage", language)
        )
        if isinstance(b, Bullets)
    ]
    first = s.crisis.triage[0]
    level = first.raises_to.label(language).lower()
    assert questions.items[0] == T(
        "report.crisis.triage.item", language, question=first.question, level=level
    )
    assert questions.items[0].endswith(("Zo ja: calamiteit.", "If yes: calamity."))


def test_stakeholders_inside_come_first_each_by_time() -> None:
    """Inside alongside outside: staff, the board and the councils first, then the
    outside world, each in the order they hear it."""
    s = strategy(HOSPITAL)
    (table,) = [
        b
        for b in section(document(HOSPITAL, "report", "nl"), T("report.crisis.stakeholders", "nl"))
        if isinstance(b, Table)
    ]
    sides = [row[1] for row in table.rows]
    assert sides == sorted(sides, key=lambda side: side != "intern")
    assert table.rows[0][:4] == (
        "Medewerkers",
        "intern",
        "Manager Communicatie & Marketing",
        "binnen 1 uur",
    )
    assert len(table.rows) == len(s.crisis.stakeholders)


def test_a_plan_without_the_parts_says_so_in_the_report() -> None:
    s = strategy(HOSPITAL)
    bare = attrs.evolve(s, crisis=attrs.evolve(s.crisis, triage=(), principles=()))
    doc = build(bare, "report", language="nl", today=TODAY)
    for key in ("report.crisis.triage", "report.crisis.principles"):
        assert [b.text for b in section(doc, T(key, "nl"))] == [T("report.none", "nl")]


@languages
def test_the_pocket_card_has_the_four_parts(language: Language) -> None:
    s = strategy(HOSPITAL)
    doc = document(HOSPITAL, "pocket", language)
    text = text_of(doc)
    for x in s.crisis.triage:
        assert x.question in text
    (tree,) = [b for b in section(doc, T("pocket.responses", language)) if isinstance(b, Table)]
    assert [row[0] for row in tree.rows] == [r.kind.label(language) for r in s.crisis.responses]
    assert tree.columns == tuple(
        T(k, language)
        for k in ("report.crisis.answer", "report.crisis.when", "report.crisis.decides")
    )
    (who,) = [b for b in section(doc, T("pocket.stakeholders", language)) if isinstance(b, Table)]
    assert len(who.rows) == len(s.crisis.stakeholders)
    (principles,) = [
        b for b in section(doc, T("pocket.principles", language)) if isinstance(b, Pairs)
    ]
    assert [p[1] for p in principles.items] == [p.meaning for p in s.crisis.principles]


@pytest.mark.parametrize(
    ("sector", "level"), [(ss.Sector.ELDERLY_CARE, "calamiteit"), (ss.Sector.WELFARE, "crisis")]
)
def test_a_card_without_triage_asks_good_practices_questions(sector: ss.Sector, level: str) -> None:
    """Client safety first; a calamity where the Wkkgz applies, else a crisis."""
    blank = strategy("start-hier")
    plan = attrs.evolve(blank, organisation=attrs.evolve(blank.organisation, sector=sector))
    doc = build(plan, "pocket", language="nl", today=TODAY)
    blocks = section(doc, T("pocket.triage", "nl"))
    assert blocks[0].text == T("pocket.default", "nl")
    (questions,) = [b for b in blocks if isinstance(b, Bullets)]
    assert questions.items[0].endswith(f"Zo ja: {level}.")
    assert len(questions.items) == 5
    assert T("pocket.principles.default", "nl") in text_of(doc)


# The files themselves ---------------------------------------------------------------


def _pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_the_report_pdf_holds_the_parts() -> None:
    _, data = example("pdf", HOSPITAL, "report", "nl")
    text = squeeze("".join(_pdf_text(data)))
    for written in _parts(strategy(HOSPITAL)):
        assert squeeze(written) in text


def test_the_pocket_pdf_puts_what_does_not_fit_on_the_back() -> None:
    """Two sides: the levels, triage and the decision tree on the front; who is
    informed and how we speak on the back, all still there."""
    _, data = example("pdf", HOSPITAL, "pocket", "nl")
    front, back = (squeeze(page) for page in _pdf_text(data))
    s = strategy(HOSPITAL)
    assert squeeze(s.crisis.triage[0].question) in front
    assert squeeze(T("pocket.responses", "nl")) in front
    assert squeeze(T("pocket.stakeholders", "nl")) in back
    for principle in s.crisis.principles:
        assert squeeze(principle.meaning) in back


@pytest.mark.parametrize("kind", ["report", "pocket"])
def test_the_docx_holds_the_parts(kind: str) -> None:
    _, data = example("docx", HOSPITAL, kind, "nl")
    word = docx.Document(io.BytesIO(data))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    text = squeeze("\n".join([*(p.text for p in word.paragraphs), *cells]))
    s = strategy(HOSPITAL)
    for x in s.crisis.triage:
        assert squeeze(x.question) in text
    for x in s.crisis.responses:
        assert squeeze(x.when) in text
    for x in s.crisis.principles:
        assert squeeze(x.meaning) in text
    assert squeeze(T("report.crisis.inside", "nl")) in text


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_html_and_markdown_hold_the_parts(fmt: str) -> None:
    _, data = example(fmt, HOSPITAL, "report", "nl")
    text = squeeze(html.unescape(re.sub(r"<[^>]+>", " ", data.decode("utf-8"))))
    text = text.replace("\\", "")  # Markdown escapes
    for written in _parts(strategy(HOSPITAL)):
        assert squeeze(written) in text


@pytest.mark.parametrize(
    ("sector", "clients", "regulator"),
    [
        (ss.Sector.HOSPITAL, "Patiënten", "Toezichthouder (IGJ, AP)"),
        (ss.Sector.YOUTH_CARE, "Jongeren", "Toezichthouder (IGJ, AP)"),
        (ss.Sector.WELFARE, "Deelnemers en bewoners", "Toezichthouder (AP, gemeente)"),
    ],
)
def test_the_stakeholders_are_named_in_the_sectors_words(
    sector: ss.Sector, clients: str, regulator: str
) -> None:
    """A hospital informs its patients, not 'Cliënten'; welfare work answers to the
    municipality and the AP, not the IGJ: in the report and on the pocket card (the PDF
    opened and read)."""
    fresh = ss.new_strategy(sector, "Proef")
    kinds = {k.kind for k in fresh.crisis.stakeholders}
    assert {ss.StakeholderKind.CLIENTS, ss.StakeholderKind.INSPECTORATE} <= kinds
    for kind in ("report", "pocket"):
        doc = build(fresh, kind, language="nl", today=TODAY)
        first = [row[0] for b in doc.blocks if isinstance(b, Table) for row in b.rows]
        assert clients in first
        assert regulator in first
        if clients != "Cliënten":
            assert "Cliënten" not in first
    text = squeeze(" ".join(_pdf_text(export(fresh, "pdf", document="pocket", today=TODAY))))
    assert squeeze(regulator) in text
    if "IGJ" not in regulator:
        assert "IGJ" not in text
