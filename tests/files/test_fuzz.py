"""Fuzzing the loaders: whatever the input, ``loads`` returns a strategy or raises
:class:`InvalidStrategyError` (a subclass at most), never anything else; an error lists
one line per problem; and what loads, dumps and loads again unchanged.

Inputs: random bytes and text, TOML-flavoured noise, and valid files (the examples and
generated strategies) mutated line by line: deleted, duplicated, swapped, flipped,
truncated, or with a value of another type.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import socialstrategy as ss
from socialstrategy.files.jsonfile import dumps_json, loads_json
from tests.conftest import EXAMPLES, TEMPLATE
from tests.strategies import strategies

T = TypeVar("T")
SOURCES = [p.read_text(encoding="utf-8") for p in [*EXAMPLES, TEMPLATE]]

#: Values of every TOML type, and of no type at all, to put where another belongs.
VALUES = [
    "1",
    "-1",
    "0",
    "1.5",
    "-0.0",
    "1e400",
    "nan",
    "-inf",
    "true",
    '""',
    '"x"',
    "'literal'",
    '"""\nmulti\nline"""',
    "[]",
    "{}",
    '[1, "a", true]',
    "[[[]]]",
    "{ a = 1 }",
    '[{ id = "x" }]',
    "2024-01-01",
    "2024-02-30",
    "2024-01-01T10:00:00",
    "2024-01-01T10:00:00+02:00",
    "10:00:00",
    "25:00:00",
    '"25:00-26:00"',
    '"17:00-08:30"',
    '"2024-01-01"',
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "0x" + "f" * 40,
    "9" * 5000,
    '"\\u0000"',
    '"\\u001b[2J"',
    '"../../etc/passwd"',
    '"x' + "y" * 20_001 + '"',
    "[" * 500 + "]" * 500,
    "",
    "= =",
]
TOML_NOISE = st.text(alphabet=st.sampled_from(list("[]{}=\"'.,#\n \t-_:+019aexTZ\\")), max_size=300)


def _refused_or_round_trips(
    load: Callable[[Any], ss.Strategy], dump: Callable[[ss.Strategy], str], data: Any
) -> None:
    try:
        strategy = load(data)
    except ss.InvalidStrategyError as error:
        refused = error
    else:
        assert load(dump(strategy)) == strategy
        return
    assert refused.problems
    assert all(len(line.splitlines()) == 1 for line in refused.lines("en"))


def toml_accepts(data: str | bytes) -> None:
    _refused_or_round_trips(ss.loads, ss.dumps, data)


def json_accepts(data: str | bytes) -> None:
    _refused_or_round_trips(loads_json, dumps_json, data)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A valid strategy file with one to four things done to its lines."""
    source = draw(st.sampled_from(SOURCES) | strategies().map(ss.dumps))
    lines = source.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(
            st.sampled_from(["delete", "duplicate", "swap", "flip", "truncate", "retype", "rename"])
        )
        line = lines[at]
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(draw(st.integers(0, len(lines))), line)
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], line
        elif action == "flip" and line:
            index = draw(st.integers(0, len(line) - 1))
            char = draw(st.sampled_from(list('"[]{}=.#\n\\ ')) | st.characters())
            lines[at] = line[:index] + char + line[index + 1 :]
        elif action == "truncate":
            cut = draw(st.integers(0, len(line)))
            lines[at:] = [line[:cut]]
        elif action == "retype" and " = " in line:
            key = line.split(" = ", 1)[0]
            lines[at] = f"{key} = {draw(st.sampled_from(VALUES))}"
        elif action == "rename" and " = " in line:
            key, value = line.split(" = ", 1)
            lines[at] = f"{key}{draw(st.sampled_from(['s', '_', 'X', '']))} = {value}"
    return "\n".join(lines)


@given(st.binary(max_size=1000))
@example(b"\xff\xfe" + "schema_version = 1".encode("utf-16-le"))
@example(b"\xef\xbb\xbf\xef\xbb\xbfschema_version = 1")
def test_random_bytes_are_refused_cleanly(data: bytes) -> None:
    toml_accepts(data)


@given(st.text(max_size=500) | TOML_NOISE)
def test_random_text_is_refused_cleanly(text: str) -> None:
    toml_accepts(text)
    toml_accepts("schema_version = 1\n" + text)


@given(mutated())
def test_mutated_strategy_files_are_refused_cleanly_or_round_trip(text: str) -> None:
    toml_accepts(text)


# -- JSON: the same promise ---------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["2024-01-01", "20240101", "2024-W01-1", "08:30-17:00", "10:00+01:00"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _replace_somewhere(draw: st.DrawFn, node: Any, value: Any) -> Any:
    """*node* with one of its parts (or itself) replaced by *value*."""
    children = (
        list(node.items())
        if isinstance(node, dict)
        else list(enumerate(node))
        if isinstance(node, list)
        else []
    )
    if not children or draw(st.integers(0, 3)) == 0:
        return value
    key, child = draw(st.sampled_from(children))
    node = dict(node) if isinstance(node, dict) else list(node)
    node[key] = _replace_somewhere(draw, child, value)
    return node


@st.composite
def mutated_json(draw: st.DrawFn) -> str:
    table = json.loads(dumps_json(draw(strategies())))
    for _ in range(draw(st.integers(1, 3))):
        table = _replace_somewhere(draw, table, draw(JSON_VALUES))
    return json.dumps(table)


@given(st.binary(max_size=500) | st.text(max_size=500).map(str.encode))
@example(b"1" * 5000)
@example(b'{"schema_version": ' + b"1" * 5000 + b"}")
def test_random_json_is_refused_cleanly(data: bytes) -> None:
    json_accepts(data)


@given(mutated_json())
def test_mutated_json_files_are_refused_cleanly_or_round_trip(text: str) -> None:
    json_accepts(text)


# -- regressions found by fuzzing ---------------------------------------------------------


def _at_stack_depth(depth: int, call: Callable[[], T]) -> T:
    return call() if depth == 0 else _at_stack_depth(depth - 1, call)


@pytest.mark.parametrize("loader", [ss.loads, loads_json], ids=["toml", "json"])
def test_deep_nesting_is_refused_however_deep_the_caller_is(
    loader: Callable[[str], ss.Strategy],
) -> None:
    """Salvaging a partly valid file copied the input recursively, unguarded: from a deep
    enough stack (a Streamlit page is one) a nested value raised RecursionError."""
    nested = "[" * 399 + "]" * 399
    text = (
        f"schema_version = 1\n[meta]\ntitle = {nested}\n"
        if loader is ss.loads
        else f'{{"schema_version": 1, "meta": {{"title": {nested}}}}}'
    )
    for depth in range(0, sys.getrecursionlimit() - 100, 50):
        with pytest.raises(ss.InvalidStrategyError):
            _at_stack_depth(depth, lambda: loader(text))


@pytest.mark.parametrize(
    ("value", "path"),
    [
        ("schema_version = " + "9" * 5000, ""),  # Python reads no decimal integer that long
        ("schema_version = 0x" + "f" * 5000, "schema_version"),  # nor prints one
        ("schema_version = 1\n[meta]\nrevision = 0x" + "f" * 5000, "meta.revision"),
        (
            "schema_version = 1\n[organisation]\nemployees = 9223372036854775808",
            "organisation.employees",
        ),
    ],
    ids=["decimal", "schema-version", "hex", "just-over-64-bits"],
)
def test_integers_beyond_toml_range_are_refused(value: str, path: str) -> None:
    """They used to raise ValueError, or load and then fail to be written again."""
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(value)
    assert [p.path for p in info.value.problems] == [path]


def test_json_with_an_integer_of_thousands_of_digits_is_refused() -> None:
    with pytest.raises(ss.InvalidStrategyError):
        loads_json('{"schema_version": 1, "meta": {"revision": ' + "1" * 5000 + "}}")


@pytest.mark.parametrize("day", ["20270101", "2027-W01-1", "2027-01-01T10:00", " 2027-01-01"])
def test_json_dates_are_written_one_way_only(day: str) -> None:
    """Python 3.11 reads far more than yyyy-mm-dd; the same file must load everywhere."""
    with pytest.raises(ss.InvalidStrategyError) as info:
        loads_json(json.dumps({"schema_version": 1, "meta": {"next_review": day}}))
    assert [p.path for p in info.value.problems] == ["meta.next_review"]


def test_control_characters_in_a_problem_stay_on_its_line() -> None:
    """A key or value with a line break or a terminal escape is shown escaped."""
    text = (
        'schema_version = 1\n[meta]\n"a\\nb" = 1\n[[goals]]\nid = "g"\nprocesses = ["\\u001b[2J"]\n'
    )
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(text, file="s.toml")
    assert info.value.lines("en") == [
        "s.toml:2: meta.a\\nb: unknown key 'a\\nb' (known keys: title, author, revision,"
        " language, last_reviewed, next_review, accepted)",
        "s.toml:6: goals[0].processes[0]: goal 1 refers to process '\\x1b[2J':"
        " that id does not exist in organisation.processes",
    ]


def test_every_item_of_a_checklist_is_held_to_the_text_limit() -> None:
    item = "x" * 20_001
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(f'schema_version = 1\n[crisis]\nfirst_hour = ["ok", "{item}"]\n')
    assert [(p.path, p.line) for p in info.value.problems] == [("crisis.first_hour[1]", 3)]
