"""The start step's sections: the plan open now, where a new plan goes, and the four ways
to a plan (resume one, copy an example, begin for a sector, open a file)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs
import streamlit as st

from socialstrategy.access.rights import Rights
from socialstrategy.errors import FileTooLargeError, InvalidStrategyError
from socialstrategy.files import MAX_BYTES, loads
from socialstrategy.fmt import long_date
from socialstrategy.model import new_strategy
from socialstrategy.planner import roles, state
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import language, page_path, t
from socialstrategy.vocab import Sector
from socialstrategy.workspace import Workspace, examples_dir

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

    from socialstrategy.model import Strategy
    from socialstrategy.workspace import Draft, DraftSummary


@attrs.frozen
class Visitor:
    """Who is on Start: their rights (None without sign-in), the names of their
    organisations, and the organisation a new plan goes to ("" without sign-in)."""

    rights: Rights | None
    names: dict[str, str]
    organisation: str = ""

    @property
    def may_create(self) -> bool:
        """A person who only reads starts no plan."""
        return self.rights is None or bool(self.rights.editing)


def visitor(space: Workspace) -> Visitor:
    """The person on Start; with several organisations to edit for, the one a new plan
    goes to is chosen here."""
    rights = roles.rights(space.store)
    if rights is None:
        return Visitor(None, {})
    names = {o.id: o.shown for o in space.store.directory().organisations()}
    editing = list(rights.editing)
    organisation = editing[0] if editing else ""
    if len(editing) > 1:
        organisation = str(
            st.selectbox(
                t("access.new_in"),
                editing,
                format_func=lambda o: names.get(o, o),
                key=state.key("start.organisation", keep=state.Keep.PLACE),
                help=t("access.new_in.help"),
            )
        )
    return Visitor(rights, names, organisation)


def problems(heading: str, error: InvalidStrategyError) -> None:
    """Why a file cannot be opened: one line per problem, as the loader says it."""
    # Not in a code span: a key with a backtick in it would end the span early.
    lines = "\n".join(f"- {inert(line)}" for line in error.lines(language()))
    st.error(heading + "\n\n" + lines)


def broken() -> None:
    """Why the plan named in the address could not be opened."""
    found = state.broken()
    if found is None:
        return
    draft_id, error = found
    if isinstance(error, InvalidStrategyError):
        problems(t("broken.invalid", id=inert(draft_id)), error)
    else:
        st.warning(t("broken.missing", id=inert(draft_id)))


def current() -> None:
    """The plan open now: continue with it, or close it."""
    draft = state.draft()
    if draft is not None:
        with st.container(border=True):
            st.markdown(t("start.current", title=inert(draft.strategy.meta.title or draft.id)))
            left, right = st.columns(2)
            left.page_link(
                str(page_path(BY_KEY["organisation"])),
                label=t("start.continue"),
                icon=":material/arrow_forward:",
            )
            if right.button(t("start.close"), key="start.close"):
                state.close()
                st.rerun()
    # No server path: a manager has no use for it; a visitor learns the server from it.
    st.caption(t("start.saved_where"))


def tabs(person: Visitor) -> tuple[DeltaGenerator, ...]:
    """A tab for each way to a plan; only "resume" for a person who cannot create."""
    if not person.may_create:
        st.caption(t("access.cannot_create"))
        return (st.container(),)
    return tuple(
        st.tabs([t(f"start.tab.{tab}") for tab in ("resume", "example", "sector", "upload")])
    )


def _opened(draft: Draft) -> None:
    state.open_draft(draft)
    st.switch_page(
        str(page_path(BY_KEY["organisation"])), query_params={state.QUERY_DRAFT: draft.id}
    )


def _created(strategy: Strategy, hint: str, organisation: str) -> None:
    """A new draft of *strategy*, opened on the first step; where the disk refuses, why."""
    if state.create(strategy, hint, organisation):
        made = state.draft()
        st.switch_page(
            str(page_path(BY_KEY["organisation"])),
            query_params={state.QUERY_DRAFT: made.id} if made else None,
        )


def _draft_label(draft: DraftSummary, person: Visitor) -> str:
    """``title · id · 5 december 2026, 10:14``: the id tells copies of one plan apart."""
    lang = language()
    changed = dt.datetime.fromtimestamp(draft.modified)  # the server's local time
    label = t(
        "start.resume.item",
        title=draft.title or t("start.resume.unreadable"),
        id=draft.id,
        changed=f"{long_date(changed.date(), lang)}, {changed:%H:%M}",
    )
    # A consultant's list holds several organisations' plans: say whose each is.
    if person.rights is not None and len(person.rights.organisations) > 1:
        label += f" · {person.names.get(draft.organisation, draft.organisation)}"
    return label


def resume(space: Workspace, person: Visitor) -> None:
    """Open one of the plans the person may see (all of them without sign-in)."""
    drafts = {d.id: d for d in roles.visible(space.store, space.summaries())}
    if not drafts:
        st.caption(t("start.resume.none"))
        return
    # Nothing chosen until the manager chooses: the first plan of a shared workspace may
    # be someone else's.
    chosen = st.selectbox(
        t("start.resume.choose"),
        list(drafts),
        index=None,
        placeholder=t("start.resume.placeholder"),
        key=state.key("start.resume", keep=state.Keep.PLACE),
        # Labels made now, in this run's language (a label made later, outside the run,
        # could come out in another).
        format_func={i: _draft_label(d, person) for i, d in drafts.items()}.__getitem__,
    )
    if st.button(
        t("start.resume.open"), key="start.resume.open", type="primary", disabled=chosen is None
    ):
        try:
            _opened(space.open(str(chosen)))
        except InvalidStrategyError as exc:
            problems(t("start.upload.invalid"), exc)


def example(person: Visitor) -> None:
    """A copy of a bundled example, by its title."""
    examples = Workspace(examples_dir())
    # By file name, in file-name order; shown by title.
    titles = {f"{d.id}.toml": d.title for d in sorted(examples.summaries(), key=lambda d: d.id)}
    chosen = st.selectbox(
        t("start.example.choose"),
        list(titles),
        index=None,
        placeholder=t("start.example.placeholder"),
        key=state.key("start.example", keep=state.Keep.PLACE),
        format_func=lambda n: titles[n] or n.removesuffix(".toml"),
        help=t("start.example.help"),
        filter_mode=None,  # a short list: typing that matches nothing says "No results"
    )
    if st.button(
        t("start.example.open"), key="start.example.open", type="primary", disabled=chosen is None
    ):
        stem = str(chosen).removesuffix(".toml")
        text = examples.path(stem).read_text(encoding="utf-8")
        _created(loads(text), stem, person.organisation)


def sector(person: Visitor) -> None:
    """A fresh plan with the sector's model texts."""
    lang = language()
    chosen = st.selectbox(
        t("start.sector.choose"),
        list(Sector),
        index=None,
        placeholder=t("start.sector.placeholder"),
        key=state.key("start.sector", keep=state.Keep.PLACE),
        format_func=lambda s: s.label(lang),
        help=t("start.sector.help"),
        filter_mode=None,
    )
    name = st.text_input(t("start.sector.name"), key="start.sector.name")
    if st.button(
        t("start.sector.create"), key="start.sector.create", type="primary", disabled=chosen is None
    ):
        kind = chosen or Sector.OTHER
        fresh = new_strategy(kind, name.strip(), language=lang)
        _created(fresh, name or kind.label(lang), person.organisation)


def _css_string(text: str) -> str:
    """*text* as a CSS string (for a `content:` of ours)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def upload(person: Visitor) -> None:
    """A strategy file from the manager's computer."""
    limit_mb = MAX_BYTES // (1024 * 1024)
    # Streamlit writes the uploader's button and limit in English only ("Upload",
    # "16MB per file"): the words are hidden and ours are shown in their place.
    browse = _css_string(t("start.upload.browse"))
    limit = _css_string(t("start.upload.limit", mb=limit_mb))
    st.html(
        "<style>"
        "[data-testid='stFileUploaderDropzone'] button p,"
        "[data-testid='stFileUploaderDropzoneInstructions'] span{font-size:0}"
        f"[data-testid='stFileUploaderDropzone'] button p::after{{content:{browse};"
        "font-size:0.875rem}"
        f"[data-testid='stFileUploaderDropzoneInstructions'] span::after{{content:{limit};"
        "font-size:0.875rem}"
        "</style>"
    )
    uploaded = st.file_uploader(
        t("start.upload.label"), type=["toml"], key="start.upload", max_upload_size=limit_mb
    )
    if uploaded is None or not st.button(
        t("start.upload.open"), key="start.upload.open", type="primary"
    ):
        return
    try:
        if uploaded.size > MAX_BYTES:
            raise FileTooLargeError([], file=uploaded.name)
        strategy = loads(uploaded.getvalue(), file=uploaded.name)
    except FileTooLargeError:
        st.error(t("start.upload.too_large", limit=limit_mb))
    except InvalidStrategyError as exc:
        problems(t("start.upload.invalid"), exc)
    else:
        _created(strategy, uploaded.name.removesuffix(".toml"), person.organisation)


__all__ = [
    "Visitor",
    "broken",
    "current",
    "example",
    "problems",
    "resume",
    "sector",
    "tabs",
    "upload",
    "visitor",
]
