"""Start: resume a draft, copy an example, begin for a sector, or open a file."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.errors import FileTooLargeError, InvalidStrategyError
from socialstrategy.files import MAX_BYTES, loads
from socialstrategy.fmt import long_date
from socialstrategy.model import Strategy, new_strategy
from socialstrategy.planner import roles, state
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.widgets import header, language, page_path, step_links, t
from socialstrategy.vocab import Sector
from socialstrategy.workspace import Draft, DraftSummary, Workspace, examples_dir

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

step = BY_KEY["start"]


def _draft_label(draft: DraftSummary) -> str:
    """``title · id · 5 december 2026, 10:14``: the id tells copies of one plan apart."""
    changed = dt.datetime.fromtimestamp(draft.modified)  # the server's local time
    label = t(
        "start.resume.item",
        title=draft.title or t("start.resume.unreadable"),
        id=draft.id,
        changed=f"{long_date(changed.date(), lang)}, {changed:%H:%M}",
    )
    # A consultant's list holds several organisations' plans: say whose each is.
    if rights is not None and len(rights.organisations) > 1:
        label += f" · {organisation_names.get(draft.organisation, draft.organisation)}"
    return label


def _css_string(text: str) -> str:
    """*text* as a CSS string (for a `content:` of ours)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def problems(heading: str, error: InvalidStrategyError) -> None:
    """Why a file cannot be opened: one line per problem, as the loader says it."""
    # Not in a code span: a key with a backtick in it would end the span early.
    st.error(heading + "\n\n" + "\n".join(f"- {inert(line)}" for line in error.lines(lang)))


lang = language()
header(step)
space = state.workspace()
rights = roles.rights(space.store)
organisation_names = (
    {o.id: o.shown for o in space.store.directory().organisations()} if rights else {}
)

broken = state.broken()
if broken is not None:
    draft_id, error = broken
    if isinstance(error, InvalidStrategyError):
        problems(t("broken.invalid", id=inert(draft_id)), error)
    else:
        st.warning(t("broken.missing", id=inert(draft_id)))

current = state.draft()
if current is not None:
    with st.container(border=True):
        st.markdown(t("start.current", title=inert(current.strategy.meta.title or current.id)))
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


def opened(draft: Draft) -> None:
    state.open_draft(draft)
    st.switch_page(
        str(page_path(BY_KEY["organisation"])), query_params={state.QUERY_DRAFT: draft.id}
    )


def created(strategy: Strategy, hint: str) -> None:
    """A new draft of *strategy*, opened on the first step; where the disk refuses, why."""
    if state.create(strategy, hint, organisation):
        made = state.draft()
        st.switch_page(
            str(page_path(BY_KEY["organisation"])),
            query_params={state.QUERY_DRAFT: made.id} if made else None,
        )


# Where a new plan goes: "" without sign-in; with it, an organisation the person edits
# for (chosen when there are several); a person who only reads starts none.
organisation = ""
if rights is not None:
    editing = list(rights.editing)
    organisation = editing[0] if editing else ""
    if len(editing) > 1:
        organisation = str(
            st.selectbox(
                t("access.new_in"),
                editing,
                format_func=lambda o: organisation_names.get(o, o),
                key=state.key("start.organisation", keep=state.Keep.PLACE),
                help=t("access.new_in.help"),
            )
        )
may_create = rights is None or bool(rights.editing)
resume: DeltaGenerator
if may_create:
    resume, example, sector, upload = st.tabs(
        [
            t("start.tab.resume"),
            t("start.tab.example"),
            t("start.tab.sector"),
            t("start.tab.upload"),
        ]
    )
else:
    st.caption(t("access.cannot_create"))
    resume = st.container()
with resume:
    # Only the plans the person may see (all of them without sign-in).
    drafts = {d.id: d for d in roles.visible(space.store, space.summaries())}
    if not drafts:
        st.caption(t("start.resume.none"))
    else:
        # Nothing chosen until the manager chooses: the first plan of a shared workspace
        # may be someone else's.
        chosen = st.selectbox(
            t("start.resume.choose"),
            list(drafts),
            index=None,
            placeholder=t("start.resume.placeholder"),
            key=state.key("start.resume", keep=state.Keep.PLACE),
            # Labels made now, in this run's language (a label made later, outside the
            # run, could come out in another).
            format_func={i: _draft_label(d) for i, d in drafts.items()}.__getitem__,
        )
        if st.button(
            t("start.resume.open"),
            key="start.resume.open",
            type="primary",
            disabled=chosen is None,
        ):
            try:
                opened(space.open(str(chosen)))
            except InvalidStrategyError as exc:
                problems(t("start.upload.invalid"), exc)
if may_create:
    with example:
        examples = Workspace(examples_dir())
        # By file name, in file-name order; shown by title.
        titles = {f"{d.id}.toml": d.title for d in sorted(examples.summaries(), key=lambda d: d.id)}
        chosen_example = st.selectbox(
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
            t("start.example.open"),
            key="start.example.open",
            type="primary",
            disabled=chosen_example is None,
        ):
            stem = str(chosen_example).removesuffix(".toml")
            created(loads(examples.path(stem).read_text(encoding="utf-8")), hint=stem)
    with sector:
        chosen_sector = st.selectbox(
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
            t("start.sector.create"),
            key="start.sector.create",
            type="primary",
            disabled=chosen_sector is None,
        ):
            fresh = new_strategy(chosen_sector or Sector.OTHER, name.strip(), language=lang)
            created(fresh, hint=name or (chosen_sector or Sector.OTHER).label(lang))
    with upload:
        # Streamlit writes the uploader's button and limit in English only ("Upload",
        # "16MB per file"): the words are hidden and ours are shown in their place.
        browse = _css_string(t("start.upload.browse"))
        limit = _css_string(t("start.upload.limit", mb=MAX_BYTES // (1024 * 1024)))
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
            t("start.upload.label"),
            type=["toml"],
            key="start.upload",
            max_upload_size=MAX_BYTES // (1024 * 1024),
        )
        if uploaded is not None and st.button(
            t("start.upload.open"), key="start.upload.open", type="primary"
        ):
            try:
                if uploaded.size > MAX_BYTES:
                    raise FileTooLargeError([], file=uploaded.name)
                strategy = loads(uploaded.getvalue(), file=uploaded.name)
            except FileTooLargeError:
                st.error(t("start.upload.too_large", limit=MAX_BYTES // (1024 * 1024)))
            except InvalidStrategyError as exc:
                problems(t("start.upload.invalid"), exc)
            else:
                created(strategy, hint=uploaded.name.removesuffix(".toml"))

step_links(step)
