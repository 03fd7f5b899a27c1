"""The score trend: the plan's score now beside that of its last adopted revision, per
area, with an arrow and a word; and the adopted and reviewed revisions with their
scores. The progress report has it whole; the board pack in a line and bullets
(:func:`compact`).

The arrows are :class:`~socialstrategy.scoring.trend.Change`'s, taken from the rounded
scores the reader sees (as in the planner and on the command line).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.export import outline
from socialstrategy.scoring.trend import Change, Direction, compare

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.scoring.areas import Area
    from socialstrategy.scoring.trend import Comparison, History

#: Up to this many areas that stayed level are named in the board pack's paragraph;
#: more are counted ("de andere zeven onderdelen").
NAMED = 2


def move(src: Sources, change: Change) -> str:
    """``▲ hoger``, ``▼ lager`` or ``= gelijk``."""
    direction = change.direction
    return src.t("trend.move", arrow=direction.arrow, word=direction.label(src.language))


def _areas(comparison: Comparison) -> list[tuple[Area, Change]]:
    """The areas' changes in the planner's order."""
    return sorted(comparison.areas.items(), key=lambda item: item[0].order)


def _comparison(src: Sources, history: History) -> Comparison | None:
    return compare(src.report, history.scored)


def blocks(src: Sources, history: History, level: int = 1) -> list[outline.Block]:
    """The trend under a heading of *level*: the table per area (or a sentence when no
    revision was adopted), then the adopted and reviewed revisions."""
    out: list[outline.Block] = [outline.Heading(src.t("trend.heading"), level)]
    comparison = _comparison(src, history)
    if comparison is None:
        maturity = src.report.maturity
        out.append(
            outline.Paragraph(
                src.t(
                    "trend.none",
                    score=round(src.report.overall),
                    level=maturity.level,
                    name=maturity.name.get(src.language),
                )
            )
        )
    else:
        out += _table(src, comparison)
    out += _revisions(src, history, level + 1)
    return out


def _table(src: Sources, comparison: Comparison) -> list[outline.Block]:
    baseline = comparison.baseline
    rows = [
        (area.label(src.language), *_cells(src, change.before, change.now))
        for area, change in _areas(comparison)
    ]
    overall = comparison.overall
    rows.append((src.t("trend.overall"), *_cells(src, overall.before, overall.now)))
    rows.append((src.t("trend.level"), *_cells(src, baseline.level, src.report.maturity.level)))
    return [
        outline.Paragraph(
            src.t("trend.since", revision=baseline.number, date=src.date(baseline.saved_on))
        ),
        outline.Table(
            (
                src.t("trend.area"),
                f"{src.t('trend.adopted')} ({src.short_date(baseline.saved_on)})",
                src.t("trend.now"),
                src.t("trend.change"),
            ),
            tuple(rows),
            widths=(4.0, 2.0, 1.2, 1.6),
        ),
    ]


def _cells(src: Sources, before: float, now: float) -> tuple[str, str, str]:
    return str(round(before)), str(round(now)), move(src, Change(before=before, now=now))


def _revisions(src: Sources, history: History, level: int) -> list[outline.Block]:
    """The adopted and reviewed revisions, newest first; nothing when there are none."""
    if not history.scored:
        return []
    rows = tuple(
        (
            src.short_date(point.saved_on),
            str(point.number),
            src.t("trend.revisions.adopted" if point.adopted else "trend.revisions.review"),
            str(round(point.overall)),
            str(point.level),
        )
        for point in sorted(history.scored, key=lambda p: p.number, reverse=True)
    )
    return [
        outline.Heading(src.t("trend.revisions"), level),
        outline.Table(
            (
                src.t("trend.revisions.date"),
                src.t("trend.revisions.revision"),
                src.t("trend.revisions.kind"),
                src.t("trend.revisions.overall"),
                src.t("trend.revisions.level"),
            ),
            rows,
            widths=(1.6, 1.0, 2.0, 1.6, 1.2),
        ),
    ]


def compact(src: Sources, history: History) -> list[outline.Block]:
    """The trend for the board pack: a line with the overall score and level, then a
    bullet for the areas that went up, one for those that went down, and one for those
    that stayed level; nothing when no revision was adopted (the plan's status says so
    already)."""
    comparison = _comparison(src, history)
    if comparison is None:
        return []
    baseline, overall = comparison.baseline, comparison.overall
    level_now = src.report.maturity.level
    line = src.t(
        "trend.compact",
        revision=baseline.number,
        date=src.date(baseline.saved_on),
        before=round(overall.before),
        now=round(overall.now),
        move=move(src, overall),
        level_before=baseline.level,
        level_now=level_now,
        level_move=move(src, Change(before=baseline.level, now=level_now)),
    )
    grouped: dict[Direction, list[str]] = {d: [] for d in Direction}
    for area, change in _areas(comparison):
        direction = change.direction
        words = area.label(src.language)
        if direction is not Direction.SAME:
            words = src.t(
                "trend.compact.area", area=words, before=round(change.before), now=round(change.now)
            )
        grouped[direction].append(words)
    level = grouped[Direction.SAME]
    if len(level) == len(comparison.areas):
        grouped[Direction.SAME] = [src.t("trend.compact.all")]
    elif len(level) > NAMED:
        grouped[Direction.SAME] = [src.t("trend.compact.rest", count=len(level))]
    bullets = tuple(
        src.t(
            "trend.compact.group",
            arrow=direction.arrow,
            word=fmt.capital(direction.label(src.language)),
            areas="; ".join(grouped[direction]),
        )
        for direction in (Direction.UP, Direction.DOWN, Direction.SAME)
        if grouped[direction]
    )
    return [outline.Paragraph(line), outline.Bullets(bullets)]
