"""The consent register on the guidelines step: rows reach the file, findings stand beside."""

from __future__ import annotations

import datetime as dt
from typing import Any

from streamlit.testing.v1 import AppTest

import socialstrategy as ss
from tests.planner.conftest import saved

YOUTH = "jeugdzorg-op-koers.toml"


def _edit(at: AppTest, **changes: Any) -> AppTest:
    key = next(k for k in at.session_state if str(k).endswith(":consents"))
    at.session_state[key] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [], **changes}
    at.run()
    assert not at.exception, at.exception
    return at


def _boxes(at: AppTest) -> list[str]:
    return [e.value for e in (*at.error, *at.warning, *at.info)]


def test_the_register_shows_under_the_consent_policy(open_step: Any) -> None:
    at, _ = open_step("guidelines", example=YOUTH)
    headers = [h.value for h in at.subheader]
    assert "Toestemmingsregister beeldmateriaal" in headers
    assert headers.index("Toestemmingsregister beeldmateriaal") > headers.index(
        "Toestemming voor foto's en video van cliënten"
    )
    assert [b.label.replace("\\", "") for b in at.get("download_button")] == [
        "PDF: jeugdzorg-op-koers-toestemmingsregister.pdf",
        "Spreadsheet (CSV): jeugdzorg-op-koers-toestemmingsregister.csv",
    ]


def test_an_expired_consent_shows_its_finding_beside_the_register(open_step: Any) -> None:
    at, _ = open_step("guidelines", example=YOUTH)
    expired = [b for b in _boxes(at) if b.startswith("**Toestemming verlopen**")]
    assert len(expired) == 1
    assert "Video van de jongerenraad over inspraak" in expired[0]


def test_adding_a_row_saves_it_to_the_file(open_step: Any) -> None:
    at, path = open_step("guidelines", example=YOUTH)
    before = saved(path).consents
    row = {
        "what": "Foto's open dag 2026",
        "pseudonym": "Jongere 31",
        "situation": "under_16",
        "signatories": ["client", "parent"],
        "reach": "both",
        "given": "01-10-2026",
        "expires": "30-09-2027",
        "published_on": ["instagram"],
    }
    _edit(at, added_rows=[row])
    after = saved(path).consents
    assert after[: len(before)] == before
    added = after[-1]
    assert added.id == "foto-s-open-dag-2026"
    assert added.pseudonym == "Jongere 31"
    assert added.situation is ss.ClientSituation.UNDER_16
    assert added.signatories == (ss.Signatory.CLIENT, ss.Signatory.PARENT)
    assert added.reach is ss.ConsentReach.BOTH
    assert (added.given, added.expires) == (dt.date(2026, 10, 1), dt.date(2027, 9, 30))
    assert added.published_on == ("instagram",)


def test_a_row_without_pseudonym_is_kept_and_named(open_step: Any) -> None:
    """Saved as it is, not dropped: the table says what the row lacks, and the finding
    names the image."""
    at, path = open_step("guidelines", example=YOUTH)
    _edit(at, added_rows=[{"what": "Video kookles", "signatories": ["client"], "reach": "both"}])
    added = saved(path).consents[-1]
    assert (added.what, added.pseudonym) == ("Video kookles", "")
    boxes = _boxes(at)
    warnings = [w.value for w in at.warning]
    assert any("Bewaard, maar nog niet compleet: rij 5 mist" in w for w in warnings), warnings
    assert any("Cliënt" in w and "pseudoniem" in w for w in warnings), warnings
    assert any(
        b.startswith("**Toestemming zonder pseudoniem**") and "Video kookles" in b for b in boxes
    ), boxes


def test_a_minor_without_a_parent_is_found_once_saved(open_step: Any) -> None:
    at, path = open_step("guidelines", example=YOUTH)
    _edit(at, edited_rows={"0": {"signatories": ["client"]}})
    assert saved(path).consents[0].signatories == (ss.Signatory.CLIENT,)
    assert any(b.startswith("**Kind onder de 16 zonder toestemming ouder**") for b in _boxes(at))


def test_an_end_before_the_start_is_refused_and_the_row_kept(open_step: Any) -> None:
    at, path = open_step("guidelines", example=YOUTH)
    before = saved(path).consents[0]
    _edit(at, edited_rows={"0": {"expires": "01-01-2026"}})
    assert saved(path).consents[0] == before
    assert any("Niet bewaard" in e.value for e in at.error)
