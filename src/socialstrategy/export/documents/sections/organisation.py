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
            outline.Table(
                (src.t("report.organisation.process"), src.t("report.organisation.description")),
                tuple((src.called(p), p.description or DASH) for p in processes),
                widths=(1, 2),
            )
        )
    out.append(outline.Heading(src.t("report.organisation.roles"), 2))
    if org.roles:
        out.append(
            outline.Table(
                (src.t("report.organisation.role"), src.t("report.organisation.role_does")),
                tuple((src.called(r), r.description or DASH) for r in org.roles),
                widths=(1, 2),
            )
        )
    else:
        out.append(outline.Paragraph(src.t("report.none"), "note"))
    return out


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
