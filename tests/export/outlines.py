"""Hand-made outlines that use every block type, for the renderer tests.

The renderers must not depend on what today's builders happen to produce: these
outlines carry long Dutch texts, a wide table with long cells, findings of every level,
every chart, a page break, characters outside Latin-1 and ``<script>`` wherever a user
could have typed it (heading, paragraph, table cell, bullet, chart label).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import attrs

import socialstrategy as ss
from socialstrategy import charts
from socialstrategy.export.outline import (
    Block,
    Bullets,
    Chart,
    Document,
    Finding,
    Heading,
    PageBreak,
    Pairs,
    Paragraph,
    Table,
)
from tests.conftest import STRATEGIES

TODAY = dt.date(2026, 11, 23)
SCRIPT = "<script>alert(1)</script>"
LARGEST = max(STRATEGIES.glob("*.toml"), key=lambda p: p.stat().st_size)

LONG = (
    "Sociale media zijn voor Ziekenhuis Amstelzicht geen doel op zich: ze dienen de "
    "verwijzing, de voorbereiding op een opname en de nazorg. Patiënten en naasten "
    "zoeken 's avonds en in het weekend informatie, juist wanneer de polikliniek "
    "gesloten is; daarom is webcare tot 22.00 uur bemand en beantwoorden we vragen via "
    "Facebook en WhatsApp binnen één uur. Medewerkers zijn ambassadeurs, maar delen "
    "nooit iets wat tot een patiënt herleidbaar is: ‘anoniem’ is niet hetzelfde als "
    "‘onherkenbaar’. Kosten: € 12.500 per jaar — inclusief scholing ≥ 2 dagdelen."
)
SPECIAL = "Cliëntenraad, coördinatie, reïntegratie, naïef, € 1.250, ‘quotes’ – “dubbel” — ✓ & <b>"


def script_strategy() -> ss.Strategy:
    """The largest example with its first goal titled like an attack."""
    strategy = ss.load(LARGEST)
    first, *rest = strategy.goals
    return attrs.evolve(strategy, goals=(attrs.evolve(first, title=SCRIPT), *rest))


@functools.cache
def chart_specs() -> dict[str, dict[str, Any]]:
    """Every chart of :mod:`socialstrategy.charts`, drawn for :func:`script_strategy`."""
    strategy = script_strategy()
    report = ss.score(strategy, today=TODAY)
    return {
        "radar": charts.area_radar(report, "nl"),
        "maturity": charts.maturity_chart(report, "nl"),
        "readiness": charts.readiness_chart(strategy, "nl"),
        "coverage": charts.coverage_matrix(strategy, "nl"),
        "traceability": charts.traceability(strategy, "nl"),
        "timeline": charts.action_timeline(strategy, "nl", TODAY),
    }


WIDE = Table(
    columns=("Kanaal", "Doelgroepen", "Doel", "Bezetting", "Reactietijd", "Eigenaar"),
    rows=(
        (
            "Facebook-pagina Ziekenhuis Amstelzicht",
            "Patiënten, naasten en mantelzorgers, inwoners van het verzorgingsgebied",
            "Patiënten voorbereiden op opname en ontslag met korte video's en een "
            "vaste vragenrubriek op dinsdagavond",
            "ma–vr 08.00–22.00, za–zo 10.00–18.00",
            "Binnen 1 uur",
            "Communicatieadviseur online",
        ),
        (
            "LinkedIn-bedrijfspagina",
            "Verpleegkundigen, OK-assistenten en medisch specialisten (werving)",
            SCRIPT,
            "ma–vr 09.00–17.00",
            "Binnen 1 werkdag",
            "Recruiter",
        ),
        (
            "WhatsApp Business (webcare)",
            "Patiënten en naasten",
            "Vragen over afspraken; nooit medische spoed (bel 112 of de SEH)",
            "dagelijks 08.00–22.00",
            "Binnen 30 minuten",
            "Teamleider webcare",
        ),
        (
            "Instagram",
            SPECIAL,
            "Een-heel-lang-samengesteld-woord-zonder-spaties-"
            "verpleegkundigenwervingscampagnecoördinatieoverleg",
            "—",
            "—",
            "",
        ),
    ),
    widths=(2.2, 2.6, 3.4, 1.8, 1.3, 1.7),
)


def report_outline() -> Document:
    """A multi-page document with every block type (the shape of the full report)."""
    specs = chart_specs()
    blocks: list[Block] = [
        Heading("Managementsamenvatting"),
        Paragraph(LONG, style="lead"),
        Pairs(
            (
                ("Totaalscore", "72 van 100"),
                ("Volwassenheidsniveau", "3 — Planmatig"),
                ("Volgende stap", SCRIPT),
            )
        ),
        Heading("De drie belangrijkste volgende stappen", level=2),
        Bullets(
            (
                "Koppel elk doel aan een primair proces, zodat sociale media geen doel op "
                "zich worden.",
                SCRIPT,
                SPECIAL,
            )
        ),
        Chart(specs["radar"], "Score per onderdeel", width_cm=12),
        Chart(specs["maturity"], "Volwassenheid", width_cm=15),
        PageBreak(),
        Heading("Doelen"),
        Heading(SCRIPT, level=2),
        Paragraph(SCRIPT),
        Paragraph(LONG),
        Heading("Indicatoren", level=3),
        Paragraph(
            "Nulmeting en streefwaarde per kwartaal, gemeten door de afdeling Kwaliteit.",
            style="note",
        ),
        Chart(specs["traceability"], "Van primair proces tot actie", width_cm=17),
        Heading("Kanalen"),
        WIDE,
        Chart(specs["coverage"], "Dekking van doelgroepen", width_cm=16),
        Heading("Bevindingen per onderdeel"),
        Heading("Doelen", level=2),
        Finding(
            level="error",
            label="Doel zonder primair proces",
            text="Het doel ‘Meer volgers op Instagram’ dient geen primair proces.",
            fix="Koppel het doel aan intake, behandeling of nazorg, of schrap het.",
        ),
        Finding(
            level="warning",
            label="Indicator zonder nulmeting",
            text=LONG,
            fix="Meet de beginwaarde voordat de campagne start.",
        ),
        Finding(level="advice", label=SCRIPT, text=SPECIAL, fix=SCRIPT),
        Heading("Actieplan", level=2),
        Chart(specs["timeline"], "Actieplan in de tijd", width_cm=17),
        Chart(specs["readiness"], "Checkvragen", width_cm=13),
        Paragraph(LONG),
        Paragraph(LONG),
    ]
    return Document(
        kind="report",
        language="nl",
        title="Sociale-mediastrategie Ziekenhuis Amstelzicht 2026–2028",
        subtitle="Rapport met score, bevindingen en grafieken",
        organisation="Ziekenhuis Amstelzicht",
        cover=(("Revisie", "7"), ("Datum", "23 november 2026"), ("Auteur", SCRIPT)),
        date=TODAY,
        blocks=tuple(blocks),
    )


def board_outline() -> Document:
    """A dense one-page document (the shape of the board pack): OGSM table, radar, gaps."""
    specs = chart_specs()
    ogsm = Table(
        columns=("Doelstelling", "Doelen", "Strategieën", "Maatregelen"),
        rows=tuple(
            (
                "Patiënten vinden online betrouwbare informatie over hun opname",
                f"Doel {i}: {SCRIPT if i == 2 else 'meer verwijzingen via de website'}",
                "Video's, vaste vragenrubriek, webcare tot 22.00 uur",
                "Aantal vragen binnen 1 uur beantwoord ≥ 90% (nu 48%)",
            )
            for i in range(1, 6)
        ),
        widths=(1.0, 1.3, 1.3, 1.3),
    )
    return Document(
        kind="board",
        language="nl",
        title="Bestuursnotitie sociale media",
        subtitle="Ziekenhuis Amstelzicht · revisie 7",
        organisation="Ziekenhuis Amstelzicht",
        cover=(("Datum", "23 november 2026"), ("Revisie", "7")),
        date=TODAY,
        one_page=True,
        blocks=(
            Paragraph("Sociale media dienen de zorg: " + LONG[:200], style="lead"),
            Heading("Strategie op één pagina (OGSM)", level=2),
            ogsm,
            Chart(specs["radar"], "Score per onderdeel", width_cm=8),
            Heading("De vijf grootste hiaten", level=2),
            Bullets((*(f"Hiaat {i}: {SPECIAL}" for i in range(1, 5)), SCRIPT)),
            Heading("Gevraagde besluiten", level=2),
            Bullets(
                (
                    "Stel de richtlijn sociale media vast na advies van de OR.",
                    "Wijs een woordvoerder en een plaatsvervanger aan.",
                    "Geef budget vrij voor webcare in de avond (€ 12.500).",
                )
            ),
            Finding(
                level="error",
                label="Crisisplan zonder bereikbaarheid 's nachts",
                text="Niemand is tussen 22.00 en 08.00 uur bereikbaar.",
                fix="Neem de dienstdoende manager op in de belboom.",
            ),
        ),
    )


def pocket_outline() -> Document:
    """A short one-page document in English (the shape of the crisis pocket card)."""
    return Document(
        kind="pocket",
        language="en",
        title="Crisis pocket card",
        organisation="Ziekenhuis Amstelzicht",
        cover=(("Date", "23 November 2026"),),
        date=TODAY,
        one_page=True,
        blocks=(
            Heading("What counts as what", level=2),
            Pairs(
                (
                    ("Incident", "A post that names a client or colleague."),
                    ("Calamity", "Serious harm to a client: report to the IGJ."),
                    ("Crisis", SCRIPT),
                )
            ),
            Heading("Who to call", level=2),
            Table(
                columns=("Order", "Role", "Day", "Night"),
                rows=(
                    ("1", "Webcare lead", "020 555 0101", "020 555 0199"),
                    ("2", "Spokesperson", "06 1234 5678", "06 1234 5678"),
                    ("3", "Board member on call", "020 555 0100", "020 555 0100"),
                ),
                widths=(0.6, 2, 1.2, 1.2),
            ),
            Heading("Legal clocks", level=2),
            Bullets(("Data leak: the Autoriteit Persoonsgegevens within 72 hours.", SCRIPT)),
            Finding(level="warning", label="Holding statement", text=SPECIAL, fix="—"),
        ),
    )


def texts(document: Document) -> list[str]:
    """Every piece of user-visible text in *document*, block by block."""
    out = [document.title, document.organisation]
    if document.subtitle:
        out.append(document.subtitle)
    out.extend(value for pair in document.cover for value in pair)
    for block in document.blocks:
        if isinstance(block, Heading | Paragraph):
            out.append(block.text)
        elif isinstance(block, Bullets):
            out.extend(block.items)
        elif isinstance(block, Pairs):
            out.extend(value for pair in block.items for value in pair)
        elif isinstance(block, Table):
            out.extend(block.columns)
            out.extend(cell for row in block.rows for cell in row)
        elif isinstance(block, Finding):
            out.extend((block.label, block.text, block.fix))
    return [text for text in out if text]


def headings(document: Document) -> list[str]:
    return [block.text for block in document.blocks if isinstance(block, Heading)]


OUTLINES = {"report": report_outline, "board": board_outline, "pocket": pocket_outline}
