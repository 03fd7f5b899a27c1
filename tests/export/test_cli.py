"""``socialstrategy export``: files in, documents out, safe names, clear errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.export import export
from socialstrategy.files.jsonfile import loads_json
from tests.conftest import EXAMPLES, STRATEGIES

LINDE = STRATEGIES / "zorggroep-de-linde.toml"
TODAY = ["--today", "2026-11-23"]


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_one_file_to_a_named_markdown_file(tmp_path: Path) -> None:
    out = tmp_path / "bord.md"
    code, output = _invoke(
        "export", str(LINDE), "--format", "md", "--document", "board", "-o", str(out), *TODAY
    )
    assert code == 0, output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Bestuurspagina sociale media\n")
    assert "23 november 2026" in text
    assert f"geschreven: {out}" in output


def test_default_output_is_next_to_the_input_with_a_safe_name(tmp_path: Path) -> None:
    source = tmp_path / "linde.toml"
    shutil.copyfile(LINDE, source)
    code, output = _invoke("export", str(source), "--format", "md", *TODAY)
    assert code == 0, output
    assert (tmp_path / "zorggroep-de-linde-rapport.md").is_file()


@pytest.mark.parametrize(
    ("document", "language", "name"),
    [
        ("report", "nl", "zorggroep-de-linde-rapport.md"),
        ("board", "nl", "zorggroep-de-linde-bestuurspagina.md"),
        ("guideline", "en", "zorggroep-de-linde-social-media-guideline.md"),
        ("pocket", "en", "zorggroep-de-linde-crisis-card.md"),
        ("drills", "nl", "zorggroep-de-linde-oefenkaarten-crisis.md"),
        ("progress", "nl", "zorggroep-de-linde-voortgangsrapportage.md"),
        ("progress", "en", "zorggroep-de-linde-progress-report.md"),
    ],
)
def test_names_say_organisation_and_document(
    tmp_path: Path, document: str, language: str, name: str
) -> None:
    code, output = _invoke(
        "export",
        str(LINDE),
        "--format",
        "md",
        "--document",
        document,
        "--lang",
        language,
        "-o",
        str(tmp_path),
        *TODAY,
    )
    assert code == 0, output
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_folder_exports_every_strategy_into_the_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "exports"
    code, output = _invoke(
        "export", str(STRATEGIES), "--format", "md", "--document", "pocket", "-o", str(out), *TODAY
    )
    assert code == 0, output
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == len(list(STRATEGIES.glob("*.toml")))
    assert all(name.endswith("-crisiskaart.md") for name in written)
    assert "7 bestand(en) geschreven, 0 strategie(ën) ongeldig" in output


def test_the_language_flag_works_before_and_after_the_command(tmp_path: Path) -> None:
    for args in (["--lang", "en", "export"], ["export", "--lang", "en"]):
        out = tmp_path / f"{len(args)}-{args[0]}.md"
        code, output = _invoke(*args, str(LINDE), "--format", "md", "-o", str(out), *TODAY)
        assert code == 0, output
        assert "## Management summary" in out.read_text(encoding="utf-8")


def test_json_export_loads_back(tmp_path: Path) -> None:
    code, output = _invoke("export", str(LINDE), "--format", "json", "-o", str(tmp_path))
    assert code == 0, output
    (written,) = tmp_path.iterdir()
    assert written.name == "zorggroep-de-linde.json"
    assert loads_json(written.read_bytes()) == ss.load(LINDE)


def test_a_json_strategy_can_be_exported_again(tmp_path: Path) -> None:
    source = tmp_path / "linde.json"
    source.write_bytes(export(ss.load(LINDE), "json"))
    out = tmp_path / "kaart.md"
    code, output = _invoke(
        "export", str(source), "--format", "md", "--document", "pocket", "-o", str(out)
    )
    assert code == 0, output
    assert out.read_text(encoding="utf-8").startswith("# Crisiskaart sociale media")


def test_invalid_inputs_are_reported_like_validate(tmp_path: Path) -> None:
    """A broken file among good ones: one line with file and line, the others written,
    exit 1, no traceback."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(LINDE, folder / "linde.toml")
    (folder / "kapot.toml").write_text('schema_version = 1\n[meta]\ntitle = "open\n')
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "socialstrategy",
            "export",
            str(folder),
            "--format",
            "md",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"{folder / 'kapot.toml'}:3:" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert [p.name for p in out.iterdir()] == ["zorggroep-de-linde-rapport.md"]


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    code, output = _invoke("export", str(tmp_path / "nope.toml"), "--format", "md")
    assert code == 1
    assert "nope.toml: bestand niet gevonden" in output


def test_several_inputs_need_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "file.md"
    target.write_text("keep")
    code, _ = _invoke(
        "export", str(EXAMPLES[0]), str(EXAMPLES[1]), "--format", "md", "-o", str(target)
    )
    assert code == 2
    assert target.read_text() == "keep"


def test_unsafe_names_stay_in_the_output_folder(tmp_path: Path) -> None:
    """An organisation called like a path, twice: both exports land in the folder,
    under safe and distinct names."""
    strategy = ss.load(LINDE)
    hostile = attrs.evolve(
        strategy, organisation=attrs.evolve(strategy.organisation, name="../../etc/passwd <x>")
    )
    sources = []
    for name in ("a.toml", "b.toml"):
        ss.dump(hostile, tmp_path / name)
        sources.append(str(tmp_path / name))
    out = tmp_path / "out"
    code, output = _invoke("export", *sources, "--format", "md", "-o", str(out))
    assert code == 0, output
    assert sorted(p.name for p in out.iterdir()) == [
        "etc-passwd-x-rapport-2.md",
        "etc-passwd-x-rapport.md",
    ]


def test_a_wrong_date_is_a_usage_error() -> None:
    code, output = _invoke("export", str(LINDE), "--today", "morgen")
    assert code == 2
    assert "is not a date like 2026-11-23" in output


MAGIC = {
    "html": (b"<!doctype html", b"<!DOCTYPE html"),
    "pdf": (b"%PDF-",),
    "docx": (b"PK\x03\x04",),
}


@pytest.mark.parametrize("fmt", sorted(MAGIC))
def test_every_format_writes_a_file_of_its_kind(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"kaart.{fmt}"
    code, output = _invoke(
        "export", str(LINDE), "--format", fmt, "--document", "pocket", "-o", str(out), *TODAY
    )
    assert code == 0, output
    assert out.read_bytes().startswith(MAGIC[fmt])
