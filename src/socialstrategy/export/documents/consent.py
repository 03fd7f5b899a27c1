"""The consent register for the data protection officer (functionaris gegevensbescherming).

What consent there is per image or series, who signed, where the images may be and are
shown, and until when; each record's findings marked in a status column and spelled out
below the table. The spreadsheet export (:mod:`socialstrategy.export.spreadsheet`) writes
the same cells, one row per record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from socialstrategy import fmt
from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, Sources, finding, pairs
from socialstrategy.model import Channel, ConsentRecord, Strategy
from socialstrategy.scoring import Finding, Report, codes
from socialstrategy.vocab import SECTOR_WORDS, ConsentReach

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language

SECTION: Final = 2
RECORD: Final = 3
#: The short status a rule's finding gives a record in the table: the column a privacy
#: officer scans. A rule not listed here shows its title.
_STATUS: Final = {
    codes.CONSENT_EXPIRED: "consent.status.expired",
    codes.MINOR_WITHOUT_PARENT: "consent.status.signatory",
    codes.REPRESENTATIVE_NOT_SIGNED: "consent.status.signatory",
    codes.CLIENT_NOT_SIGNED: "consent.status.signatory",
    codes.PUBLISHED_BEYOND_SCOPE: "consent.status.beyond",
    codes.SHOWN_AFTER_WITHDRAWAL: "consent.status.still_shown",
    codes.CONSENT_UNDATED: "consent.status.incomplete",
    codes.NO_PSEUDONYM: "consent.status.incomplete",
    codes.PSEUDONYM_LOOKS_LIKE_NAME: "consent.status.name",
    codes.CONSENT_WITHOUT_SCOPE: "consent.status.incomplete",
}


@attrs.frozen
class Entry:
    """One record of the register, its number in the table, and the findings about it."""

    number: int
    record: ConsentRecord
    findings: tuple[Finding, ...]


def entries(strategy: Strategy, report: Report) -> list[Entry]:
    """The register's records in order, each with the findings whose path lies in it."""
    out = []
    for index, record in enumerate(strategy.consents):
        path = f"consents[{index}]"
        about = tuple(
            f
            for f in report.findings
            if f.path == path or f.path.startswith((f"{path}.", f"{path}["))
        )
        out.append(Entry(index + 1, record, about))
    return out


# --- cells, shared with the spreadsheet -------------------------------------------------


def pseudonym(src: Sources, record: ConsentRecord) -> str:
    return record.pseudonym.strip() or src.t("consent.no_pseudonym")


def situation(src: Sources, record: ConsentRecord) -> str:
    return record.situation.label(src.language)


def signed(src: Sources, record: ConsentRecord) -> str:
    """Who signed, as the vocabulary names them; 'niemand' when nobody did."""
    if not record.signatories:
        return src.t("consent.nobody")
    return ", ".join(s.label(src.language) for s in record.signatories)


def reach(src: Sources, record: ConsentRecord) -> str:
    """'Intern', 'Extern', 'Intern en extern'; 'niet vastgelegd' when nothing says."""
    if record.reach is None:
        return "" if record.channels else src.t("consent.reach.open")
    return src.t(_REACH[record.reach])


_REACH: Final = {
    ConsentReach.INTERNAL: "consent.reach.internal",
    ConsentReach.EXTERNAL: "consent.reach.external",
    ConsentReach.BOTH: "consent.reach.both",
}


def status(src: Sources, entry: Entry) -> str:
    """What a reader scans for: the findings in a few words, else in order or withdrawn."""
    marks: list[str] = []
    for found in entry.findings:
        key = _STATUS.get(found.code)
        mark = src.t(key) if key else found.title.get(src.language)
        if mark not in marks:
            marks.append(mark)
    if marks:
        return "; ".join(marks)
    if entry.record.withdrawn is not None and entry.record.withdrawn <= src.today:
        return src.t("consent.status.withdrawn")
    return src.t("consent.status.ok")


# --- the document -----------------------------------------------------------------------


def build(
    strategy: Strategy, report: Report, language: Language, today: dt.date
) -> outline.Document:
    src = Sources(strategy, report, language, today)
    register = entries(strategy, report)
    clients = SECTOR_WORDS[strategy.organisation.sector].clients.get(language)
    blocks: list[outline.Block] = [
        outline.Paragraph(src.t("consent.intro", clients=fmt.capital(clients))),
        outline.Paragraph(src.t("consent.as_of", date=src.date(today)), "note"),
    ]
    blocks += _summary(src, register)
    blocks.append(outline.Heading(src.t("consent.register"), SECTION))
    if register:
        blocks.append(_table(src, register))
    else:
        blocks.append(outline.Paragraph(src.t("consent.none"), "note"))
    if register:
        blocks += _findings(src, register)
    return src.document(
        kind="consent",
        title=src.t("consent.title"),
        # The organisation first, as on the crisis card: the register is theirs.
        subtitle=" · ".join(
            x for x in (strategy.organisation.name, src.t("consent.subtitle")) if x
        ),
        cover=_cover(src),
        blocks=blocks,
    )


def _cover(src: Sources) -> tuple[tuple[str, str], ...]:
    lines = [
        (src.t("common.organisation"), src.strategy.organisation.name),
        (src.t("common.date"), src.date(src.today)),
    ]
    return tuple((label, value) for label, value in lines if value)


def _summary(src: Sources, register: list[Entry]) -> list[outline.Block]:
    policy = src.strategy.guidelines.consent
    records = SECTOR_WORDS[src.strategy.organisation.sector].records.get(src.language)
    expired = sum(
        1 for e in register if e.record.expires is not None and e.record.expires < src.today
    )
    withdrawn = sum(1 for e in register if e.record.withdrawn is not None)
    out: list[outline.Block] = [outline.Heading(src.t("consent.policy"), SECTION)]
    out += pairs(
        [
            (src.t("consent.policy.recorded"), policy.recorded_in or records),
            (src.t("consent.policy.withdrawal"), policy.withdrawal),
            (src.t("consent.summary.records"), str(len(register))),
            (src.t("consent.summary.findings"), str(sum(1 for e in register if e.findings))),
            (src.t("consent.summary.expired"), str(expired)),
            (src.t("consent.summary.withdrawn"), str(withdrawn)),
        ]
    )
    return out


def _short(src: Sources, code: str) -> str:
    return src.t(f"consent.short.{code}")


def _term(src: Sources, record: ConsentRecord) -> str:
    """From when until when, on two lines: 'vanaf 01-03-2026' and 't/m 01-03-2027'."""
    start = (
        src.t("consent.term.from", date=src.short_date(record.given))
        if record.given
        else src.t("consent.term.undated")
    )
    if record.withdrawn is not None:
        end = src.t("consent.term.withdrawn", date=src.short_date(record.withdrawn))
    elif record.expires is not None:
        end = src.t("consent.term.until", date=src.short_date(record.expires))
    else:
        end = src.t("consent.until_withdrawn")
    return f"{start}\n{end}"


def _table(src: Sources, register: list[Entry]) -> outline.Table:
    rows = []
    for entry in register:
        r = entry.record
        about = [_short(src, r.situation.code)]
        if r.represented:
            about.append(src.t("consent.represented"))
        # One item a line: a comma would glue itself to the longest word of a narrow column.
        who = f"{entry.number}. {r.what or DASH}\n{pseudonym(src, r)} ({', '.join(about)})"
        names = "\n".join(_short(src, s.code) for s in r.signatories) or src.t("consent.nobody")
        channels = [src.name(Channel, c) for c in r.channels]
        if channels:  # the consent names its channels: it holds for those alone
            channels[0] = src.t("consent.only", channel=channels[0])
        scope = "\n".join(x for x in (reach(src, r), *channels) if x)
        shown = "\n".join(src.name(Channel, c) for c in r.published_on) or DASH
        rows.append((who, names, scope, _term(src, r), shown, status(src, entry)))
    columns = (
        src.t("consent.col.what_who"),
        src.t("consent.col.signed"),
        src.t("consent.col.reach"),
        src.t("consent.col.term"),
        src.t("consent.col.published"),
        src.t("consent.col.status"),
    )
    return outline.Table(columns, tuple(rows), widths=(2.4, 1.2, 1.7, 1.3, 1.7, 1.2))


def _findings(src: Sources, register: list[Entry]) -> list[outline.Block]:
    out: list[outline.Block] = [outline.Heading(src.t("consent.findings"), SECTION)]
    found = [e for e in register if e.findings]
    if not found:
        out.append(outline.Paragraph(src.t("consent.findings.none"), "note"))
    for entry in found:
        title = src.t("consent.record", number=entry.number, what=entry.record.what or DASH)
        out.append(outline.Heading(title, RECORD))
        out += [finding(f, src.language) for f in entry.findings]
    return out
