"""A rule that fires on many parts of a long step names the other parts by their section,
in a word each, not by repeating its whole message per part."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from streamlit.testing.v1 import AppTest

import socialstrategy as ss
from tests.planner.conftest import plain


def test_model_texts_elsewhere_on_the_crisis_step_are_named_by_section(
    open_text: Callable[[str, str], tuple[AppTest, Path]],
) -> None:
    fresh = ss.new_strategy(ss.Sector.DISABILITY_CARE, "De Brug")
    at, _ = open_text("crisis", ss.dumps(fresh))
    boxes = [plain(w.value) for w in at.warning if "overgenomen zonder aanpassing" in w.value]
    # One box for the rule: the general section's own fields by their names, the parts in
    # the other sections each by its section's name, never the rule's message again.
    (box,) = boxes
    also = box.split("Ook bij: ", 1)[1].split("\n", 1)[0]
    for section in ("Escalatie", "Scenario's", "Triage", "Beslisboom", "Uitgangspunten"):
        assert section in also
    assert "niemand heeft aangepast" not in also
