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
    boxes = [plain(w.value) for w in at.warning if "Overgenomen zonder aanpassing" in w.value]
    # Beside each of the general section's own fields, its own box (5 fields) ...
    own = [b for b in boxes if "nog een modeltekst" in b]
    assert len(own) == 5
    # ... and the parts in the other sections in one box, each by its section's name.
    (elsewhere,) = [b for b in boxes if "× Overgenomen" in b]
    places = elsewhere.split(" · ", 1)[1].split("\n", 1)[0]
    for section in ("Escalatie", "Scenario's", "Triage", "Beslisboom", "Uitgangspunten"):
        assert section in places
    assert "niemand heeft aangepast" not in places
