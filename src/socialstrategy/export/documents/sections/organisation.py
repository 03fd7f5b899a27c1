"""The organisation: profile, mission, processes and roles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, pairs
from socialstrategy.model import governance
from socialstrategy.vocab import ProcessKind

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources


def blocks(src: Sources) -> list[outline.Block]:
    org = src.strategy.organisation
    lang = src.language
    out: list[outline.Block] = [outline.Heading(src.t("report.organisation"), 1)]
    if org.mission:
        out.append(outline.Paragraph(org.mission, "lead"))
    out += pairs(
        [
            (src.t("report.organisation.name"), org.name),
            (src.t("report.organisation.sector"), org.sector.label(lang)),
            (src.t("report.organisation.employees"), _count(org.employees)),
            (src.t("report.organisation.locations"), _count(org.locations)),
            (src.t("report.organisation.region"), org.region),
            (src.t("report.organisation.funders"), ", ".join(f.label(lang) for f in org.funders)),
            (
                src.t("report.organisation.referrers"),
                ", ".join(r.label(lang) for r in org.referrers),
            ),
            (src.t("report.organisation.bodies"), ", ".join(b.label(lang) for b in org.bodies)),
            *_governance(src),
        ]
    )
    for kind, key in (
        (ProcessKind.PRIMARY, "report.organisation.primary"),
        (ProcessKind.SUPPORTING, "report.organisation.supporting"),
    ):
        processes = [p for p in org.processes if p.kind is kind]
        out.append(outline.Heading(src.t(key), 2))
        if not processes:
            out.append(outline.Paragraph(src.t("report.none"), "note"))
            continue
        out.append(
            _described(
                src,
                [(src.called(p), p.description) for p in processes],
                (src.t("report.organisation.process"), src.t("report.organisation.description")),
            )
        )
    out.append(outline.Heading(src.t("report.organisation.roles"), 2))
    if org.roles:
        out.append(
            _described(
                src,
                [(src.called(r), r.description) for r in org.roles],
                (src.t("report.organisation.role"), src.t("report.organisation.role_does")),
            )
        )
    else:
        out.append(outline.Paragraph(src.t("report.none"), "note"))
    return out


def _described(
    src: Sources, items: list[tuple[str, str]], columns: tuple[str, str]
) -> outline.Block:
    """Names with what they are, as a table; a list of the names alone when none is
    described yet (a column of dashes says nothing)."""
    if not any(description.strip() for _, description in items):
        return outline.Bullets(tuple(name for name, _ in items))
    return outline.Table(
        columns, tuple((name, description or DASH) for name, description in items), widths=(1, 2)
    )


def _governance(src: Sources) -> list[tuple[str, str]]:
    """Who adopts and who has a say, as recorded or as follows from sector and size."""
    g = governance(src.strategy.organisation)
    lang = src.language
    rows = []
    for field, key, value in (
        ("adopted_by", "report.organisation.adopted_by", g.adopted_by.label(lang)),
        (
            "staff_representation",
            "report.organisation.staff",
            g.staff.label(lang) if g.staff else src.t("report.organisation.unknown"),
        ),
        ("client_participation", "report.organisation.clients", g.client.label(lang)),
    ):
        shown = value if field in g.recorded else src.t("report.organisation.assumed", value=value)
        rows.append((src.t(key), shown))
    return rows


def _count(value: int | None) -> str:
    return "" if value is None else str(value)
