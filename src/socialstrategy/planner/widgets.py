"""Reusable pieces of the planner's pages: headers, findings, fields and lists.

Fields take the model's value and the field path, and return the (possibly edited)
value; pages build a new strategy from what they return and hand it to
:func:`socialstrategy.planner.state.update`. Keys come from :func:`state.key`, so a
widget always starts from the model when a step is entered or a plan is (re)opened.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import textwrap
import zlib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import streamlit as st

from socialstrategy import fmt
from socialstrategy.export.documents.parts import part_markdown
from socialstrategy.files import load
from socialstrategy.model import Organisation, governance
from socialstrategy.model._fields import FieldError
from socialstrategy.model.people import people
from socialstrategy.model.starters import unreviewed
from socialstrategy.planner import per_run, state
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import STEPS, Step
from socialstrategy.planner.texts import T
from socialstrategy.scoring import Level
from socialstrategy.vocab import CheckQuestion, Sector
from socialstrategy.workspace import example_for, examples_dir

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from streamlit.delta_generator import DeltaGenerator

    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy
    from socialstrategy.scoring import Finding
    from socialstrategy.vocab import Term

TermT = TypeVar("TermT", bound="Term")
BuiltT = TypeVar("BuiltT")
LEVEL_ICONS = {
    Level.ERROR: ":material/error:",
    Level.WARNING: ":material/warning:",
    Level.ADVICE: ":material/lightbulb:",
}


def language() -> Language:
    """The manager's language: read once per run (a page asks it some seventy times, and
    every read of the session state costs), or from the session until it is settled."""
    settled = per_run.this().settled.language
    return settled if settled is not None else _switched_to()


def _switched_to() -> Language:
    """The language on the switch."""
    return "en" if st.session_state.get("language") == "en" else "nl"


def t(key: str, **params: object) -> str:
    """A planner string in the manager's language."""
    return T(key, language(), **params)


@st.cache_resource(show_spinner=False)
def _example(name: str) -> Strategy:
    # Bundled examples are read-only and the same for everyone: safe to share.
    return load(examples_dir() / name)


def example() -> Strategy:
    """The bundled example of the open plan's sector: a manager in disability care learns
    from a disability-care organisation, not from a hospital."""
    current = state.strategy()
    sector = current.organisation.sector if current is not None else Sector.HOSPITAL
    return _example(example_for(sector))


def words() -> dict[str, str]:
    """The open plan's governance words for texts (``{adopter}``, ``{client_voice}``,
    ``{records}``...; see :meth:`Governance.placeholders`)."""
    current = state.strategy()
    org = current.organisation if current is not None else Organisation()
    return dict(governance(org).placeholders()[language()])


@functools.cache  # asked for every step on every rerun (navigation, links)
def page_path(step: Step) -> Path:
    return Path(__file__).parent / "pages" / step.file


def require_strategy() -> Strategy:
    """The open strategy; without one, a pointer to Start (and the page stops)."""
    current = state.strategy()
    if current is None:
        broken = state.broken()
        if broken is not None:  # the link names a plan that is gone or cannot be read
            key = "broken.missing" if broken[1] is None else "broken.unreadable"
            st.warning(t(key, id=inert(broken[0])), icon=":material/report:")
        st.info(t("step.need_draft"))
        st.page_link(str(page_path(STEPS[0])), label=t("step.go_start"), icon=":material/home:")
        st.stop()
    return current


def header(step: Step, show_example: Callable[[], None] | None = None) -> None:
    """Title, why the step matters, and an example from the bundled strategies."""
    state.enter(step.key)
    st.title(step.title.get(language()))
    # A step's why may name the plan's own bodies ({client_voice}): see words().
    st.markdown(step.why.get(language()).format_map(words()))
    if show_example is not None:
        org = example().organisation.name
        with st.expander(t("step.example", org=org), icon=":material/menu_book:"):
            show_example()
    focus = st.query_params.get("focus")
    report = state.report()
    if focus and report is not None and report.next_step and report.next_step.where == focus:
        st.info(
            t("step.focus", message=inert(report.next_step.message.get(language()))),
            icon=":material/my_location:",
        )


def findings(
    step: Step, prefix: str | tuple[str, ...] | None = None, *, exact: bool = False
) -> None:
    """The findings of this step's area (or under *prefix*, or any of several prefixes
    shown in one place), beside the part they are about.

    With *exact*, only the findings about *prefix* itself: a list as a whole (``crisis.
    scenarios``), not its items (``crisis.scenarios[2]``), which are shown beside each item.
    One rule is one box wherever it is shown: seven audiences without needs are one box
    that names them, not seven.
    """
    report = state.report()
    if report is None or step.area is None:
        return
    prefixes = (prefix,) if isinstance(prefix, str) else prefix
    found = [
        f
        for f in report.areas[step.area].findings
        if prefixes is None
        or any(f.path == p or (not exact and _below(f.path, p)) for p in prefixes)
    ]
    if prefixes is not None:
        for group in _by_rule(found):
            _box(group, beside=True)
        return
    # The rest of the step's findings: those already shown beside their part on this
    # run are counted, not repeated (a near-empty plan was a wall of them twice over).
    shown = per_run.this().collected.findings_shown
    own = _join_beside([f for f in found if (f.code, f.path) not in shown])
    beside = len(found) - sum(len(group) for group in own)
    score = report.areas[step.area].score
    with st.expander(f"{t('step.findings')} · {round(score)}/100", expanded=bool(own)):
        if not found:
            st.success(t("step.no_findings"), icon=":material/check_circle:")
        elif beside:
            one = ".one" if beside == 1 else ""  # "1 punt staat", not "1 punt(en) staan"
            st.caption(t(f"step.findings.beside{one}", count=beside))
        for group in own:
            _box(group, beside=False)


def finding_list(found: Sequence[Finding]) -> None:
    """*found* as boxes, one per rule, the most serious first."""
    for group in _join_beside(found):
        _box(group, beside=False)


def _join_beside(found: Sequence[Finding]) -> list[list[Finding]]:
    """*found* by rule, the most serious first; a rule already in one box beside its part
    on this run takes its other places into that box, and is left out."""
    collected = per_run.this().collected
    boxes = collected.finding_boxes
    own = []
    for group in _by_rule(found):
        there = boxes.get(group[0].code)
        if there is None:
            own.append(group)
            continue
        slot, earlier = there
        collected.findings_shown.update((f.code, f.path) for f in group)
        _draw(slot, earlier, also=group)
    return sorted(own, key=lambda g: (g[0].level.rank, -sum(f.points for f in g)))


def _by_rule(found: Sequence[Finding]) -> list[list[Finding]]:
    """*found* in groups of one rule each, in the order each rule first appears."""
    groups: dict[str, list[Finding]] = {}
    for f in found:
        groups.setdefault(f.code, []).append(f)
    return list(groups.values())


def settle_language() -> None:
    """Called once the language switch is drawn (it may be switched in the URL or on
    the switch): the language holds for the rest of this run."""
    per_run.this().settle(language=_switched_to())


def _below(path: str, prefix: str) -> bool:
    """Whether *path* lies in *prefix*: ``goals[1].owner`` in ``goals[1]``; ``goals[10]`` not."""
    return path.startswith(prefix) and path[len(prefix) : len(prefix) + 1] in (".", "[")


class FindingSlots:
    """Places beside the parts of a page for their findings, filled after the save.

    A page reads its widgets and saves the change near its end; findings drawn before
    that would lag one edit behind. Mark the place with :meth:`here`, then call
    :meth:`fill` after :func:`state.update`.
    """

    def __init__(self, step: Step) -> None:
        self._step = step
        self._slots: list[tuple[DeltaGenerator, tuple[str, ...], bool]] = []

    def here(self, prefix: str, *more: str, exact: bool = False) -> None:
        """A place for the findings under *prefix* (and *more* prefixes: fields shown
        together, whose findings of one rule are then one box, not one box each)."""
        self._slots.append((st.container(), (prefix, *more), exact))

    def fill(self) -> None:
        for slot, prefix, exact in self._slots:
            with slot:
                findings(self._step, prefix, exact=exact)


def _box(group: list[Finding], *, beside: bool) -> None:
    """One box for the findings of one rule; one shown beside its part can take the
    rule's other places later (see :func:`finding_list`)."""
    collected = per_run.this().collected
    collected.findings_shown.update((f.code, f.path) for f in group)
    slot = st.empty()
    if beside:
        boxes = collected.finding_boxes
        code = group[0].code
        # A rule beside two parts keeps both boxes; its other places get one of their own.
        boxes[code] = None if code in boxes else (slot, group)
    _draw(slot, group)


def _draw(slot: DeltaGenerator, group: Sequence[Finding], also: Sequence[Finding] = ()) -> None:
    """``**title** · message`` and the fix; for more places of one rule ``**n× title**``
    and the places by name. The message is escaped: it quotes what the manager typed."""
    lang = language()
    first = group[0]
    count = len(group) + len(also)
    title = first.title.get(lang) if count == 1 else f"{count}× {first.title.get(lang)}"
    title = f"**{title}**"
    if len(group) == 1:
        lines = [f"{title} · {inert(first.message.get(lang))}"]
    else:
        lines = [f"{title} · {_places(group)}"]
    if also:
        lines.append(t("findings.also", places=_places(also)))
    text = "  \n".join([*lines, first.fix.get(lang)])
    if first.level is Level.ERROR:
        slot.error(text, icon=LEVEL_ICONS[first.level])
    elif first.level is Level.WARNING:
        slot.warning(text, icon=LEVEL_ICONS[first.level])
    else:
        slot.info(text, icon=LEVEL_ICONS[first.level])


def _places(group: Sequence[Finding]) -> str:
    """The parts *group* is about, by name (escaped), in order; their messages when a
    part has no name to go by."""
    names = [_place(f.path) for f in group]
    if any(name is None for name in names):
        # Sentences joined by semicolons: each without its own full stop.
        return "; ".join(inert(f.message.get(language()).rstrip(".")) for f in group)
    return ", ".join(dict.fromkeys(n for n in names if n is not None))


_SEGMENT = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def _place(path: str) -> str | None:
    """The name of the innermost list item *path* lies in (``goals[1].owner``: the goal's
    title), escaped; its number when it has no name; None for a path in no list."""
    item: object = state.strategy()
    place = None
    for name, index in _SEGMENT.findall(path):
        item = getattr(item, name, None)
        if not index or not isinstance(item, tuple) or int(index) >= len(item):
            continue
        item = item[int(index)]
        place = _item_name(item, int(index))
    if place is None:
        sections = per_run.this().collected.sections
        holding = [p for p in sections if p == path or _below(path, p)]
        if holding:
            place = inert(sections[max(holding, key=len)])
    return place


def _item_name(item: object, index: int) -> str:
    question = getattr(item, "question", None)
    if isinstance(question, CheckQuestion):
        return t("findings.question", n=list(CheckQuestion).index(question) + 1)
    for attribute in ("name", "title", "kpi"):
        value = getattr(item, attribute, None)
        if isinstance(value, str) and value.strip():
            return inert(value.strip())
    return t("findings.number", n=index + 1)


def step_links(step: Step) -> None:
    """Back and Next, at the foot of a step."""
    index = STEPS.index(step)
    left, right = st.columns(2)
    if index > 0:
        previous = STEPS[index - 1]
        left.page_link(
            str(page_path(previous)),
            label=t("step.previous", step=previous.title.get(language())),
            icon=":material/arrow_back:",
        )
    if index + 1 < len(STEPS):
        following = STEPS[index + 1]
        right.page_link(
            str(page_path(following)),
            label=t("step.next", step=following.title.get(language())),
            icon=":material/arrow_forward:",
        )


# --- fields -------------------------------------------------------------------------


def unique_labels(labels: Mapping[str, str]) -> dict[str, str]:
    """*labels* by id, each one unique: a label two ids share gets its id, ``Teamleider (tl)``.

    A select column holds labels and is read back through them, so two roles with one
    name would otherwise turn into one of them on the next rerun.
    """
    counts = Counter(labels.values())
    return {i: f"{label} ({i})" if counts[label] > 1 else label for i, label in labels.items()}


def _saves(key: str, path: str, convert: Callable[[Any], Any] | None = None) -> dict[str, Any]:
    """The ``on_change`` that saves the field at *path* the moment the widget *key*
    changes (see :func:`state.commit`): a run cut short cannot skip it."""
    return {"on_change": state.commit, "args": (key, path, convert)}


def _chosen(value: Any) -> Any:
    """A choice is never saved as none: an empty select box keeps the field as it was."""
    if value is None:
        raise ValueError("nothing chosen")
    return value


def _day(value: Any) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def text(
    label: str,
    value: str,
    path: str,
    *,
    area: bool = False,
    help: str | None = None,
    placeholder: str | None = None,
) -> str:
    key = state.key(path)
    if area:
        return st.text_area(  # type: ignore[no-any-return]
            label, value=value, key=key, help=help, placeholder=placeholder, **_saves(key, path)
        )
    return st.text_input(  # type: ignore[no-any-return]
        label, value=value, key=key, help=help, placeholder=placeholder, **_saves(key, path)
    )


_OTHER = "\x00other"  # the choice "another name", never a name itself


def who(label: str, value: str, path: str, *, help: str | None = None) -> str:
    """A person or role who carries something: one of the names the plan already uses
    (its roles, its author, every owner), or another name typed in a second field."""
    current = state.strategy()
    names = list(people(current)) if current is not None else []
    if value and value not in names:
        names.append(value)
    choices = ["", *names, _OTHER]
    key = state.key(path + ".who")
    chosen = st.selectbox(
        label,
        choices,
        index=choices.index(value),
        key=key,
        help=help,
        format_func=lambda c: t("who.other") if c == _OTHER else c or t("who.none"),
        **_saves(key, path, _named),
        filter_mode=None,  # see term(): typing that matches nothing says "No results"
    )
    if chosen != _OTHER:
        return chosen if chosen is not None else value
    typed_key = state.key(path + ".other")
    typed: str = st.text_input(
        t("who.other.label", label=label),
        key=typed_key,
        placeholder=t("who.other.placeholder"),
        **_saves(typed_key, path),
    )
    return typed.strip() or value


def _named(choice: Any) -> str:
    """A name chosen from the list saves; "another name" waits for the name typed."""
    if choice == _OTHER:
        raise ValueError("the name is typed in the next field")
    return str(choice or "")


def same_as(path: str, texts: Sequence[str], most: int = 3) -> None:
    """Under an empty field: a button per text the plan already gives in its kind of
    field (a source another audience names), which puts that text in this field."""
    for number, text in enumerate(texts[:most]):
        st.button(
            t("same_as", text=inert(textwrap.shorten(text, 60, placeholder=" …"))),
            key=state.key(f"{path}.same_as.{number}"),
            icon=":material/content_copy:",
            type="tertiary",
            on_click=state.put,
            args=(path, text),
        )


def term(
    label: str,
    options: Sequence[TermT],
    value: TermT,
    path: str,
    *,
    help: str | None = None,
    horizontal: bool = False,
) -> TermT:
    lang = language()
    index = list(options).index(value) if value in options else 0
    key = state.key(path)
    if horizontal:
        chosen = st.radio(
            label,
            options,
            index=index,
            key=key,
            horizontal=True,
            format_func=lambda x: x.label(lang),
            help=help,
            **_saves(key, path, _chosen),
        )
    else:
        chosen = st.selectbox(
            label,
            options,
            index=index,
            key=key,
            format_func=lambda x: x.label(lang),
            help=help,
            **_saves(key, path, _chosen),
            # A short list to click in, not to type in: typing that matches nothing
            # shows Streamlit's English "No results".
            filter_mode=None,
        )
    return chosen if chosen is not None else value


def optional_term(
    label: str,
    options: Sequence[TermT],
    value: TermT | None,
    path: str,
    *,
    empty: str,
    help: str | None = None,
) -> TermT | None:
    """One term, or none (*empty* says what none means, e.g. what is then assumed)."""
    lang = language()
    by_code = {option.code: option for option in options}
    choices = ["", *by_code]
    index = choices.index(value.code) if value is not None and value.code in by_code else 0
    key = state.key(path)
    chosen = st.selectbox(
        label,
        choices,
        index=index,
        key=key,
        format_func=lambda code: by_code[code].label(lang) if code else empty,
        help=help,
        **_saves(key, path, lambda code: by_code.get(code) if code else None),
        filter_mode=None,  # see term()
    )
    return by_code.get(chosen) if chosen else None


def terms(
    label: str,
    options: Sequence[TermT],
    values: Sequence[TermT],
    path: str,
    *,
    help: str | None = None,
) -> tuple[TermT, ...]:
    lang = language()
    key = state.key(path)
    chosen = st.multiselect(
        label,
        options,
        default=[v for v in values if v in options],
        key=key,
        **_saves(key, path, tuple),
        format_func=lambda x: x.label(lang),
        help=help,
        placeholder=t("list.choose"),
        # Streamlit's "Select all" and "No results" (typing that matches nothing) have no
        # Dutch: a short list is ticked, not searched.
        select_all=False,
        filter_mode=None,
    )
    return tuple(chosen)


def refs(
    label: str,
    options: dict[str, str],
    values: Sequence[str],
    path: str,
    *,
    help: str | None = None,
) -> tuple[str, ...]:
    """Pick ids of other parts, shown by their names."""
    known = [v for v in values if v in options]
    # The browser tells choices apart by their labels: two parts of one name would turn
    # into the first of them (and the plan would change by being looked at).
    options = unique_labels(options)
    key = state.key(path)
    chosen = st.multiselect(
        label,
        list(options),
        default=known,
        key=key,
        **_saves(key, path, tuple),
        format_func=lambda i: options.get(i, i),
        help=help,
        # Streamlit's own words for an empty list are English.
        placeholder=t("list.choose") if options else t("list.nothing_to_choose"),
        disabled=not options,
        select_all=False,  # Streamlit's "Select all" has no Dutch
        filter_mode=None,  # nor has its "No results" (typing that matches nothing)
    )
    return tuple(chosen)


def ref(
    label: str, options: dict[str, str], value: str, path: str, *, help: str | None = None
) -> str:
    """Pick the id of one other part, or none."""
    options = unique_labels(options)  # see refs()
    choices = ["", *options]
    index = choices.index(value) if value in choices else 0
    key = state.key(path)
    chosen = st.selectbox(
        label,
        choices,
        index=index,
        key=key,
        help=help,
        format_func=lambda i: options.get(i, "—"),
        **_saves(key, path, lambda i: i or ""),
        filter_mode=None,  # see terms(): typing that matches nothing says "No results"
    )
    return chosen or ""


def date(
    label: str, value: dt.date | None, path: str, *, help: str | None = None
) -> dt.date | None:
    # The years a plan can mean: a year typed as 0027 or 20207 is not taken, and a date
    # more than ten years away is (Streamlit's own bounds are ten years either way). A
    # stored date outside them stays.
    key = state.key(path)
    earliest, latest = fmt.earliest(), fmt.latest()
    if value is not None:
        earliest, latest = min(earliest, value), max(latest, value)
    chosen = st.date_input(
        label,
        value=value,
        key=key,
        **_saves(key, path, _day),
        help=help,
        format="DD-MM-YYYY",
        min_value=earliest,
        max_value=latest,
    )
    # Streamlit holds the bounds, in the browser and on the server.
    return chosen if isinstance(chosen, dt.date) else None


def number(
    label: str,
    value: float | None,
    path: str,
    *,
    help: str | None = None,
    minimum: float | None = None,
) -> float | None:
    """A number typed the manager's way: ``6,4`` and ``1.500`` in Dutch.

    A text field, not ``st.number_input``, which reads ``6,4`` as 64 and writes
    ``1,200`` on a Dutch screen. Text that is no number is kept in the field and said
    so; the plan keeps *value* until it is corrected.
    """
    return _number(label, value, path, help=help, minimum=minimum)


def _number(
    label: str,
    value: float | None,
    path: str,
    *,
    help: str | None,
    minimum: float | None,
    whole: bool = False,
) -> float | None:
    lang = language()
    shown = "" if value is None else fmt.number(value, lang, digits=6)
    key = state.key(path)
    typed = st.text_input(
        label,
        value=shown,
        key=key,
        help=help,
        placeholder="—",
        **_saves(key, path, functools.partial(_read_number, lang, minimum, whole)),
    )
    if typed == shown:
        return value  # untouched: not rounded through its text
    try:
        chosen = _read_number(lang, minimum, whole, typed)
    except fmt.UnreadableError as exc:
        st.error(t("field.invalid", message=exc.text.get(lang)), icon=":material/block:")
        return value
    except _TooLowError:
        low = fmt.number(minimum or 0, lang)
        st.error(t("field.too_low", minimum=low), icon=":material/block:")
        return value
    except _NotWholeError:
        st.error(t("field.not_whole"), icon=":material/block:")
        return value
    return chosen


class _TooLowError(ValueError):
    pass


class _NotWholeError(ValueError):
    pass


def _read_number(
    lang: Language, minimum: float | None, whole: bool, typed: str
) -> float | int | None:
    """The number in *typed*, or an error (a ValueError: the callback leaves it alone)."""
    chosen = fmt.parse_number(typed, lang)
    if chosen is None:
        return None
    if minimum is not None and chosen < minimum:
        raise _TooLowError(typed)
    if whole:
        if chosen != int(chosen):
            raise _NotWholeError(typed)
        return int(chosen)
    return chosen


def whole(label: str, value: int | None, path: str, *, help: str | None = None) -> int | None:
    """A whole number from 0, typed the manager's way (``1.500`` in Dutch)."""
    chosen = _number(label, value, path, help=help, minimum=0, whole=True)
    return None if chosen is None else int(chosen)


def flag(label: str, value: bool, path: str, *, help: str | None = None) -> bool:
    key = state.key(path)
    return bool(st.toggle(label, value=value, key=key, help=help, **_saves(key, path, bool)))


def build(make: Callable[[], BuiltT], fallback: BuiltT) -> BuiltT:
    """Construct a model object; on a broken local rule, say what and keep the old one."""
    try:
        return make()
    except FieldError as exc:
        st.error(
            t("field.invalid", message=inert(exc.text.get(language()))), icon=":material/block:"
        )
        return fallback


def link(target: Step, label: str, focus: str) -> None:
    """A link to the field at *focus* on the *target* step (its section opened)."""
    draft = state.draft()
    params = {"focus": focus} | ({state.QUERY_DRAFT: draft.id} if draft else {})
    st.page_link(
        str(page_path(target)), label=label, icon=":material/arrow_forward:", query_params=params
    )


def section(
    label: str,
    sections: Mapping[str, str],
    name: str,
    *,
    holds: Mapping[str, str] | None = None,
) -> str:
    """Choose the part of a long step to show: the path of the chosen one.

    *sections* maps field paths to their labels, in order; *holds* maps further paths
    to the section that shows them. One section at a time, not tabs: tabs would build
    every section's widgets (and tables) on every rerun. The ``?focus=`` of a next-step
    link opens the section that holds the field (the longest path it starts with).
    """
    paths = list(sections)
    # Findings name a place outside any list by its section ("Ook bij: Triage, ...").
    per_run.this().collected.sections = dict(sections) | {
        path: sections[to] for path, to in (holds or {}).items()
    }
    focus = st.query_params.get("focus", "")
    where = {path: path for path in paths} | dict(holds or {})
    matches = [path for path in where if focus.startswith(path)]
    opened = where[max(matches, key=len)] if matches else paths[0]
    chosen = st.segmented_control(
        label,
        paths,
        default=opened,
        format_func=lambda path: sections[path],
        key=state.key(name, keep=state.Keep.PLACE),  # the section shown stays shown
        label_visibility="collapsed",
    )
    return chosen or opened


# --- lists of parts -----------------------------------------------------------------


def pick(label: str, names_in: Callable[[Strategy], Sequence[str]], path: str) -> int | None:
    """Choose one item of a list part to edit; None when the list is empty.

    *names_in* gives the items' names in a strategy. The browser holds the chosen option
    by its label, so after a rename the picker is a new widget (its key is made of the
    names), which starts at the item chosen before; the rest of the step stays as it is,
    so a click on another field while a rename is saved is not lost.
    """
    current = state.strategy()
    names = list(names_in(current)) if current is not None else []
    # Renamed by this run's own save: the picker, drawn before it, is drawn again.
    # (Adding and removing draw the step again by themselves, choosing the item added.)
    state.rerun_if(
        lambda changed: len(after := list(names_in(changed))) == len(names) and after != names
    )
    if not names:
        st.caption(t("list.empty"))
        return None
    picked = state.key(path + ".picked", keep=state.Keep.PICK)
    default = st.session_state.get(picked)
    if not isinstance(default, int):
        default = _focused_item(path)
    new = t("list.new")
    labels = [f"{i + 1}. {name or new}" for i, name in enumerate(names)]
    names_key = zlib.crc32("\x1f".join(labels).encode())
    chosen = st.selectbox(
        label,
        range(len(names)),
        index=min(default, len(names) - 1),
        key=state.key(f"{path}.pick.{names_key:x}"),
        format_func=labels.__getitem__,
        filter_mode=None,  # see terms(): typing that matches nothing says "No results"
    )
    st.session_state[picked] = chosen
    return chosen


def _focused_item(path: str) -> int:
    """The item of the list at *path* that the page's ``focus`` points at; else the first."""
    focus = st.query_params.get("focus", "")
    if focus.startswith(path + "["):
        try:
            return int(focus[len(path) + 1 :].split("]", 1)[0])
        except ValueError:
            return 0
    return 0


def add_remove(path: str, can_remove: bool) -> tuple[bool, bool]:
    """Add and Remove buttons for a list part: (add clicked, remove clicked)."""
    left, right, _ = st.columns([1, 1, 3])
    added = left.button(t("list.add"), key=state.key(path + ".add"), icon=":material/add:")
    # Removing is saved at once and cannot be undone: ask first.
    with right.popover(t("list.remove"), icon=":material/delete:", disabled=not can_remove):
        st.markdown(t("list.remove.confirm"))
        removed = st.button(
            t("list.remove.yes"),
            key=state.key(path + ".remove"),
            type="primary",
            icon=":material/delete_forever:",
        )
    return added, removed


def starter_notice(strategy: Strategy, path: str, *more: str, read: str | None = None) -> bool:
    """The "Modeltekst" mark over a part of the plan that still holds starter texts no
    person has edited or accepted, with one button that accepts the whole part as it
    stands (editing a text clears its mark too), and one that shows the part whole, as
    the documents will, to read before accepting. Whether the mark is shown.

    *path* is the part (``guidelines.rules``, ``media_guidance``, ``crisis.scenarios``);
    *more*: further parts shown in the same place (the crisis plan's own fields);
    *read*: the part to show whole (a key of :data:`parts.PARTS`), by default *path*.
    """
    paths = (path, *more)
    count = len(unreviewed(strategy, *paths))
    if not count:
        return False
    with st.container(border=True):
        text, reading, button = st.columns([4.4, 1.8, 2.2], vertical_alignment="center")
        text.markdown(
            _badge() + t("starter.notice" if count == 1 else "starter.notice.many", n=count)
        )
        _read_button(reading, t("starter.read"), path + ".read_model_texts", read or path, paths)
        button.button(
            t("starter.accept"),
            key=state.key(path + ".accept_model_texts"),
            icon=":material/done_all:",
            help=t("starter.accept.help"),
            on_click=state.accept_model_texts,
            args=paths,
            width="stretch",
        )
    return True


def whole_notice(strategy: Strategy, *paths: str, read: str, button: str) -> None:
    """Over a step whose parts *paths* still hold model texts: how many, and *button* to
    read them whole as a document (*read*, a key of :data:`parts.PARTS`) and adopt them
    all at its end; the notices on each section remain for a review part by part."""
    count = len(unreviewed(strategy, *paths))
    if not count:
        return
    with st.container(border=True):
        text, reading = st.columns([5.2, 2.2], vertical_alignment="center")
        text.markdown(_badge() + t("starter.whole", n=count))
        _read_button(reading, button, read + ".read_whole", read, paths)


def _badge() -> str:
    """The "Modeltekst" badge that opens a notice, in the manager's language."""
    return f":orange-badge[:material/edit_note: {t('starter.badge')}] "


def _read_button(
    where: DeltaGenerator, label: str, key: str, read: str, paths: tuple[str, ...]
) -> None:
    """The button that shows *read* whole in a dialog, adopting *paths* at its end."""
    if where.button(
        label,
        key=state.key(key),
        icon=":material/article:",
        help=t("starter.read.help"),
        width="stretch",
    ):
        _read_dialog(read, paths)


def _read_dialog(part: str, paths: tuple[str, ...]) -> None:
    """The part whole, in a dialog, with the buttons to adopt it or to close it."""

    def body() -> None:
        current = state.strategy()
        report = state.report()
        if current is None or report is None:
            return
        st.markdown(part_markdown(current, report, part, language(), dt.date.today()))
        adopt, close = st.columns(2)
        # Keys of their own, not the step's: accepting draws the step afresh under new
        # keys, and the button must still read as clicked to close the dialog.
        key = f"read_model_texts.{part}"
        if adopt.button(
            t("starter.accept"),
            key=key + ".accept",
            icon=":material/done_all:",
            type="primary",
            on_click=state.accept_model_texts,
            args=paths,
            width="stretch",
        ) or close.button(t("starter.read.close"), key=key + ".close", width="stretch"):
            st.rerun()

    st.dialog(t("starter.read.title"), width="large")(body)()
