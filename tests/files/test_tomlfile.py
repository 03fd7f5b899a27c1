"""Strategy files: round trips, canonical layout, and errors that say where and what."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import socialstrategy as ss
from socialstrategy.errors import FileTooLargeError, SchemaVersionError, TomlSyntaxError
from tests.conftest import EXAMPLES, TEMPLATE

GOOD = """\
schema_version = 1

[organisation]
name = "Zorggroep Test"
sector = "elderly_care"

[[organisation.processes]]
id = "intake"
name = "Intake"

[[goals]]
id = "g1"
title = "Meer aanmeldingen"
processes = ["intake"]

[[channels]]
id = "fb"
kind = "facebook"
goals = ["g1"]

[channels.moderation]
weekdays = "08:30-17:00"
"""


def _problems(text: str) -> list[tuple[int | None, str]]:
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(text, file="test.toml")
    return [(p.line, p.path) for p in info.value.problems]


def test_loads_a_hand_written_file() -> None:
    strategy = ss.loads(GOOD)
    assert strategy.goals[0].processes == ("intake",)
    assert strategy.channels[0].moderation.weekdays == ss.Span(
        start=dt.time(8, 30), end=dt.time(17)
    )


def test_examples_and_template_load(example_path: Path) -> None:
    assert ss.validate(ss.load(example_path)) == ()
    assert ss.validate(ss.load(TEMPLATE)) == ()


def test_examples_are_in_canonical_layout(example_path: Path) -> None:
    """Saving an example changes nothing: its text is exactly what dumps writes."""
    assert ss.dumps(ss.load(example_path)) == example_path.read_text(encoding="utf-8")


def test_there_are_six_sector_examples_and_a_template() -> None:
    sectors = {ss.load(p).organisation.sector for p in EXAMPLES}
    assert {
        ss.Sector.HOSPITAL,
        ss.Sector.ELDERLY_CARE,
        ss.Sector.DISABILITY_CARE,
        ss.Sector.MENTAL_HEALTH,
        ss.Sector.YOUTH_CARE,
        ss.Sector.WELFARE,
    } <= sectors
    assert TEMPLATE.exists()


def test_dump_then_load_gives_the_same_strategy(example: ss.Strategy, tmp_path: Path) -> None:
    target = tmp_path / "copy.toml"
    ss.dump(example, target)
    assert ss.load(target) == example
    assert [p.name for p in tmp_path.iterdir()] == ["copy.toml"]


def test_every_list_of_parts_gets_headers_whatever_its_length() -> None:
    """Short entries are not inlined, so a growing entry never rewrites its neighbours."""
    text = ss.dumps(ss.new_strategy(ss.Sector.HOSPITAL))
    assert text.count("[[readiness]]") == 9
    assert "{" not in text


def test_syntax_error_gives_the_line() -> None:
    with pytest.raises(TomlSyntaxError) as info:
        ss.loads('schema_version = 1\n\n[meta]\ntitle = "open\n', file="kapot.toml")
    (line,) = info.value.lines("en")
    assert line.startswith("kapot.toml:4: not valid TOML")


def test_wrong_type_gives_path_and_line() -> None:
    text = GOOD.replace('name = "Zorggroep Test"', "name = 12345")
    assert _problems(text) == [(4, "organisation.name")]


def test_strict_types_are_not_coerced() -> None:
    """cattrs would turn true into 1 and 7 into "7"; a strategy file may not."""
    text = GOOD.replace('title = "Meer aanmeldingen"', "title = true").replace(
        'id = "fb"', 'id = "fb"\nresponse_hours = "4"\nclient_contact = 1'
    )
    assert [path for _, path in _problems(text)] == [
        "goals[0].title",
        "channels[0].response_hours",
        "channels[0].client_contact",
    ]


def test_unknown_key_is_refused_with_a_hint() -> None:
    text = GOOD.replace('title = "Meer aanmeldingen"', 'titel = "Meer aanmeldingen"')
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(text, file="s.toml")
    (problem,) = info.value.problems
    assert (problem.line, problem.path) == (13, "goals[0].titel")
    assert problem.hint is not None
    assert problem.hint.en == "did you mean 'title'?"
    assert info.value.lines("nl") == [
        "s.toml:13: goals[0].titel: onbekende sleutel 'titel' (bedoelde je 'title'?)"
    ]


def test_unknown_vocabulary_value_suggests_the_nearest() -> None:
    text = GOOD.replace('kind = "facebook"', 'kind = "facebok"')
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(text)
    (problem,) = info.value.problems
    assert problem.path == "channels[0].kind"
    assert problem.hint is not None
    assert "'facebook'" in problem.hint.en


def test_dangling_reference_names_file_path_line_and_target() -> None:
    text = GOOD.replace('goals = ["g1"]', 'goals = ["g10"]')
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(text, file="s.toml")
    assert info.value.lines("en") == [
        "s.toml:19: channels[0].goals[0]: channel 'Facebook' refers to goal 'g10':"
        " that id does not exist in goals (did you mean 'g1'?)"
    ]


def test_all_problems_of_a_file_come_together() -> None:
    """A type error, an unknown key and a dangling reference: one run reports all three."""
    text = (
        GOOD.replace('name = "Zorggroep Test"', "name = 5")
        .replace('goals = ["g1"]', 'goals = ["g7"]')
        .replace('weekdays = "08:30-17:00"', 'weekdays = "08:30-17:00"\nweekend = "10:00-12:00"')
    )
    assert _problems(text) == [
        (4, "organisation.name"),
        (19, "channels[0].goals[0]"),
        (23, "channels[0].moderation.weekend"),
    ]


def test_a_bad_moderation_window() -> None:
    text = GOOD.replace('"08:30-17:00"', '"17:00-08:30"')
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(text)
    (problem,) = info.value.problems
    assert problem.path == "channels[0].moderation.weekdays"
    assert problem.text.nl == "eindtijd 08:30 ligt niet na begintijd 17:00"


def test_missing_required_field() -> None:
    assert _problems(GOOD.replace('id = "fb"\n', "")) == [(16, "channels[0].id")]


def test_a_timestamp_is_not_a_date() -> None:
    text = GOOD.replace(
        "[organisation]", "[meta]\nnext_review = 2027-01-01T10:00:00\n\n[organisation]"
    )
    assert _problems(text) == [(4, "meta.next_review")]


def test_future_schema_version_is_refused_clearly() -> None:
    with pytest.raises(SchemaVersionError) as info:
        ss.loads(GOOD.replace("schema_version = 1", "schema_version = 2"), file="new.toml")
    (line,) = info.value.lines("en")
    assert line.startswith("new.toml:1: schema_version: schema_version 2 is newer")


def test_missing_schema_version() -> None:
    with pytest.raises(SchemaVersionError) as info:
        ss.loads(GOOD.replace("schema_version = 1\n", ""))
    assert info.value.problems[0].hint is not None


def test_invalid_utf8_names_the_line() -> None:
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(GOOD.encode() + b'\n[meta]\ntitle = "caf\xe9"\n', file="latin1.toml")
    assert info.value.problems[0].line == 25
    assert "UTF-8" in info.value.problems[0].text.en


def test_oversized_input_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (ss.MAX_BYTES + 1))
    with pytest.raises(FileTooLargeError):
        ss.load(big)


def test_empty_input_is_not_a_strategy() -> None:
    with pytest.raises(SchemaVersionError):
        ss.loads("")


@pytest.mark.parametrize("make", ["missing", "folder"])
def test_unreadable_paths_raise_the_io_error(tmp_path: Path, make: str) -> None:
    target = tmp_path / "x.toml"
    if make == "folder":
        target.mkdir()
    with pytest.raises(ss.StrategyIOError) as info:
        ss.load(target)
    assert info.value.file == str(target)


def test_utf8_bom_is_accepted() -> None:
    assert ss.loads(b"\xef\xbb\xbf" + GOOD.encode()).organisation.name == "Zorggroep Test"


def test_whole_numbers_are_written_as_typed() -> None:
    goal = ss.Goal(id="g", indicators=(ss.Indicator(kpi="x", baseline=40.0, target=52.5),))
    text = ss.dumps(ss.Strategy(goals=(goal,)))
    assert "baseline = 40\n" in text
    assert "target = 52.5\n" in text


def test_a_very_long_unknown_key_is_shown_short_with_its_line() -> None:
    """A paste gone wrong (a key of thousands of characters) gives a readable message."""
    key = "x" * 5000
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(GOOD + f'\n[meta]\n{key} = "?"\n', file="long.toml")
    (line,) = [line for line in info.value.lines("en") if "unknown key" in line]
    assert len(line) < 300
    assert line.startswith("long.toml:")
    assert "…" in line
    assert info.value.problems[0].line is not None
    assert info.value.problems[0].path.endswith(key)  # machines still get the whole path
