"""The review step's sections: the score at a glance, the parts, the charts, the open
findings by part, what changed since an earlier revision, and the downloads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from socialstrategy import charts, fmt
from socialstrategy.errors import StrategyIOError
from socialstrategy.export import DOCUMENTS, MEDIA, formats
from socialstrategy.export.names import file_name
from socialstrategy.files import dumps
from socialstrategy.i18n import Text
from socialstrategy.model import Acceptance
from socialstrategy.model._fields import FieldError
from socialstrategy.model.diff import diff
from socialstrategy.planner import plan_files, state, tables, widgets
from socialstrategy.planner.components import downloads as buttons
from socialstrategy.planner.markup import inert
from socialstrategy.planner.sections import trend
from socialstrategy.planner.steps import BY_AREA
from socialstrategy.planner.widgets import language, page_path, t
from socialstrategy.scoring import RULES, Level
from socialstrategy.scoring.accepted import NOT_ACCEPTABLE

if TYPE_CHECKING:
    from collections.abc import Mapping

    from socialstrategy.model import Strategy
    from socialstrategy.scoring import Report
    from socialstrategy.storage import Revision


def summary(report: Report) -> None:
    """The overall score, the maturity level, the open findings, and the next step."""
    lang = language()
    open_count = t(
        "review.open.value",
        errors=len(report.by_level(Level.ERROR)),
        warnings=len(report.by_level(Level.WARNING)),
        advice=len(report.by_level(Level.ADVICE)),
    )
    left, middle, right = st.columns(3)
    left.metric(t("review.overall"), f"{round(report.overall)}/100")
    middle.metric(t("review.level"), f"{report.maturity.level} · {report.maturity.name.get(lang)}")
    right.metric(t("review.open"), len(report.findings), help=open_count)
    right.caption(open_count)
    st.caption(report.maturity.description.get(lang))
    if report.next_step is not None:
        st.info(
            t(
                "review.next",
                fix=report.next_step.fix.get(lang),
                about=inert(report.next_step.message.get(lang)),
            ),
            icon=":material/flag:",
        )


def areas(report: Report) -> None:
    """The score of each part, as a radar and as a table."""
    lang = language()
    radar, table = st.columns([3, 2])
    with radar:
        spec = state.memo(f"radar.{lang}", lambda _: charts.area_radar(report, lang))
        st.vega_lite_chart(spec, width="stretch", theme=None)
    with table:
        st.dataframe(
            [
                {
                    t("review.part"): area.label(lang),
                    t("review.score"): round(area_score.score),
                }
                for area, area_score in report.areas.items()
            ],
            hide_index=True,
            width="stretch",
        )


def chart(report: Report) -> None:
    """One chart of the plan, chosen by the manager."""
    lang = language()
    views = {
        "readiness": (t("review.chart.readiness"), lambda s: charts.readiness_chart(s, lang)),
        "coverage": (t("review.chart.coverage"), lambda s: charts.coverage_matrix(s, lang)),
        "chain": (t("review.chart.chain"), lambda s: charts.traceability(s, lang)),
        "timeline": (
            t("review.chart.timeline"),
            lambda s: charts.action_timeline(s, lang, state.shown_on()),
        ),
        "maturity": (t("review.chart.maturity"), lambda _: charts.maturity_chart(report, lang)),
    }
    # Only the chosen chart is built and sent: a tab row would render all of them.
    chosen = st.segmented_control(
        t("review.chart"),
        list(views),
        default="readiness",
        format_func=lambda k: views[k][0],
        key=state.key("review.chart", keep=state.Keep.PLACE),
        label_visibility="collapsed",
    )
    if chosen is not None:
        _, build = views[chosen]
        # These have fixed sizes: stretched, their axis labels push them off the page.
        fixed = chosen in ("readiness", "coverage", "timeline")
        st.vega_lite_chart(
            state.memo(f"{chosen}.{lang}", build),
            width="content" if fixed else "stretch",
            theme=None,
        )


def findings(report: Report) -> None:
    """The open findings, per part, each part with a link to its step."""
    lang = language()
    if not report.findings:
        st.success(t("review.findings.none"), icon=":material/check_circle:")
    for area, area_score in report.areas.items():
        if not area_score.findings:
            continue
        target = BY_AREA[area]
        with st.expander(f"{area.label(lang)} · {round(area_score.score)}/100"):
            widgets.finding_list(area_score.findings)
            st.page_link(
                str(page_path(target)),
                label=t("review.goto", step=target.title.get(lang)),
                icon=":material/arrow_forward:",
            )
    if report.accepted:
        accepted(report)


def accepted(report: Report) -> None:
    """The findings the plan accepts for now, with their reason and date: out of the
    score, not out of sight."""
    lang = language()
    with st.expander(t("review.accepted", count=len(report.accepted))):
        st.caption(t("review.accepted.intro"))
        for item in report.accepted:
            found, acceptance = item.finding, item.acceptance
            until = acceptance.until
            st.markdown(
                t(
                    "review.accepted.item",
                    title=inert(found.title.get(lang)),
                    code=found.code,
                    message=inert(found.message.get(lang)),
                    reason=inert(acceptance.reason),
                    until=t("review.accepted.until", date=fmt.long_date(until, lang))
                    if until
                    else t("review.accepted.open"),
                )
            )


def acceptances(strategy: Strategy) -> tuple[Acceptance, ...]:
    """The plan's acceptances as a table, to add, extend or remove one: the rows as
    they are now (the page saves them)."""
    rows = strategy.meta.accepted
    focused = st.query_params.get("focus", "").startswith("meta.accepted")
    with st.expander(
        t("review.acceptances", count=len(rows)),
        expanded=focused,
        icon=":material/handshake:",
    ):
        st.markdown(t("review.acceptances.intro"))
        label_of = _rule_labels(rows)
        code_of = {label: code for code, label in label_of.items()}
        return tables.edit(
            "meta.accepted",
            rows,
            [
                tables.Column(
                    "rule",
                    st.column_config.SelectboxColumn(
                        t("review.acceptances.col.rule"),
                        options=list(label_of.values()),
                        width=300,
                    ),
                    lambda a: label_of.get(a.rule, a.rule),
                    needed=True,
                ),
                tables.Column(
                    "reason",
                    st.column_config.TextColumn(
                        t("review.acceptances.col.reason"),
                        help=t("review.acceptances.col.reason.help"),
                        width=270,
                    ),
                    lambda a: a.reason,
                    needed=True,
                ),
                tables.date_column(
                    "until",
                    t("review.acceptances.col.until"),
                    lambda a: a.until,
                    help=t("review.acceptances.col.until.help"),
                    width=140,
                ),
            ],
            lambda row, original: _acceptance(row, original, code_of),
        )


def _rule_labels(rows: tuple[Acceptance, ...]) -> dict[str, str]:
    """The label of every rule that can be accepted, by code ("GOAL003 · title"); a code
    a row holds that no rule has (a typo in the file) keeps its own code as label."""
    lang = language()
    labels = {
        code: f"{code} · {RULES[code].title.get(lang)}"
        for code in sorted(RULES)
        if code not in NOT_ACCEPTABLE
    }
    for row in rows:
        labels.setdefault(row.rule, row.rule)
    return labels


def _acceptance(
    row: Mapping[str, Any], original: Acceptance | None, code_of: Mapping[str, str]
) -> Acceptance:
    """A row read back; an existing row keeps the part it is about (not shown)."""
    label = tables.text(row["rule"])
    if not label:
        raise FieldError("rule", Text("kies eerst de regel", "choose the rule first"))
    return Acceptance(
        rule=code_of.get(label, label),
        path=original.path if original is not None else "",
        reason=tables.text(row["reason"]),
        until=tables.day(row["until"]),
    )


def changes() -> None:
    """What changed since an earlier saved revision of the plan, in words; the manager
    picks the revision (the one before the current, at first; before the one open to
    read, while one is)."""
    current = state.draft()
    if current is None:
        return
    space = state.workspace()
    earlier = [r for r in space.history(current.id) if r.digest != current.digest]
    reading = state.viewing()
    if reading is not None:  # an earlier revision open to read: what came before it
        earlier = [r for r in earlier if r.number < reading.revision]
    if not earlier:
        st.caption(t("review.changes.first"))
        return
    by_number = {r.number: r for r in earlier}
    numbers: list[int] = [r.number for r in reversed(earlier)]
    chosen: int | None = st.selectbox(
        t("review.changes.since"),
        numbers,
        format_func=lambda number: _revision_words(by_number[number]),
        key=state.key("review.changes.since", keep=state.Keep.PLACE),
        filter_mode=None,
    )
    if chosen is None:  # only without options, which were checked above
        return
    try:
        old = space.open_revision(current.id, chosen).strategy
    except StrategyIOError:  # not kept (a file changed outside the store), or unreadable
        st.warning(t("review.changes.gone"), icon=":material/history:")
        return
    lang = language()
    differences = state.memo(f"diff.{current.id}.{chosen}", lambda plan: diff(old, plan)) or ()
    if not differences:
        st.success(t("review.changes.none"), icon=":material/check_circle:")
    else:
        count = fmt.plural(
            len(differences), t("review.changes.one"), t("review.changes.many"), lang
        )
        st.caption(count)
        st.markdown("\n".join(f"- {inert(d.sentence.get(lang))}" for d in differences))
    # That revision as it was, to read in the planner or keep: it is never changed.
    view, download = st.columns(2)
    view.button(
        t("review.changes.view", number=chosen),
        help=t("review.changes.view.help"),
        on_click=_view,
        args=(chosen,),
        icon=":material/visibility:",
        key="review.view.revision",
    )
    buttons.plan_file(
        download,
        t("review.changes.download", number=chosen),
        old,
        words=f"versie {chosen}",
        icon=":material/history:",
        key="review.download.revision",
    )


def _view(number: int) -> None:
    """Open revision *number* to read on every step (a button's callback)."""
    state.view_revision(number)


def _revision_words(revision: Revision) -> str:
    """A revision in a picker: its number, when it was saved and by whom."""
    lang = language()
    saved = revision.saved_at.astimezone()
    when = f"{fmt.long_date(saved.date(), lang)} {saved:%H:%M}"
    if revision.author:
        return t(
            "review.changes.revision.by", number=revision.number, when=when, author=revision.author
        )
    return t("review.changes.revision", number=revision.number, when=when)


def downloads(strategy: Strategy) -> None:
    """The plan as a file, and a document of it in a chosen format."""
    lang = language()
    history = trend.past()  # the board pack's score trend and what changed since adoption
    buttons.plan_file(
        st.container(),
        t("review.export.toml"),
        strategy,
        data=state.memo("toml", lambda s: dumps(s).encode("utf-8")) or b"",
        help=t("review.export.toml.help"),
        icon=":material/download:",
        key="review.download.toml",
    )
    kind_column, format_column = st.columns(2)
    chosen_document = kind_column.selectbox(
        t("review.export.document"),
        list(DOCUMENTS),
        format_func={kind: t(f"review.export.document.{kind}") for kind in DOCUMENTS}.__getitem__,
        key=state.key("review.export.document", keep=state.Keep.PLACE),
        filter_mode=None,  # short lists: typing that matches nothing says Streamlit's "No results"
    )
    document = chosen_document or "report"
    offered = list(formats(document))  # CSV only for a document that is a table
    chosen_format = format_column.selectbox(
        t("review.export.format"),
        offered,
        index=offered.index("pdf"),
        format_func={code: t(f"review.export.format.{code}") for code in MEDIA}.__getitem__,
        key=state.key("review.export.format", keep=state.Keep.PLACE),
        filter_mode=None,
    )
    # A format the new document does not have (CSV, after switching from the register): PDF.
    fmt = chosen_format or "pdf"
    if fmt not in offered:
        fmt = "pdf"
    export_name = file_name(strategy, document, fmt, lang, fallback="strategie")
    buttons.document(
        st.container(),
        t("review.export.download", name=inert(export_name)),
        strategy,
        document,
        fmt,
        help=t("review.export.json.help" if fmt == "json" else "review.export.download.help"),
        icon=":material/description:",
        key="review.download.export",
        history=history,
    )
    plan_files.show(strategy, history)  # the calendar and the action plan workbook


__all__ = ["acceptances", "areas", "changes", "chart", "downloads", "findings", "summary"]
