"""The planner's router: state, navigation, frame; the pages do the rest."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Final

import streamlit as st

from socialstrategy.planner import identity, panel, per_run, roles, state, widgets
from socialstrategy.planner.components import return_to, revision, signin, status
from socialstrategy.planner.steps import STEPS, Step
from socialstrategy.planner.texts import T
from socialstrategy.planner.widgets import language, page_path, t

if TYPE_CHECKING:
    from collections.abc import Callable

    from streamlit.navigation.page import StreamlitPage

    from socialstrategy.access import Rights


_PAGES = "pages"
#: The page "Toegang en rollen", for organisation admins: not a step of the plan.
_ACCESS_PAGE = Path(__file__).parent / "pages" / "access.py"
_LOG = logging.getLogger(__name__)
#: How often the empty fragment of :func:`_rerun_on_reconnect` runs: rarely, it draws nothing.
_RECONNECT_WATCH: Final = dt.timedelta(minutes=30)


@st.fragment(run_every=_RECONNECT_WATCH)
def _rerun_on_reconnect() -> None:
    """Draws nothing; its timer is what counts.

    When its connection comes back, Streamlit's frontend reruns the page only if a timed
    fragment is on it (or a run was under way). Behind a proxy the connection comes back
    to another replica after one stopped, in a new session: without the rerun the old
    page would stay, looking alive; with it the new session opens the plan from the store
    and says so (``state.reopened``).
    """


def _guarded(part: str, draw: Callable[[], object]) -> None:
    """Draw *part*; if it fails, say so in the manager's words and log the details here.

    A traceback names the server's files and tells a manager nothing; the sidebar and
    the navigation around the failed part stay usable. ``st.rerun``, ``st.stop`` and
    ``st.switch_page`` raise Streamlit's control exceptions, which derive from
    ``BaseException``, not ``Exception``: they pass through.
    """
    try:
        draw()
    except Exception:
        ref = uuid.uuid4().hex[:8]
        _LOG.exception("planner: %s failed (reference %s)", part, ref)
        st.error(t("app.failed", ref=ref), icon=":material/sentiment_dissatisfied:")


def _title(step: Step) -> str:
    """The step's name with its completion: a tick from 80, else the score so far."""
    title = step.title.get(language())
    report = state.report()
    if step.area is None or report is None:
        return title
    score = report.areas[step.area].score
    return f"{title} ✓" if score >= 80 else f"{title} · {round(score)}"


def _page(step: Step, title: str) -> StreamlitPage:
    """The step's page, made once per session and title: ``st.Page`` resolves its file
    anew each time, a cost on every rerun. Kept per session, not shared, because
    ``st.navigation`` marks the page objects of the run it is in.
    """
    made: dict[tuple[str, str], StreamlitPage] = st.session_state.setdefault(_PAGES, {})
    page = made.get((step.key, title))
    if page is None:
        page = made[step.key, title] = st.Page(
            page_path(step),
            title=title,
            icon=step.icon,
            url_path=step.key,
            default=step.key == "start",
        )
    return page


def _sign_in() -> None:
    """The page of a signed-out visitor (a misconfigured [auth] fails in words, too)."""
    _guarded("sign-in page", signin.page)
    return_to.remember()


def _hidden(draw: Callable[[], None]) -> None:
    """Show *draw* at every step's address, and nothing else (no navigation)."""
    title = T("app.title", language())
    st.navigation(
        [st.Page(draw, title=title, url_path=s.key, default=s.key == "start") for s in STEPS],
        position="hidden",
    ).run()


def _no_organisation() -> None:
    _guarded("no-organisation page", signin.no_organisation)


def _access_page(rights: Rights | None) -> list[StreamlitPage]:
    """The page "Toegang en rollen", for an organisation's admins only."""
    if rights is None or not rights.administering:
        return []
    made: dict[tuple[str, str], StreamlitPage] = st.session_state.setdefault(_PAGES, {})
    title = T("access.title", language())
    page = made.get(("toegang", title))
    if page is None:
        page = made["toegang", title] = st.Page(
            _ACCESS_PAGE, title=title, icon=":material/group:", url_path="toegang"
        )
    return [page]


def _settle_rights(rights: Rights | None) -> None:
    """Close a plan the person may no longer see; draw a plan they may only read as such."""
    current = state.draft()
    if rights is None or current is None:
        return
    try:
        organisation = state.workspace().store.organisation_of(current.id)
    except (OSError, ValueError):  # gone meanwhile: the page says so as ever
        return
    if not rights.may_read(organisation):
        state.close()
        return
    role = rights.role(organisation)
    if role is not None and not role.may_edit:
        roles.settle_read_only(True)
        st.info(
            t(
                "access.read_only.comment" if role.may_comment else "access.read_only",
                role=role.label.get(language()),
            ),
            icon=":material/visibility:",
        )


def run() -> None:
    st.set_page_config(
        page_title=T("app.title"),
        page_icon=":material/diversity_3:",
        layout="wide",
        initial_sidebar_state="expanded",
    )
    per_run.new()  # nothing an earlier run in this thread settled holds
    st.session_state.setdefault("language", "nl")
    person = identity.current_person()
    if person is None and identity.sign_in_required():
        # Before the state: a signed-out visit opens no plan, not even one named by `?d=`.
        # Every step's address shows the sign-in page (not Streamlit's "Page not found").
        _hidden(_sign_in)
        return
    signin.exposure_banner()
    rights = roles.rights(state.workspace().store) if person is not None else None
    if rights is not None and not rights.memberships:
        _hidden(_no_organisation)  # signed in, but may see no organisation's plans
        return
    if person is not None:
        return_to.resume()  # before the state reads the URL's draft
    state.init()
    _rerun_on_reconnect()
    with st.sidebar:
        # Drawn before the step titles are made: the control takes the language from the
        # URL (a refresh, a bookmark), and the titles must already be in it. The
        # navigation goes above it in the sidebar wherever it is called.
        signin.language_switch(on_change=state.relabel)
        widgets.settle_language()
        if person is not None:
            signin.sidebar(person)
        status_slot = st.container()
        score_slot = st.container()
    # Expanded: with the admins' page there are thirteen, and Streamlit would fold the
    # last steps away behind an English "View 3 more".
    page = st.navigation(
        [_page(step, _title(step)) for step in STEPS] + _access_page(rights), expanded=True
    )
    _settle_rights(rights)
    if state.viewing() is not None:  # an earlier revision, open to read
        roles.settle_read_only(True)
        _guarded("revision banner", revision.banner)
    _guarded("conflict banner", panel.conflict_banner)
    _guarded("status notice", lambda: status.notice(page.url_path))
    # Filled after the page: the page's own save may fail (or succeed) on this run.
    failure_slot = st.container()
    _guarded(f"step {page.url_path or 'start'}", page.run)
    if state.conflict() is not None or state.notice_outside_change():
        st.rerun()  # show the choice at once, before any further edit
    with failure_slot:
        _guarded("save banner", panel.failure_banner)
    with status_slot:
        _guarded("save status", panel.save_status)
    with score_slot:
        _guarded("score panel", panel.score_panel)
