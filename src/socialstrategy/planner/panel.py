"""Always in view: the score, the level, the next step; and a conflict when there is one."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from socialstrategy import fmt
from socialstrategy.files import dumps
from socialstrategy.planner import state
from socialstrategy.planner.components import conflict
from socialstrategy.planner.markup import inert
from socialstrategy.planner.sections import trend
from socialstrategy.planner.steps import step_of
from socialstrategy.planner.widgets import language, page_path, t


def score_panel() -> None:
    report = state.report()
    current = state.draft()
    if report is None or current is None:
        st.caption(t("panel.no_draft"))
        return
    lang = language()
    st.metric(t("panel.overall"), f"{round(report.overall)}/100", help=t("panel.overall.help"))
    st.progress(min(1.0, report.overall / 100))
    since = trend.since_adopted(report)
    if since is not None:
        st.caption(since)
    st.markdown(t("panel.level", level=report.maturity.level, name=report.maturity.name.get(lang)))
    if report.capped is not None:
        st.caption(t("panel.capped", reason=report.capped.get(lang)))
    step = report.next_step
    st.divider()
    st.markdown(f"**{t('panel.next')}**")
    if step is None:
        st.success(t("panel.none"), icon=":material/check_circle:")
    else:
        st.markdown(step.fix.get(lang))
        st.caption(inert(step.message.get(lang)))  # which question, goal or channel it is about
        # To the step and part where the fix is made, which is not always the part the
        # finding is about (a goal's channel is chosen on the channel).
        target = step_of(step.where)
        st.page_link(
            str(page_path(target)),
            label=t("panel.go", step=target.title.get(lang)),
            icon=":material/arrow_forward:",
            query_params={"focus": step.where, state.QUERY_DRAFT: current.id},
        )
    st.caption(t("panel.file", name=inert(f"{current.id}.toml")))


def conflict_banner() -> None:
    """What someone else changed that was combined; a clash waits for the manager."""
    reopened_notice()
    conflict.show()


def reopened_notice() -> None:
    """A session that opened the plan from its address (a refresh, a bookmark, another
    replica after this one stopped) says it shows the plan as the store holds it."""
    when = state.reopened()
    # While an earlier revision is read, its own banner says what is shown.
    if when is None or state.draft() is None or state.viewing() is not None:
        return
    if isinstance(when, dt.datetime):
        clock = when.strftime("%H:%M")
        moment = (
            t("reopened.today", time=clock)
            if when.date() == dt.datetime.now().astimezone().date()
            else t("reopened.earlier", date=fmt.long_date(when.date(), language()), time=clock)
        )
        words = t("reopened.notice", when=moment)
    else:
        words = t("reopened.notice.untimed")
    text, button = st.columns([6, 1], vertical_alignment="center")
    text.info(words, icon=":material/cloud_sync:")
    button.button(t("combined.ok"), key="reopened.ok", on_click=state.dismiss_reopened)


def _reason(failure: state.SaveFailure) -> str:
    return t(f"save.failed.{failure.reason}", detail=failure.detail)


def save_status() -> None:
    """Always in view: when the plan was last saved, or that it was not and why."""
    current = state.draft()
    saved_at, failure = state.save_state()
    if current is None:
        if failure is not None:  # a plan that could not even be created
            st.error(t("save.failed.create", reason=_reason(failure)), icon=":material/error:")
        return
    if failure is not None:
        st.error(t("save.failed.short", reason=_reason(failure)), icon=":material/sync_problem:")
    elif state.viewing() is not None:
        st.caption(f":material/visibility: {t('save.reading')}")
    elif saved_at is not None:
        st.caption(f":material/cloud_done: {t('save.saved', time=saved_at.strftime('%H:%M:%S'))}")
    else:
        st.caption(f":material/cloud_done: {t('save.opened')}")


def failure_banner() -> None:
    """Above the step, while the disk refuses the work: why, try again, or download it."""
    current = state.draft()
    _, failure = state.save_state()
    pending = state.unsaved()
    if current is None or failure is None or pending is None:
        return
    with st.container(border=True):
        st.error(t("save.failed", reason=_reason(failure)), icon=":material/sync_problem:")
        left, right, _ = st.columns([1, 2, 2])
        left.button(
            t("save.retry"), key="save.retry", on_click=state.retry, icon=":material/refresh:"
        )
        right.download_button(
            t("save.download"),
            data=lambda: dumps(pending),
            file_name=f"{current.id}.toml",
            mime="application/toml",
            key="save.download",
            icon=":material/download:",
        )
