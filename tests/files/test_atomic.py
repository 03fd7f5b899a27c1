"""Atomic writes: the old file or the new one, never half, never litter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import socialstrategy as ss
from socialstrategy.files import atomic_write, safe_filename


def test_replaces_content_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "s.toml"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["s.toml"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "s.toml"
    target.write_text("old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        atomic_write(target, b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["s.toml"]


def test_dump_reports_an_unwritable_place(tmp_path: Path) -> None:
    with pytest.raises(ss.StrategyIOError) as info:
        ss.dump(ss.Strategy(), tmp_path / "missing" / "s.toml")
    assert "missing" in info.value.file


def test_safe_filenames_whatever_the_name() -> None:
    assert safe_filename("Zorggroep 't Gooi / Noord", "toml") == "zorggroep-t-gooi-noord.toml"
    assert safe_filename("Cliëntenraad Ünïcode", ".pdf") == "clientenraad-unicode.pdf"
    assert safe_filename("../../etc/passwd", "md") == "etc-passwd.md"
    assert safe_filename("<script>", "html") == "script.html"
    assert safe_filename("", "docx") == "strategie.docx"
    assert len(safe_filename("x" * 500, "toml")) <= 65
