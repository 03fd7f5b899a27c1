"""Saving over a file a person wrote keeps its comments; only changed values change."""

from __future__ import annotations

import collections
import datetime as dt
import difflib
import logging
import re
from typing import TYPE_CHECKING

import attrs
import pytest
import tomli_w
from hypothesis import given

import socialstrategy as ss
from socialstrategy.caching import Bounded
from socialstrategy.files import inplace
from tests.conftest import EXAMPLES, STRATEGIES, TEMPLATE
from tests.strategies import strategies

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

ALL = sorted(STRATEGIES.glob("*.toml"))
_HEADER = re.compile(r"^\[\[?([\w.]+)\]\]?$")
_SIMPLE = re.compile(r"^\w+ = (?!\[$)(?!\"\"\")")


def commented(text: str) -> str:
    """*text* (a file the plain writer wrote) with comments a person might add: a line
    above every header, numbered per header name, a note after some values and at the
    end of some lists."""
    if TEMPLATE.read_text(encoding="utf-8") == text:
        return text
    seen: collections.Counter[str] = collections.Counter()
    lines = []
    for n, line in enumerate(text.split("\n")[:-1]):  # not splitlines: "\x85" is in strings
        header = _HEADER.match(line)
        if header:
            seen[header[1]] += 1
            lines.append(f"# over {header[1]} nummer {seen[header[1]]}")
        if line == "]" and n % 2 == 0:  # the end of a list a line an entry
            lines.append(f"    # einde lijst {n}")
        lines.append(f"{line}  # notitie {n}" if _SIMPLE.match(line) and n % 3 == 0 else line)
    return "\n".join(lines) + "\n"


def comment_lines(text: str) -> collections.Counter[str]:
    return collections.Counter(
        line.strip() for line in text.splitlines() if line.lstrip().startswith("#")
    )


def inline_comments(text: str) -> set[str]:
    return {m[0] for m in re.finditer(r"# notitie \d+", text)}


def changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


# --- the edits ---------------------------------------------------------------------------


def _title(s: ss.Strategy) -> ss.Strategy:
    return attrs.evolve(s, meta=attrs.evolve(s.meta, title="Een nieuwe titel"))


def _name(s: ss.Strategy) -> ss.Strategy:
    return attrs.evolve(s, organisation=attrs.evolve(s.organisation, name="Zorg & Co"))


def _crisis_owner(s: ss.Strategy) -> ss.Strategy:
    return attrs.evolve(s, crisis=attrs.evolve(s.crisis, owner="Hoofd communicatie"))


def _drill_date(s: ss.Strategy) -> ss.Strategy:
    return attrs.evolve(s, crisis=attrs.evolve(s.crisis, last_drill=dt.date(2026, 3, 14)))


def _goal_text(s: ss.Strategy) -> ss.Strategy:
    goal = attrs.evolve(s.goals[0], description='Eerste regel.\nTweede regel, met "quotes".')
    return attrs.evolve(s, goals=(goal, *s.goals[1:]))


def _add_goal(s: ss.Strategy) -> ss.Strategy:
    goal = ss.Goal(id="nieuw-doel", title="Een nieuw doel")
    return attrs.evolve(s, goals=(*s.goals, goal))


def _drop_goal(s: ss.Strategy) -> ss.Strategy:
    """The first goal removed, and the references to it."""
    gone = s.goals[0].id

    def without(parts: tuple[ss.Channel, ...] | tuple[ss.Action, ...]) -> tuple[object, ...]:
        return tuple(attrs.evolve(p, goals=tuple(g for g in p.goals if g != gone)) for p in parts)

    return attrs.evolve(
        s, goals=s.goals[1:], channels=without(s.channels), actions=without(s.actions)
    )


def _reverse_goals(s: ss.Strategy) -> ss.Strategy:
    return attrs.evolve(s, goals=tuple(reversed(s.goals)))


def _scenario(s: ss.Strategy) -> ss.Strategy:
    first = attrs.evolve(s.crisis.scenarios[0], title="Een bericht over een cliënt gaat rond.")
    crisis = attrs.evolve(s.crisis, scenarios=(first, *s.crisis.scenarios[1:]))
    return attrs.evolve(s, crisis=crisis)


EDITS: dict[str, Callable[[ss.Strategy], ss.Strategy]] = {
    "title": _title,
    "name": _name,
    "crisis owner": _crisis_owner,
    "drill date": _drill_date,
    "goal text": _goal_text,
    "add goal": _add_goal,
    "drop goal": _drop_goal,
    "reverse goals": _reverse_goals,
    "scenario": _scenario,
}
#: Edits of one value that the file already holds: one line changes.
ONE_LINE = {"title", "name", "crisis owner", "drill date", "scenario"}


def _applies(name: str, s: ss.Strategy) -> bool:
    if name in {"goal text", "drop goal", "reverse goals"}:
        return len(s.goals) >= 2
    if name == "scenario":
        return bool(s.crisis.scenarios)
    return True


def _cases(names: set[str] | dict[str, object], *, one_line: bool = False) -> list[object]:
    """Every example with every edit it has the parts for; *one_line*: only edits of a
    value the file already holds (the plain writer's text keeps its length)."""
    cases = []
    for path in ALL:
        was = ss.load(path)
        for name in sorted(names):
            if not _applies(name, was):
                continue
            grows = ss.dumps(EDITS[name](was)).count("\n") != ss.dumps(was).count("\n")
            if not (one_line and grows):
                cases.append(pytest.param(path, name, id=f"{path.stem}-{name}"))
    return cases


@pytest.mark.parametrize(("path", "edit"), _cases(EDITS))
def test_a_saved_edit_loads_to_the_edited_plan_and_keeps_the_comments(
    path: Path, edit: str
) -> None:
    """Every example, commented, with each edit: the text loads to exactly the edited
    plan, and every comment of a part that is still there is still there."""
    text = commented(path.read_text(encoding="utf-8"))
    was = ss.loads(text)
    edited = EDITS[edit](was)
    saved = ss.dumps_over(text, edited, was)
    assert ss.loads(saved) == edited
    expected = comment_lines(text)
    if edit == "drop goal":  # the dropped goal's own comments go with it, and lists of it
        expected -= comment_lines(_first_goal_block(text))
        expected -= comment_lines(_lists_of_only(text, was.goals[0].id))
    assert expected - comment_lines(saved) == collections.Counter()
    assert inline_comments(saved) >= inline_comments(text) - inline_comments(
        _first_goal_block(text) if edit == "drop goal" else ""
    )


def _lists_of_only(text: str, entry: str) -> str:
    """The comments at the end of the lists in *text* that hold *entry* alone (a list
    emptied is left out of the file, its comments with it)."""
    lines = text.split("\n")
    alone = [f'    "{entry}",', "    # einde lijst"]
    return "\n".join(
        line
        for i, line in enumerate(lines)
        if [lines[i - 1], line[: len(alone[1])]] == alone and lines[i - 2].endswith("= [")
    )


def _first_goal_block(text: str) -> str:
    """The lines of the first goal (with the comment above it), up to the next goal."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if line == "[[goals]]"]
    return "\n".join(lines[starts[0] - 1 : starts[1] - 1]) if len(starts) > 1 else ""


ONE_LINE_CASES = _cases(ONE_LINE, one_line=True)


def test_the_one_line_cases_cover_every_example() -> None:
    assert {case.values[0] for case in ONE_LINE_CASES} == set(ALL)  # type: ignore[attr-defined]
    assert len(ONE_LINE_CASES) >= 2 * len(ALL)


@pytest.mark.parametrize(("path", "edit"), ONE_LINE_CASES)
def test_a_one_field_edit_changes_one_line(path: Path, edit: str) -> None:
    """A value the file holds, changed: the unified diff shows one line out, one in."""
    text = commented(path.read_text(encoding="utf-8"))
    was = ss.loads(text)
    edited = EDITS[edit](was)
    changed = changed_lines(text, ss.dumps_over(text, edited, was))
    assert len(changed) == 2, changed
    assert changed[0].startswith("-")
    assert changed[1].startswith("+")


def test_a_multi_line_text_changes_only_its_own_lines() -> None:
    """A description over several lines: only the lines of that value change."""
    path = STRATEGIES / "zorggroep-de-linde.toml"
    text = commented(path.read_text(encoding="utf-8"))
    was = ss.loads(text)
    saved = ss.dumps_over(text, _goal_text(was), was)
    changed = changed_lines(text, saved)
    assert [line for line in changed if line.startswith("-")] == [
        "-" + tomli_w.dumps({"description": was.goals[0].description}).strip()
    ]
    assert '+description = """' in changed
    assert '+Tweede regel, met \\"quotes\\"."""' in changed


def test_an_unchanged_plan_gives_the_same_text() -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    assert ss.dumps_over(text, ss.loads(text)) == text


def test_start_hier_one_edit_keeps_all_105_comment_lines() -> None:
    """The issue's case: the starting file, its title edited."""
    text = TEMPLATE.read_text(encoding="utf-8")
    saved = ss.dumps_over(text, _title(ss.loads(text)))
    assert sum(comment_lines(saved).values()) == sum(comment_lines(text).values()) >= 105
    assert changed_lines(text, saved) == [
        '-title = "Sociale-mediastrategie [naam van de organisatie]"',
        '+title = "Een nieuwe titel"',
    ]


def test_a_new_part_goes_where_the_file_shows_it_commented_out() -> None:
    """start-hier shows ``# [[goals]]`` under "3. Doelen": a first goal is written right
    after that example, before the comments of step 4."""
    text = TEMPLATE.read_text(encoding="utf-8")
    saved = ss.dumps_over(text, _add_goal(ss.loads(text)))
    lines = saved.splitlines()
    at = lines.index("[[goals]]")
    assert lines[at - 2] == "# deadline = 2027-12-31"
    assert lines[at + 1 : at + 3] == ['id = "nieuw-doel"', 'title = "Een nieuw doel"']
    assert lines[at + 4].startswith("# --- 4. Doelgroepen en kanalen")


def test_a_new_field_goes_after_the_field_before_it() -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    was = ss.loads(text)
    saved = ss.dumps_over(text, attrs.evolve(was, meta=attrs.evolve(was.meta, author="Jan")))
    assert changed_lines(text, saved) == ['+author = "Jan"']
    assert saved.index('title = "Sociale') < saved.index('author = "Jan"')
    assert saved.index('author = "Jan"') < saved.index('# author = "Naam, functie"')


def test_reordered_entries_take_their_comments_along() -> None:
    text = """\
schema_version = 1

[organisation]
name = "Test"

# De processen
[[organisation.processes]]
id = "a"
name = "A"  # de eerste

# over B
[[organisation.processes]]
id = "b"
name = "B"

# over C
[[organisation.processes]]
id = "c"
name = "C"

# einde van de processen

[meta]
title = "T"
"""
    was = ss.loads(text)
    processes = was.organisation.processes
    edited = attrs.evolve(
        was,
        organisation=attrs.evolve(
            was.organisation, processes=(processes[2], processes[0], processes[1])
        ),
    )
    saved = ss.dumps_over(text, edited, was)
    assert ss.loads(saved) == edited
    assert saved.index("# De processen") < saved.index("# over C") < saved.index('id = "c"')
    assert saved.index('id = "c"') < saved.index('name = "A"  # de eerste')
    assert saved.index('name = "A"  # de eerste') < saved.index("# over B")
    assert saved.index('id = "b"') < saved.index("# einde van de processen")
    assert "\n\n\n" not in saved


def test_a_removed_entry_keeps_the_comments_about_what_follows() -> None:
    """The last process is removed: the comments after it (about the next step) stay."""
    text = TEMPLATE.read_text(encoding="utf-8")
    was = ss.loads(text)
    org = attrs.evolve(was.organisation, processes=was.organisation.processes[:2])
    saved = ss.dumps_over(text, attrs.evolve(was, organisation=org), was)
    assert comment_lines(saved) == comment_lines(text)
    assert 'id = "nazorg"' not in saved


def test_an_inline_comment_stays_on_its_changed_value() -> None:
    text = 'schema_version = 1\n\n[meta]\ntitle = "Oud"  # voorlopig\n'
    saved = ss.dumps_over(text, _title(ss.loads(text)))
    assert saved == 'schema_version = 1\n\n[meta]\ntitle = "Een nieuwe titel"  # voorlopig\n'


def test_a_list_keeps_its_one_line_layout() -> None:
    text = 'schema_version = 1\n\n[organisation]\nname = "X"  # naam\nfunders = ["care_office"]\n'
    was = ss.loads(text)
    org = attrs.evolve(
        was.organisation,
        funders=(*was.organisation.funders, type(was.organisation.funders[0])("insurer")),
    )
    saved = ss.dumps_over(text, attrs.evolve(was, organisation=org), was)
    assert changed_lines(text, saved) == [
        '-funders = ["care_office"]',
        '+funders = ["care_office", "insurer"]',
    ]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_file_without_comments_gets_the_plain_writer(path: Path) -> None:
    """Comment keeping is for files a person wrote: the others keep the canonical layout."""
    text = path.read_text(encoding="utf-8")
    edited = _title(ss.loads(text))
    assert ss.dumps_over(text, edited) == ss.dumps(edited)


@pytest.mark.parametrize("before", [None, b"\xff\xfe not utf-8", "# kapot\n[meta\n"])
def test_a_text_that_cannot_be_read_gets_the_plain_writer(before: str | bytes | None) -> None:
    plan = ss.loads(TEMPLATE.read_text(encoding="utf-8"))
    assert ss.dumps_over(before, plan) == ss.dumps(plan)


def test_a_merge_that_does_not_load_back_falls_back_to_the_plain_writer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The saved text must load to the new plan: if the merge went wrong, the plain
    writer's text is saved instead (the comments are lost, the plan is not)."""
    monkeypatch.setattr(inplace, "_merge_table", lambda *args: None)
    text = TEMPLATE.read_text(encoding="utf-8")
    edited = _title(ss.loads(text))
    assert ss.dumps_over(text, edited) == ss.dumps(edited)


def test_a_second_save_from_the_kept_tree_writes_what_a_fresh_parse_writes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The tree of the text last written is reused for the next save of that text: the
    result is the same as when the text is parsed afresh."""
    text = TEMPLATE.read_text(encoding="utf-8")
    was = ss.loads(text)
    first = ss.dumps_over(text, _title(was), was)
    assert first in inplace._WRITTEN
    second_plan = _add_goal(_title(was))
    reused = ss.dumps_over(first, second_plan, _title(was))
    assert first not in inplace._WRITTEN  # used once: the merge changed it
    monkeypatch.setattr(inplace, "_WRITTEN", Bounded(inplace._WRITTEN.most))
    assert ss.dumps_over(first, second_plan, _title(was)) == reused
    assert ss.loads(reused) == second_plan


def test_a_new_value_goes_above_the_comment_over_the_value_after_it() -> None:
    """A value added between two the file holds: before the next one and the comment a
    person wrote over it, so that comment stays with its value."""
    text = (
        'schema_version = 1\n\n[meta]\ntitle = "T"\n'
        "# Wanneer we dit weer bekijken\nnext_review = 2027-01-01\n"
    )
    was = ss.loads(text)
    saved = ss.dumps_over(text, attrs.evolve(was, meta=attrs.evolve(was.meta, author="Jan")))
    assert saved == (
        'schema_version = 1\n\n[meta]\ntitle = "T"\nauthor = "Jan"\n'
        "# Wanneer we dit weer bekijken\nnext_review = 2027-01-01\n"
    )


@given(strategies(), strategies())
def test_any_plan_saved_over_any_commented_plan_keeps_the_merge(
    first: ss.Strategy, second: ss.Strategy
) -> None:
    """Whatever the old and the new plan, the merge itself writes the new plan: it
    never needs the plain writer."""
    text = commented(ss.dumps(first))
    if "#" not in text:  # nothing but schema_version: no header to comment
        return
    inplace._WRITTEN.clear()
    fell_back: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: fell_back.append(record.getMessage())  # type: ignore[method-assign]
    inplace._LOG.addHandler(handler)
    inplace._LOG.setLevel(logging.DEBUG)
    try:
        saved = ss.dumps_over(text, second, first)
    finally:
        inplace._LOG.removeHandler(handler)
    assert fell_back == []
    assert ss.loads(saved) == second


def test_the_comments_in_a_list_stay_with_their_entries() -> None:
    """An entry added to a list with comments in it: each entry keeps the comment on its
    line and above it, the comment after the last entry stays last, and the comment of
    an entry removed goes with it."""
    text = """\
schema_version = 1

[organisation]
name = "X"
funders = [
    "care_office",  # via het zorgkantoor
    # sinds 2026
    "insurer",
    "funds",  # een fonds, eenmalig
    # meer volgt
]
"""
    was = ss.loads(text)
    kind = type(was.organisation.funders[0])
    funders = (kind("insurer"), kind("care_office"), kind("other"))
    org = attrs.evolve(was.organisation, funders=funders)
    saved = ss.dumps_over(text, attrs.evolve(was, organisation=org), was)
    assert saved.split("funders = ")[1] == (
        "[\n"
        "    # sinds 2026\n"
        '    "insurer",\n'
        '    "care_office",  # via het zorgkantoor\n'
        '    "other",\n'
        "    # meer volgt\n"
        "]\n"
    )
    assert ss.loads(saved).organisation.funders == funders


def test_a_file_whose_only_comment_is_over_a_header_keeps_it() -> None:
    text = 'schema_version = 1\n\n# Wie we zijn\n[organisation]\nname = "X"\n'
    was = ss.loads(text)
    saved = ss.dumps_over(text, _name(was), was)
    assert saved == 'schema_version = 1\n\n# Wie we zijn\n[organisation]\nname = "Zorg & Co"\n'


def test_a_file_with_windows_line_endings_keeps_them() -> None:
    text = TEMPLATE.read_text(encoding="utf-8").replace("\n", "\r\n")
    was = ss.loads(text)
    saved = ss.dumps_over(
        text, _add_goal(attrs.evolve(was, meta=attrs.evolve(was.meta, author="Jan"))), was
    )
    assert saved.count("\n") == saved.count("\r\n") == text.count("\r\n") + 5
    assert comment_lines(saved) == comment_lines(text)
