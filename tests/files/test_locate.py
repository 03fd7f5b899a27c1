"""The line index finds where a field path is written."""

from __future__ import annotations

from socialstrategy.files.locate import LineIndex

DOC = '''\
schema_version = 1
[meta]
title = """Een
[[goals]]
meerregelige titel"""
author = "x = y"

[[goals]]
id = "a"
steps = [
  "één",
  "twee",
]
processes = ["p"]

[[goals.indicators]]
kpi = "k"

[[goals]]
id = "b"
"quoted key" = 1
[[goals.indicators]]
kpi = "l"
[[goals.indicators]]
kpi = "m"
moderation.weekdays = "08:00-17:00"
'''


def test_keys_tables_and_arrays_of_tables() -> None:
    index = LineIndex(DOC)
    assert index.line_of("schema_version") == 1
    assert index.line_of("meta") == 2
    assert index.line_of("meta.author") == 6
    assert index.line_of("goals[0].id") == 9
    assert index.line_of("goals[0].processes[0]") == 14
    assert index.line_of("goals[0].indicators[0].kpi") == 17
    assert index.line_of("goals[1].id") == 20
    assert index.line_of("goals[1].quoted key") == 21
    assert index.line_of("goals[1].indicators[1].kpi") == 25
    assert index.line_of("goals[1].indicators[1].moderation.weekdays") == 26


def test_text_inside_strings_and_arrays_is_not_read_as_structure() -> None:
    """The [[goals]] inside a multi-line string does not start a goal."""
    index = LineIndex(DOC)
    assert index.line_of("goals[0]") == 8
    assert index.line_of("goals[2]") == 8  # no third goal: nearest ancestor is the array


def test_falls_back_to_the_nearest_ancestor_or_nothing() -> None:
    index = LineIndex(DOC)
    assert index.line_of("goals[1].title") == 19
    assert index.line_of("channels[0].id") is None
    assert index.line_of("") is None
