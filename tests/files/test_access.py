"""Only regular files are read, and never more than the size limit, however they look."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest

import socialstrategy as ss
from socialstrategy.files import read_regular
from socialstrategy.files.jsonfile import load_json
from tests.conftest import TEMPLATE


def _at_once(call: Any) -> BaseException | None:
    """Run *call* in a thread and say what it raised; fail if it is still busy after
    ten seconds (a FIFO opened for reading waits for a writer for ever)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert outcome, "still reading after ten seconds"
    return outcome[0]


def test_a_fifo_is_refused_without_being_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.toml"
    os.mkfifo(fifo)
    error = _at_once(lambda: ss.load(fifo))
    assert isinstance(error, ss.StrategyIOError)
    assert "not a regular file" in error.text.en


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_before_a_byte_is_read(device: str) -> None:
    error = _at_once(lambda: ss.load(device))
    assert isinstance(error, ss.StrategyIOError)
    assert error.describe("en") == (
        f"{device}: this is not a regular file (but a device, pipe or socket)"
    )


def test_a_json_link_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "plan.json"
    link.symlink_to("/dev/zero")
    error = _at_once(lambda: load_json(link))
    assert isinstance(error, ss.StrategyIOError)
    assert "not a regular file" in error.text.en


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ss.StrategyIOError, match="this is a folder, not a file"):
        read_regular(tmp_path)


def test_the_limit_holds_while_reading_not_only_by_the_size_on_disk() -> None:
    """/proc/self/pagemap is a regular file that says it is empty and reads on for
    gigabytes: it is read up to the limit and one byte more, then refused."""
    assert Path("/proc/self/pagemap").stat().st_size == 0
    with pytest.raises(ss.FileTooLargeError, match="file is too large"):
        read_regular("/proc/self/pagemap")


def test_a_regular_file_and_a_link_to_one_are_read(tmp_path: Path) -> None:
    link = tmp_path / "plan.toml"
    link.symlink_to(TEMPLATE)
    assert read_regular(link) == TEMPLATE.read_bytes()
    assert ss.load(link) == ss.load(TEMPLATE)


def test_a_path_too_long_is_a_clear_error() -> None:
    with pytest.raises(ss.StrategyIOError) as info:
        ss.load("a" * 5000 + ".toml")
    assert info.value.text.en == "the path, or a name in it, is too long for the file system"


def test_a_missing_json_file_is_the_same_error_as_a_missing_toml_file(tmp_path: Path) -> None:
    with pytest.raises(ss.StrategyIOError, match="file not found"):
        load_json(tmp_path / "nope.json")
