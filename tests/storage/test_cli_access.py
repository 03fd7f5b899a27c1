"""``socialstrategy organisations | users | audit`` through the real console entry point,
on every kind of store."""

from __future__ import annotations

import json

import socialstrategy as ss
from socialstrategy.access import Membership, Role
from socialstrategy.storage import Store
from tests.storage.test_cli_store import _run


def test_bootstrap_an_organisation_and_its_first_admin(store_url: str, store: Store) -> None:
    """The command line adds an organisation and its admin, lists, changes and removes
    members; every change is in the audit trail, by plan too."""
    added = _run(
        "organisations", "add", "linde", "--name", "Zorggroep De Linde", "--store", store_url
    )
    assert added.returncode == 0, added.stderr
    assert "organisatie toegevoegd: linde" in added.stdout
    made = _run(
        "users", "add", "Anna@Linde.test", "--organisation", "linde", "--role", "editor",
        "--admin", "--store", store_url,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "anna@linde.test is nu bewerker bij linde en beheerder"
    assert store.directory().members() == [
        Membership("anna@linde.test", "linde", Role.EDITOR, admin=True)
    ]
    _run("users", "add", "carla@linde.test", "--organisation", "linde", "--role", "viewer",
         "--store", store_url)  # fmt: skip
    listed = _run("--lang", "en", "users", "list", "--store", store_url)
    assert listed.stdout.splitlines() == [
        "linde  anna@linde.test   editor  and admin",
        "linde  carla@linde.test  viewer",
    ]
    as_json = json.loads(
        _run(
            "users", "list", "--organisation", "linde", "--format", "json", "--store", store_url
        ).stdout
    )
    assert as_json[1] == {
        "email": "carla@linde.test", "organisation": "linde", "role": "viewer", "admin": False,
    }  # fmt: skip
    removed = _run(
        "users", "remove", "carla@linde.test", "--organisation", "linde", "--store", store_url
    )
    assert removed.returncode == 0, removed.stderr
    assert [m.email for m in store.directory().members()] == ["anna@linde.test"]

    plan = store.create(
        ss.new_strategy(ss.Sector.ELDERLY_CARE, "De Linde"),
        author="anna@linde.test",
        organisation="linde",
    )
    trail = json.loads(_run("audit", "--store", store_url, "--format", "json").stdout)
    assert [r["action"] for r in trail] == [
        "organisation-added", "member-granted", "member-granted", "member-revoked", "plan-created",
    ]  # fmt: skip
    by_plan = json.loads(
        _run("audit", "--plan", plan.id, "--format", "json", "--store", store_url).stdout
    )
    assert [(r["actor"], r["plan"], r["revision"]) for r in by_plan] == [
        ("anna@linde.test", plan.id, 1)
    ]
    text = _run("audit", "--plan", plan.id, "--store", store_url).stdout
    assert f"anna@linde.test  plan-created  linde  {plan.id}@1" in text
    orgs = _run("--lang", "en", "organisations", "list", "--store", store_url)
    assert orgs.stdout.strip() == "linde  Zorggroep De Linde"


def test_clear_errors_in_both_languages(store_url: str) -> None:
    """A mistake is one line in the manager's language and an exit code; no traceback."""
    unknown = _run("users", "add", "anna@linde.test", "--organisation", "nergens", "--role",
                   "editor", "--store", store_url)  # fmt: skip
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "er is geen organisatie 'nergens'"
    _run("organisations", "add", "linde", "--store", store_url)
    twice = _run("--lang", "en", "organisations", "add", "linde", "--adopt", "--store", store_url)
    assert (twice.returncode, twice.stderr.strip()) == (
        1,
        "the organisation 'linde' already exists",
    )
    bad_mail = _run("users", "add", "anna", "--organisation", "linde", "--role", "viewer",
                    "--store", store_url)  # fmt: skip
    assert (bad_mail.returncode, bad_mail.stderr.strip()) == (2, "geen geldig e-mailadres: 'anna'")
    bad_org = _run("--lang", "en", "organisations", "add", "De Linde", "--store", store_url)
    assert bad_org.returncode == 2
    assert "not an organisation id" in bad_org.stderr
    no_member = _run("users", "remove", "bram@linde.test", "--organisation", "linde",
                     "--store", store_url)  # fmt: skip
    assert (no_member.returncode, no_member.stderr.strip()) == (
        1, "bram@linde.test is geen lid van 'linde'",
    )  # fmt: skip
    bad_role = _run("users", "add", "anna@linde.test", "--organisation", "linde", "--role",
                    "baas", "--store", store_url)  # fmt: skip
    assert bad_role.returncode == 2
    assert "Traceback" not in bad_role.stderr


def test_an_organisation_adopts_the_plans_made_before_sign_in(store_url: str, store: Store) -> None:
    store.create(ss.new_strategy(ss.Sector.ELDERLY_CARE, "Oud plan"))
    done = _run("organisations", "add", "linde", "--adopt", "--store", store_url)
    assert done.returncode == 0, done.stderr
    assert "plannen zonder organisatie die nu bij linde horen: 1" in done.stdout
    assert len(store.ids("linde")) == 1
