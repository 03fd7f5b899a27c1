"""The bad-input corpus: every broken file is refused alike by the library, the command
line and the planner, with the expected error and every problem, never a traceback, and
nothing written. The tricky corpus holds valid strategies whose text looks like paths,
scripts and templates: they load unchanged, round-trip exactly and are shown as text.

``tests/corpus/bad/expect.toml`` says, per file, which error it raises and which problems
(field path, line) it reports; a file marked ``generate`` is written at test time.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
import tomli
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.errors import FileTooLargeError, SchemaVersionError, TomlSyntaxError
from socialstrategy.files.jsonfile import dumps_json, loads_json
from tests.planner.conftest import PAGES, by_key, plain, start_app

CORPUS = Path(__file__).parent / "corpus"
BAD = CORPUS / "bad"
EXPECT: dict[str, dict[str, Any]] = tomli.loads((BAD / "expect.toml").read_text(encoding="utf-8"))
TRICKY = sorted((CORPUS / "tricky").glob("*.toml"))
ERRORS = {
    cls.__name__: cls
    for cls in (ss.InvalidStrategyError, TomlSyntaxError, FileTooLargeError, SchemaVersionError)
}
UPLOAD_LIMIT_MB = ss.MAX_BYTES // (1024 * 1024)


def _generate(kind: str, path: Path) -> None:
    assert kind == "50mb"
    line = b"# " + b"x" * 1021 + b"\n"  # 1 KiB
    with path.open("wb") as out:
        out.write(b"schema_version = 1\n")
        for _ in range(50 * 1024):
            out.write(line)


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every file of the corpus by name; the generated ones written once."""
    folder = tmp_path_factory.mktemp("generated")
    files = {}
    for name, expect in EXPECT.items():
        files[name] = BAD / name
        if "generate" in expect:
            files[name] = folder / name
            _generate(expect["generate"], files[name])
    return files


def _expected(name: str) -> list[tuple[str, int | None]]:
    return sorted((p["path"], p.get("line")) for p in EXPECT[name]["problems"])


def _found(error: ss.InvalidStrategyError) -> list[tuple[str, int | None]]:
    return sorted((p.path, p.line) for p in error.problems)


# -- the corpus itself ------------------------------------------------------------------


def test_the_corpus_lists_every_file_and_only_those() -> None:
    committed = {p.name for p in BAD.glob("*.toml")} - {"expect.toml"}
    listed = {name for name, expect in EXPECT.items() if "generate" not in expect}
    assert committed == listed
    assert len(EXPECT) >= 60
    assert all(p.stat().st_size < 200_000 for p in BAD.iterdir())
    assert all(expect["problems"] for expect in EXPECT.values())


def test_the_corpus_starts_from_a_valid_strategy() -> None:
    """Each bad file is this one with one defect, so each error is about that defect."""
    assert ss.validate(ss.load(CORPUS / "base.toml")) == ()


# -- (a) the library --------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_the_library_raises_the_expected_error_with_every_problem(
    name: str, bad_files: dict[str, Path]
) -> None:
    path = bad_files[name]
    with pytest.raises(ss.InvalidStrategyError) as from_file:
        ss.load(path)
    with pytest.raises(ss.InvalidStrategyError) as from_bytes:
        ss.loads(path.read_bytes(), file=name)
    for error in (from_file.value, from_bytes.value):
        assert type(error) is ERRORS[EXPECT[name]["error"]]
        assert _found(error) == _expected(name)
    assert from_file.value.file == str(path)
    lines = from_file.value.lines("en")
    assert len(lines) == len(from_file.value.problems)
    assert all(line.startswith(f"{path}:") and len(line.splitlines()) == 1 for line in lines)


# -- (b) the command line ---------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_validate_prints_one_line_per_problem_and_exits_one(
    name: str, bad_files: dict[str, Path]
) -> None:
    path = bad_files[name]
    result = CliRunner().invoke(cli, ["--lang", "en", "validate", str(path)])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    lines = result.stdout.splitlines()
    assert len(lines) == len(EXPECT[name]["problems"])
    assert all(line.startswith(f"{path}:") for line in lines)
    for problem_path, line in _expected(name):
        where = f"{path}:{line}: " if line is not None else f"{path}: "
        shown = problem_path.replace("\n", "\\n")
        assert any(out.startswith(where + shown) for out in lines), (where, shown, lines)
    assert "1 file(s) checked, 1 invalid" in result.stderr
    assert "Traceback" not in result.output


def test_the_console_script_validates_the_whole_corpus_without_a_traceback(
    bad_files: dict[str, Path],
) -> None:
    """One real process over every file: each problem a line of its own, then the count."""
    paths = [str(bad_files[name]) for name in sorted(EXPECT)]
    result = subprocess.run(
        [sys.executable, "-m", "socialstrategy", "--lang", "en", "validate", *paths],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name, path in zip(sorted(EXPECT), paths, strict=True):
        mine = [line for line in lines if line.startswith(f"{path}:")]
        assert len(mine) == len(EXPECT[name]["problems"]), name
    assert len(lines) == sum(len(expect["problems"]) for expect in EXPECT.values())
    assert f"{len(paths)} file(s) checked, {len(paths)} invalid" in result.stderr


# -- (c) the planner's upload -----------------------------------------------------------


@pytest.fixture(scope="module")
def planner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AppTest, Path]]:
    """The start page on a workspace of its own, used for one upload after another."""
    folder = tmp_path_factory.mktemp("workspace")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOCIALSTRATEGY_WORKSPACE", str(folder))
        at = start_app().run()
        assert not at.exception
        yield at, folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.get("file_uploader")[0].set_value((name, data, "text/plain"))  # type: ignore[attr-defined]
    at.run()
    return at.button(key="start.upload.open").click().run()


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_an_upload_is_refused_with_an_error_and_nothing_is_written(
    name: str, bad_files: dict[str, Path], planner: tuple[AppTest, Path]
) -> None:
    at, folder = planner
    before = _snapshot(folder)
    _upload(at, name, bad_files[name].read_bytes())
    assert not at.exception
    (error,) = at.error
    if EXPECT[name]["error"] == "FileTooLargeError":
        assert f"{UPLOAD_LIMIT_MB} MiB" in error.value
    else:
        assert plain(error.value).count(f"- {name}") == len(EXPECT[name]["problems"])
    assert at.title[0].value == "Start"
    assert _snapshot(folder) == before


# -- the size limit ---------------------------------------------------------------------


def _never(*args: object, **kwargs: object) -> None:
    raise AssertionError("parsed or read although it is too large")


def test_the_loader_refuses_oversized_input_before_parsing_it(
    monkeypatch: pytest.MonkeyPatch, bad_files: dict[str, Path]
) -> None:
    monkeypatch.setattr(tomli, "loads", _never)
    too_large = b"#" * (ss.MAX_BYTES + 1)
    with pytest.raises(FileTooLargeError):
        ss.loads(too_large)
    with pytest.raises(FileTooLargeError):
        ss.loads(too_large.decode())
    monkeypatch.setattr(Path, "read_bytes", _never)
    with pytest.raises(FileTooLargeError):
        ss.load(bad_files["huge-50mb.toml"])


def test_input_of_exactly_the_limit_is_parsed() -> None:
    at_limit = b"schema_version = 1\n" + b"#" * (ss.MAX_BYTES - 20) + b"\n"
    assert len(at_limit) == ss.MAX_BYTES
    assert ss.loads(at_limit) == ss.Strategy()


def test_the_upload_limit_is_enforced_by_the_page_too(
    monkeypatch: pytest.MonkeyPatch, planner: tuple[AppTest, Path]
) -> None:
    """The browser stops larger uploads, and the page itself refuses them unread."""
    at, folder = planner
    assert at.get("file_uploader")[0].proto.max_upload_size_mb == UPLOAD_LIMIT_MB
    monkeypatch.setattr(tomli, "loads", _never)
    monkeypatch.setattr("socialstrategy.files.loads", _never)
    before = _snapshot(folder)
    _upload(at, "te-groot.toml", b"#" * (ss.MAX_BYTES + 1))
    assert not at.exception
    (error,) = at.error
    assert f"{UPLOAD_LIMIT_MB} MiB" in error.value
    assert _snapshot(folder) == before


# -- the tricky corpus: valid, however it looks -----------------------------------------


def _free_texts(part: object, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, text) of every free-text field of *part*, recursively."""
    for field in attrs.fields(type(part)):
        value = getattr(part, field.name)
        here = f"{path}.{field.name}" if path else field.name
        if "max_length" in field.metadata:
            yield here, value
        elif "max_item_length" in field.metadata:
            yield from ((f"{here}[{i}]", item) for i, item in enumerate(value))
        elif attrs.has(type(value)):
            yield from _free_texts(value, here)
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if attrs.has(type(item)):
                    yield from _free_texts(item, f"{here}[{i}]")


@pytest.fixture(params=TRICKY, ids=lambda p: p.stem)
def tricky(request: pytest.FixtureRequest) -> tuple[Path, str]:
    """A tricky file and the text it puts in every free-text field."""
    path: Path = request.param
    return path, ss.load(path).meta.title


def test_there_are_tricky_files_for_paths_scripts_templates_and_shells() -> None:
    payloads = {ss.load(p).meta.title for p in TRICKY}
    assert {"../../etc/passwd", "<script>alert(1)</script>", "{{7*7}}", "$(rm -rf /)"} <= payloads


def test_tricky_text_loads_unchanged_and_round_trips_exactly(tricky: tuple[Path, str]) -> None:
    path, payload = tricky
    strategy = ss.load(path)
    texts = dict(_free_texts(strategy))
    assert len(texts) > 70
    assert set(texts.values()) == {payload}
    assert ss.dumps(strategy) == path.read_text(encoding="utf-8")
    assert loads_json(dumps_json(strategy)) == strategy


def test_the_command_line_shows_tricky_text_as_it_is(tricky: tuple[Path, str]) -> None:
    path, payload = tricky
    valid = CliRunner().invoke(cli, ["--lang", "en", "validate", str(path)])
    assert valid.exit_code == 0
    assert valid.stdout == f"{path}: valid\n"
    report = CliRunner().invoke(cli, ["--lang", "en", "score", str(path)])
    assert report.exit_code == 0
    assert report.stdout.startswith(payload + "\n")


#: Every step, and every section of the crisis plan (only the chosen one is built).
#: Every step, and every further section of the steps shown one section at a time.
SECTIONS = {
    "organisation": ("organisation.processes", "meta"),
    "guidelines": ("guidelines.rules", "media_guidance"),
    "crisis": ("crisis.tiers", "crisis.escalation", "crisis.scenarios", "crisis.legal_clocks"),
}
#: (The page "Toegang en rollen" shows no plan: it is for organisation admins, with sign-in.)
VIEWS = [(p.stem, None) for p in sorted(PAGES.glob("*.py")) if p.stem != "access"] + [
    (step, section) for step, sections in SECTIONS.items() for section in sections
]


def _check_previews_then_open_all(at: AppTest, payload: str) -> None:
    """Readiness shows a closed question's explanation in short: the text, read back from
    its Markdown escapes, is the payload or its start with an ellipsis. Then every question
    is opened, as clicks do, so its fields are checked like every other step's."""
    previews = [
        c.value
        for c in at.caption
        if " · " in c.value and not c.value.startswith("Nog geen toelichting")
    ]
    assert previews  # the questions the file explains; the others have no text yet
    for preview in previews:
        shown = plain(preview.rsplit(" · ", 1)[0])
        one_line = " ".join(payload.split())
        assert shown == one_line.rstrip(",;:.") or (
            shown.endswith("…") and one_line.startswith(shown[:-1])
        ), preview
    for name in [k for k in at.session_state if str(k).endswith(".details")]:
        at.session_state[name] = True
    at.run()
    assert len([a for a in at.text_area if str(a.key).endswith(".explanation")]) == 9


def test_the_planner_shows_tricky_text_as_it_is(
    tricky: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On every step, fields hold the text exactly; no text is formatted or cut."""
    path, payload = tricky
    monkeypatch.setenv("SOCIALSTRATEGY_WORKSPACE", str(tmp_path))
    (tmp_path / "tricky.toml").write_bytes(path.read_bytes())
    at = start_app()
    at.query_params["d"] = "tricky"
    shown_in_fields = 0
    for step, section in VIEWS:
        at.switch_page(str(PAGES / f"{step}.py")).run()
        if section:
            control = by_key(at.button_group, f"{step}.section")
            control.set_value(section).run()  # type: ignore[attr-defined]
        assert not at.exception, step
        if step == "readiness":
            _check_previews_then_open_all(at, payload)
        # Owners are chosen from a list of the plan's names: the list holds the text too.
        owners = [b.value for b in at.selectbox if str(b.key).endswith(".who")]
        fields = [w.value for w in (*at.text_input, *at.text_area)] + owners
        shown_in_fields += fields.count(payload)
        as_typed = {payload, f"{payload}\n{payload}"}  # a checklist: one item a line
        assert all(value in as_typed for value in fields if value and value[:4] == payload[:4])
        # Read back from its Markdown escapes, the text is the payload: not formatted, not cut.
        shown = [plain(e.value) for kind in ("markdown", "caption") for e in at.get(kind)]
        assert all(payload in text for text in shown if payload[:6] in text), step
    assert shown_in_fields >= 40
    assert (tmp_path / "tricky.toml").read_bytes() == path.read_bytes()
