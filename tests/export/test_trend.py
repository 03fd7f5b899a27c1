"""The score trend: per area an arrow and a word against the last adopted revision, in
the progress report's table and on the board pack, which still fits its pages."""

from __future__ import annotations

import io

import attrs
import pypdf
import pytest

import socialstrategy as ss
from socialstrategy import fmt
from socialstrategy.export import build, export
from socialstrategy.export.outline import Bullets, Paragraph, Table
from socialstrategy.export.texts import T
from socialstrategy.i18n import Language
from socialstrategy.scoring import score
from socialstrategy.scoring.areas import Area
from socialstrategy.scoring.trend import History, Scored
from tests.export import built
from tests.export.built import LANGUAGES, TODAY, section, text_of
from tests.export.histories import (
    ADOPTED_ON,
    ADOPTED_REVISION,
    MATURE,
    example_with_history,
    progress,
    rows,
)
from tests.export.rendered import printed_sizes, squeeze


def _scored(plan: ss.Strategy, offsets: dict[Area, float], overall: float) -> Scored:
    """The adopted revision's score: the plan's score now, each area moved by its offset."""
    now = score(plan, today=TODAY)
    return Scored(
        number=ADOPTED_REVISION,
        saved_on=ADOPTED_ON,
        adopted=True,
        overall=now.overall + overall,
        level=now.maturity.level,
        areas={area: result.score + offsets.get(area, 0.0) for area, result in now.areas.items()},
    )


ARROWS = {"nl": ("▲ hoger", "▼ lager", "= gelijk"), "en": ("▲ higher", "▼ lower", "= unchanged")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_trend_gives_each_area_its_arrow_and_word(language: Language) -> None:
    """Against a constructed adopted revision: areas that were 10 lower went up, 10
    higher went down, the same stayed level; in the report's table and on the board."""
    now, _, _ = example_with_history(MATURE)
    areas = sorted(Area, key=lambda a: a.order)
    offsets = {area: (-10.0, 10.0, 0.0)[i % 3] for i, area in enumerate(areas)}
    history = History(scored=(_scored(now, offsets, -5.0),))
    up, down, same = ARROWS[language]
    expected = {area.label(language): (up, down, same)[i % 3] for i, area in enumerate(areas)}
    table = rows(progress(now, history, language), T("trend.heading", language))
    shown = {row[0]: row[3] for row in table if len(row) == 4}
    assert {k: shown[k] for k in expected} == expected
    assert shown[T("trend.overall", language)] == up
    assert shown[T("trend.level", language)] == same

    board = build(now, "board", language=language, today=TODAY, history=history)
    bullets = next(b for b in section(board, T("board.areas", language)) if isinstance(b, Bullets))
    assert len(bullets.items) == 3
    for item, word, step in zip(bullets.items, (up, down), (0, 1), strict=False):
        arrow, name = word.split(" ")
        assert item.startswith(f"{arrow} {fmt.capital(name)}: ")
        assert [a.label(language) for a in areas if a.label(language) in item] == [
            a.label(language) for a in areas[step::3]
        ]
    rest = T("trend.compact.rest", language, count=len(areas[2::3]))
    assert bullets.items[2] == f"{same.split(' ')[0]} {fmt.capital(same.split(' ')[1])}: {rest}"


def test_an_arrow_never_contradicts_the_rounded_scores_beside_it() -> None:
    now, _, _ = example_with_history(MATURE)
    offsets = {area: (-0.6, 0.6, -0.4, 0.4, -1.2)[i % 5] for i, area in enumerate(Area)}
    history = History(scored=(_scored(now, offsets, 0.0),))
    table = rows(progress(now, history), "Scoreverloop")
    up, down, same = ARROWS["nl"]
    checked = 0
    for _, before, after, arrow in (row for row in table if len(row) == 4):
        expected = up if int(after) > int(before) else down if int(after) < int(before) else same
        assert arrow == expected, (before, after, arrow)
        checked += 1
    assert checked == len(Area) + 2


def test_reviewed_revisions_are_listed_before_any_adoption() -> None:
    plan = built.strategy("welzijn-oost")
    reviewed = attrs.evolve(_scored(plan, {}, -3.0), adopted=False, number=2)
    trend = section(progress(plan, History(scored=(reviewed,))), "Scoreverloop")
    assert isinstance(trend[0], Paragraph)
    assert trend[0].text.startswith("Er is nog geen vastgestelde versie")
    rows = [row for b in trend if isinstance(b, Table) for row in b.rows]
    assert rows == [
        (
            fmt.date(ADOPTED_ON),
            "2",
            "ter bespreking",
            str(round(reviewed.overall)),
            str(reviewed.level),
        )
    ]


@pytest.mark.parametrize("stem", built.EXAMPLE_IDS)
def test_the_board_pack_with_its_arrows_still_fits_and_reads(stem: str) -> None:
    """The board pack of each example with a history: at most two pages, nothing under
    7 pt, and the trend's line on it."""
    now, history, _ = example_with_history(stem)
    data = export(now, "pdf", document="board", today=TODAY, history=history)
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    assert 1 <= len(pages) <= 2
    assert min(size for page in pages for size in printed_sizes(page)) >= 7.0 - 0.01
    text = squeeze("".join(page.extract_text() for page in pages))
    assert squeeze(f"Sinds versie {ADOPTED_REVISION}, vastgesteld op 10 maart 2026") in text


def test_the_board_pack_without_history_has_no_trend() -> None:
    board = built.document(MATURE, "board", "nl")
    assert not [b for b in section(board, "Waar staan we?") if isinstance(b, Bullets)]
    assert "Sinds versie" not in text_of(board)
