"""What every document builder shares: the sources, names by id, and plain-text formats.

Builders write plain text only (renderers escape); dates, numbers, hours and time
windows are written here once, the way a Dutch or English reader expects them.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Final, Literal

import attrs

from socialstrategy import fmt
from socialstrategy.export import outline
from socialstrategy.export.texts import T
from socialstrategy.i18n import Language
from socialstrategy.model import Goal, Strategy, governance
from socialstrategy.model.names import display_name, names_by_id, unknown
from socialstrategy.scoring import Level, Report

if TYPE_CHECKING:
    from collections.abc import Iterable

    from socialstrategy.model import Moderation, Span
    from socialstrategy.scoring import Finding

#: What a table cell or value shows when the plan says nothing.
DASH: Final = "—"
_LEVELS: Final[dict[Level, Literal["error", "warning", "advice"]]] = {
    Level.ERROR: "error",
    Level.WARNING: "warning",
    Level.ADVICE: "advice",
}


@attrs.frozen
class Sources:
    """The strategy, its score, the language and the day a document is built for."""

    strategy: Strategy
    report: Report
    language: Language
    today: dt.date

    def t(self, key: str, **params: object) -> str:
        """The document string *key* in this document's language; it may name the
        governance in effect (``{adopter}``, ``{advice}``, ``{clients}``, ``{records}``)."""
        return T(key, self.language, **{**self._words, **params})

    @functools.cached_property
    def _words(self) -> dict[str, str]:
        return dict(governance(self.strategy.organisation).placeholders()[self.language])

    @functools.cached_property
    def _named(self) -> dict[type, dict[str, str]]:
        return {}

    def _names(self, kind: type) -> dict[str, str]:
        if kind not in self._named:
            self._named[kind] = names_by_id(self.strategy, kind, self.language)
        return self._named[kind]

    def name(self, kind: type, id_: str) -> str:
        """The name of the part of *kind* (``Role``, ``Goal``...) with id *id_*, by the
        model's one naming policy; empty for no id; never the id itself."""
        if not id_:
            return ""
        return self._names(kind).get(id_) or unknown(kind, self.language)

    def names(self, kind: type, ids: Iterable[str]) -> str:
        """Names of several parts, comma-separated; empty when there are none."""
        return ", ".join(self.name(kind, id_) for id_ in ids)

    def called(self, part: object) -> str:
        """What *part* itself is called (:func:`~socialstrategy.model.names.display_name`)."""
        return display_name(part, self.language)

    def goal_number(self, goal: Goal) -> str:
        """``G1``, ``G2``…: how tables and the board pack refer to goals."""
        return f"G{self.strategy.goals.index(goal) + 1}"

    def goal_ref(self, id_: str) -> str:
        """``G2`` for the goal with id *id_*; a goal the plan does not hold by the naming
        policy's fallback, never by its id."""
        for goal in self.strategy.goals:
            if goal.id == id_:
                return self.goal_number(goal)
        return unknown(Goal, self.language)

    def document(
        self,
        kind: str,
        *,
        title: str,
        subtitle: str,
        cover: tuple[tuple[str, str], ...],
        blocks: Iterable[outline.Block],
        one_page: bool = False,
        two_sided: bool = False,
        flows: bool = False,
        contents: bool = False,
        short: bool = False,
    ) -> outline.Document:
        """A document of this organisation's strategy, in this language, of this day."""
        return outline.Document(
            kind=kind,
            language=self.language,
            title=title,
            subtitle=subtitle,
            organisation=self.strategy.organisation.name,
            cover=cover,
            date=self.today,
            blocks=tuple(blocks),
            one_page=one_page,
            two_sided=two_sided,
            flows=flows,
            contents=contents,
            short=short,
        )

    # Formats -------------------------------------------------------------------------

    def date(self, day: dt.date | None, missing: str = "") -> str:
        """``20 februari 2027``; when there is no date, the text key *missing* says so
        (``nog niet vastgesteld``), else a dash."""
        if day:
            return fmt.long_date(day, self.language)
        return self.t(missing) if missing else DASH

    def short_date(self, day: dt.date | None) -> str:
        """``20-02-2027`` or ``20 Feb 2027``, for tables; a dash when there is no date."""
        if day is None:
            return DASH
        if self.language == "nl":
            return fmt.date(day, "nl")
        return fmt.medium_date(day, "en")

    def number(self, value: float | None) -> str:
        """``7,1`` and ``1.500`` in Dutch, ``7.1`` and ``1,500`` in English, whole numbers
        without decimals."""
        return DASH if value is None else fmt.number(value, self.language)

    def figure(self, value: float | None, unit: str) -> str:
        """A measured value with its unit: ``46%``, ``9 per kwartaal``."""
        if value is None:
            return DASH
        if unit.strip() == "%":
            return f"{self.number(value)}%"
        return f"{self.number(value)} {unit}".strip()

    def hours(self, value: float | None) -> str:
        """``30 minuten``, ``1 uur``, ``24 uur``; a dash when there is none."""
        return DASH if value is None else fmt.duration(value, self.language)

    def within(self, value: float | None) -> str:
        return DASH if value is None else self.t("common.within", time=self.hours(value))

    def listed(self, items: Iterable[str], most: int = 5) -> str:
        """``a, b en c``, each once; past *most* items, the first ones and how many more."""
        unique = list(dict.fromkeys(items))
        if len(unique) > most:
            shown = unique[: most - 1]
            more = self.t("common.more", count=len(unique) - len(shown))
            return fmt.items([*shown, more], self.language)
        return fmt.items(unique, self.language)

    def yes_no(self, flag: bool) -> str:
        return self.t("common.yes" if flag else "common.no")

    def moderation(self, moderation: Moderation) -> str:
        """``ma–vr 08:30–17:00, weekend 10:00–14:00; niet 's avonds``: the windows
        someone watches, then those nobody does, in words rather than a dash."""
        if not moderation.covered:
            return self.t("common.moderation.none")
        parts = (
            ("common.moderation.weekdays", moderation.weekdays),
            ("common.moderation.evenings", moderation.evenings),
            ("common.moderation.weekends", moderation.weekends),
        )
        covered = ", ".join(self.t(key, span=span_text(span)) for key, span in parts if span)
        gaps = [self.t(f"{key}.gap") for key, span in parts if span is None]
        if not gaps:
            return covered
        return self.t(
            "common.moderation.uncovered",
            covered=covered,
            gaps=fmt.items(gaps, self.language),
        )


def span_text(span: Span | None) -> str:
    return f"{span.start:%H:%M}–{span.end:%H:%M}" if span else DASH


def cover(src: Sources) -> tuple[tuple[str, str], ...]:
    """The cover lines every document shares: organisation, revision, date, author."""
    meta = src.strategy.meta
    lines = [
        (src.t("common.organisation"), src.strategy.organisation.name),
        (src.t("common.revision"), str(meta.revision)),
        (src.t("common.date"), src.date(src.today)),
        (src.t("common.author"), meta.author),
    ]
    return tuple((label, value) for label, value in lines if value)


def pairs(items: Iterable[tuple[str, str]]) -> list[outline.Block]:
    """A Pairs block of the items that have a value; nothing when none has. A row that
    would only show a dash is left out: a young plan's report lists what it holds, and
    says what is missing where that matters (``nog niet vastgesteld``), not ``—``."""
    kept = tuple((label, value) for label, value in items if value.strip() not in ("", DASH))
    return [outline.Pairs(kept)] if kept else []


def pairs_or_none(src: Sources, items: Iterable[tuple[str, str]]) -> outline.Block:
    """The Pairs of the items that have a value, or a note that nothing is recorded."""
    kept = pairs(items)
    return kept[0] if kept else outline.Paragraph(src.t("report.none"), "note")


def finding(found: Finding, language: Language) -> outline.Finding:
    """A scoring finding as an outline block."""
    return outline.Finding(
        level=_LEVELS[found.level],
        label=found.title.get(language),
        text=found.message.get(language),
        fix=found.fix.get(language),
    )
