"""Sign-in and exposure without a browser: what a signed-out visitor is shown (AppTest),
and when the planner warns that it is open to the network without sign-in.

Signing in itself runs in real Chromium against a real provider: test_signin_browser.py.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
import tomli
from click.testing import CliRunner, Result
from streamlit import config
from streamlit.testing.v1 import AppTest

from socialstrategy.access import Membership, Organisation, Role
from socialstrategy.cli import cli
from socialstrategy.cli.planner import command
from socialstrategy.planner import exposure
from socialstrategy.storage import FolderStore
from tests.conftest import ROOT, STRATEGIES
from tests.planner.conftest import PAGES, start_app

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "a-long-enough-cookie-secret-for-tests",
    "client_id": "planner",
    "client_secret": "planner-secret",
    "server_metadata_url": "http://localhost:9/.well-known/openid-configuration",
}


@pytest.fixture
def address() -> Iterator[None]:
    """Restore Streamlit's server.address after a test sets it."""
    before = config.get_option("server.address")
    yield
    config.set_option("server.address", before)


def _shown(at: AppTest) -> str:
    parts = [*at.markdown, *at.caption, *at.title, *at.subheader, *at.error, *at.warning]
    return "\n".join(str(p.value) for p in parts)


def _draft(workspace: Path) -> str:
    shutil.copyfile(STRATEGIES / "zorggroep-de-linde.toml", workspace / "draft-linde.toml")
    return "draft-linde"


def test_signed_out_visitor_sees_only_sign_in(workspace: Path) -> None:
    """With [auth] configured, a signed-out visitor gets the sign-in page: no plan names,
    no draft list, no steps."""
    _draft(workspace)
    at = start_app()
    at.secrets["auth"] = AUTH
    at.run()
    assert not at.exception, at.exception
    assert [b.label for b in at.button] == ["Inloggen"]
    assert "Inloggen" in _shown(at)
    assert "Linde" not in _shown(at)
    assert not at.selectbox
    assert not at.sidebar.markdown
    assert not at.tabs


def test_signed_out_visit_to_a_plan_url_shows_nothing_of_the_plan(workspace: Path) -> None:
    """`/<step>?d=<id>` signed out: the sign-in page, and the draft is not opened."""
    draft = _draft(workspace)
    at = start_app()
    at.secrets["auth"] = AUTH
    at.query_params["d"] = draft
    at.switch_page(str(PAGES / "goals.py"))
    at.run()
    assert not at.exception, at.exception
    assert [b.label for b in at.button] == ["Inloggen"]
    assert "Linde" not in _shown(at)
    assert not at.text_input
    assert not at.text_area


def test_sign_in_page_in_english(workspace: Path) -> None:
    at = start_app()
    at.secrets["auth"] = AUTH
    at.session_state["language"] = "en"
    at.run()
    assert [b.label for b in at.button] == ["Sign in"]


def test_the_documented_example_offers_microsoft_and_google(workspace: Path) -> None:
    """docs/secrets.example.toml, as the README tells an organisation to use it: a
    button per provider."""
    example = tomli.loads((ROOT / "docs" / "secrets.example.toml").read_text(encoding="utf-8"))
    at = start_app()
    at.secrets["auth"] = example["auth"]
    at.run()
    assert not at.exception, at.exception
    assert [b.label for b in at.button] == ["Inloggen met Microsoft", "Inloggen met Google"]


def test_without_sign_in_the_planner_is_the_single_user_tool(workspace: Path) -> None:
    """No [auth]: Start with its tabs, no sign-in, no warning (listening on 127.0.0.1)."""
    at = start_app()
    at.run()
    assert not at.exception, at.exception
    assert "Inloggen" not in [b.label for b in at.button]
    assert at.tabs
    assert not at.error


def test_open_to_the_network_without_sign_in_says_so(
    workspace: Path, address: None, caplog: pytest.LogCaptureFixture
) -> None:
    """0.0.0.0 without [auth]: a banner on the page and a warning in the log."""
    config.set_option("server.address", "0.0.0.0")
    at = start_app()
    with caplog.at_level("WARNING"):
        at.run()
    assert not at.exception, at.exception
    assert "iedereen die hem bereikt kan elk plan zien en wijzigen" in at.error[0].value
    assert any("without sign-in" in r.getMessage() for r in caplog.records)
    assert at.tabs  # still the planner


def test_open_to_the_network_with_sign_in_is_no_warning(workspace: Path, address: None) -> None:
    config.set_option("server.address", "0.0.0.0")
    at = start_app()
    at.secrets["auth"] = AUTH
    at.run()
    assert not at.error


def test_start_shows_no_server_path(workspace: Path) -> None:
    """With a plan open, Start says it is saved, never where on the server."""
    at = start_app()
    at.query_params["d"] = _draft(workspace)
    at.run()
    assert not at.exception, at.exception
    assert "Elke wijziging wordt direct bewaard." in _shown(at)
    assert str(workspace) not in _shown(at)
    assert str(workspace.parent) not in str(at)


@pytest.mark.parametrize(
    ("address", "local"),
    [
        ("127.0.0.1", True),
        ("127.0.1.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        (None, False),
        ("", False),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("planner.example.org", False),
    ],
)
def test_which_addresses_are_this_computer_only(address: str | None, local: bool) -> None:
    assert exposure.is_local(address) is local


def test_default_address_is_this_computer_only() -> None:
    """`make planner` (the project's config) and `socialstrategy planner` both listen on
    127.0.0.1 unless told otherwise."""
    project = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert 'address = "127.0.0.1"' in project
    assert "--server.address=127.0.0.1" in command(8501, headless=True)
    assert "--server.address=0.0.0.0" in command(8501, headless=True, address="0.0.0.0")


def test_secrets_with_auth_are_found(tmp_path: Path) -> None:
    with_auth = tmp_path / "a.toml"
    with_auth.write_text('[auth]\nclient_id = "x"\n', encoding="utf-8")
    without = tmp_path / "b.toml"
    without.write_text("[other]\nx = 1\n", encoding="utf-8")
    broken = tmp_path / "c.toml"
    broken.write_text("[auth", encoding="utf-8")
    assert exposure.has_auth([without, with_auth])
    assert not exposure.has_auth([without, broken, tmp_path / "missing.toml"])


def _started(monkeypatch: pytest.MonkeyPatch, folder: Path, *args: str) -> tuple[Result, list[str]]:
    """`socialstrategy planner ARGS` in *folder*, with the server start caught."""
    lines: list[list[str]] = []

    def serve(line: list[str], env: dict[str, str]) -> NoReturn:
        lines.append(line)
        raise SystemExit(0)

    monkeypatch.chdir(folder)
    monkeypatch.setattr("socialstrategy.cli.planner.serve", serve)
    monkeypatch.delenv("STREAMLIT_SERVER_ADDRESS", raising=False)
    monkeypatch.setenv("HOME", str(folder))  # not the machine's own ~/.streamlit
    result = CliRunner().invoke(cli, ["planner", "--no-browser", *args])
    return result, lines[0]


def test_cli_listens_on_this_computer_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, line = _started(monkeypatch, tmp_path)
    assert result.exit_code == 0, result.output
    assert "--server.address=127.0.0.1" in line
    assert "WARNING" not in result.output


def test_cli_on_the_network_without_sign_in_warns_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, line = _started(monkeypatch, tmp_path, "--address", "0.0.0.0")
    assert result.exit_code == 0, result.output
    assert "--server.address=0.0.0.0" in line
    assert "WARNING: The planner listens on 0.0.0.0 without sign-in" in result.output


def test_cli_on_the_network_with_sign_in_is_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('[auth]\nclient_id = "x"\n')
    result, _ = _started(monkeypatch, tmp_path, "--address", "0.0.0.0")
    assert "WARNING" not in result.output
    secrets = tmp_path / "elsewhere.toml"
    secrets.write_text('[auth]\nclient_id = "x"\n')
    (tmp_path / ".streamlit" / "secrets.toml").unlink()
    result, line = _started(
        monkeypatch, tmp_path, "--address", "0.0.0.0", "--secrets", str(secrets)
    )
    assert "WARNING" not in result.output
    assert f"--secrets.files={secrets}" in line


ANNA = {
    "is_logged_in": True,
    "sub": "anna",
    "iss": "https://login.example.org",
    "email": "anna@zorggroep.test",
    "name": "Anna de Vries",
}


def test_signed_in_the_planner_is_as_ever_with_the_person_in_the_sidebar(
    workspace: Path,
) -> None:
    """A member of the plan's organisation sees the planner as ever (roles: test_roles.py)."""
    store = FolderStore(workspace)
    store.directory().add_organisation(Organisation("linde"))
    store.directory().grant(Membership(ANNA["email"], "linde", Role.EDITOR))
    store.put(
        "draft-linde", (STRATEGIES / "zorggroep-de-linde.toml").read_bytes(), organisation="linde"
    )
    at = start_app()
    at.secrets["auth"] = AUTH
    at.user = dict(ANNA)
    at.run()
    assert not at.exception, at.exception
    assert "Ingelogd als **Anna de Vries**" in [c.value for c in at.sidebar.caption]
    assert "Uitloggen" in [b.label for b in at.sidebar.button]
    assert at.tabs
    (plan,) = at.selectbox[0].options  # the plans to resume
    assert "Zorggroep De Linde" in plan


def test_current_person_from_the_identity_token() -> None:
    """`identity.current_person()`: who is signed in, for pages and (later) roles."""

    def script() -> None:
        import streamlit as st  # noqa: PLC0415 - AppTest runs the function's source alone

        from socialstrategy.planner.identity import current_person  # noqa: PLC0415

        person = current_person()
        st.write(repr(person))
        st.write(person.shown if person else "-")

    at = AppTest.from_function(script)
    at.user = dict(ANNA)
    at.run()
    assert at.markdown[0].value == (
        "Person(subject='anna', email='anna@zorggroep.test', name='Anna de Vries',"
        " issuer='https://login.example.org', email_verified=True)"
    )
    at.user = {**ANNA, "name": ""}
    at.run()
    assert at.markdown[1].value == "anna@zorggroep.test"  # no name: the e-mail address
    at.user = {"is_logged_in": False, "email": "anna@zorggroep.test"}
    at.run()
    assert at.markdown[0].value == "None"


def test_a_misconfigured_sign_in_fails_in_words(workspace: Path) -> None:
    """[auth] without a provider: the sign-in button says it failed, with a reference
    for the log; no traceback (which would show the server's files)."""
    at = start_app()
    at.secrets["auth"] = {k: AUTH[k] for k in ("redirect_uri", "cookie_secret")}
    at.run()
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert "kon niet worden getoond door een fout in de planner" in at.error[0].value
