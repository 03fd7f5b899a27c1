"""The planner speaks of the governance the plan records: a GP partnership without a
works council or client council sees the partners, the staff and a patient panel, never
the raad van bestuur, the OR or a cliëntenraad."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.planner.conftest import by_key

GP_CENTRE = Path(__file__).parent.parent / "export" / "gezondheidscentrum-de-brink.toml"


@pytest.fixture
def gp_step(open_text: Any) -> Any:
    text = GP_CENTRE.read_text(encoding="utf-8")
    return lambda step: open_text(step, text)


def _shown(at: Any) -> str:
    parts = [str(e.value) for kind in ("markdown", "caption", "subheader") for e in at.get(kind)]
    for kind in ("date_input", "text_input", "text_area", "selectbox"):
        for widget in at.get(kind):
            parts += [str(getattr(widget, name, "") or "") for name in ("label", "help")]
            parts.append(str(getattr(widget.proto, "placeholder", "") or ""))
    return "\n".join(parts)


def test_the_guideline_step_names_the_partners_and_the_his(gp_step: Any) -> None:
    at, _ = gp_step("guidelines")
    assert not at.exception
    assert by_key(at.date_input, "guidelines.adopted").label == "Vastgesteld door de maatschap"
    assert (
        by_key(at.date_input, "guidelines.works_council_advice").label
        == "Besproken met de medewerkers"
    )
    assert by_key(at.text_input, "guidelines.consent.recorded_in").placeholder == (
        "bijvoorbeeld 'in het HIS'"
    )
    shown = _shown(at)
    for never in ("raad van bestuur", "ondernemingsraad", " OR ", "cliëntenraad", "ECD"):
        assert never not in shown


def test_the_engagement_step_suggests_a_patient_panel(gp_step: Any) -> None:
    at, _ = gp_step("engagement")
    assert not at.exception
    shown = _shown(at)
    assert "een gesprek met een patiëntenpanel" in shown
    assert [line for line in shown.splitlines() if "cliëntenraad" in line] == []
