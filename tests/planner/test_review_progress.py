"""The review step offers the progress report for the board among its documents."""

from __future__ import annotations

from typing import Any

from tests.planner.conftest import by_key, plain


def test_the_progress_report_is_offered_by_its_dutch_name(open_step: Any) -> None:
    at, _ = open_step("review", example="zorggroep-de-linde.toml")
    documents = by_key(at.selectbox, "review.export.document")
    assert "Voortgangsrapportage (voor het bestuur)" in documents.options  # type: ignore[attr-defined]
    documents.set_value("progress").run()  # type: ignore[attr-defined]
    assert not at.exception
    assert plain(at.get("download_button")[1].proto.label) == (
        "Downloaden: zorggroep-de-linde-voortgangsrapportage.pdf"
    )
