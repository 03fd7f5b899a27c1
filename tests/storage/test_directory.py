"""The directory contract: organisations, members and the audit trail, the same from the
folder, SQLite and PostgreSQL stores."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import socialstrategy as ss
from socialstrategy.access import (
    Action,
    Membership,
    NotAMemberError,
    Organisation,
    OrganisationExistsError,
    Role,
    UnknownOrganisationError,
)
from socialstrategy.storage import DraftNotFoundError, Store, open_store
from tests.storage.workers import signed


def _plan(name: str = "Zorggroep Proef") -> ss.Strategy:
    return ss.new_strategy(ss.Sector.ELDERLY_CARE, name)


def _two(store: Store) -> None:
    store.directory().add_organisation(Organisation("linde", "Zorggroep De Linde"), actor="root")
    store.directory().add_organisation(Organisation("baken", "Stichting Het Baken"))


def test_organisations_are_added_once(store: Store) -> None:
    _two(store)
    directory = store.directory()
    assert directory.organisations() == [
        Organisation("baken", "Stichting Het Baken"),
        Organisation("linde", "Zorggroep De Linde"),
    ]
    with pytest.raises(OrganisationExistsError, match="linde"):
        directory.add_organisation(Organisation("linde", "Nog een"))
    assert len(directory.organisations()) == 2


def test_a_person_has_a_role_per_organisation(store: Store) -> None:
    """A consultant belongs to two organisations with a role in each; a change of role
    replaces the old one; e-mail addresses are kept in lower case."""
    _two(store)
    directory = store.directory()
    directory.grant(Membership("Anna@Zorg.test", "linde", Role.EDITOR, admin=True))
    directory.grant(Membership("anna@zorg.test", "baken", Role.VIEWER))
    directory.grant(Membership("bram@zorg.test", "linde", Role.REVIEWER))
    assert directory.members(email="ANNA@zorg.test") == [
        Membership("anna@zorg.test", "baken", Role.VIEWER),
        Membership("anna@zorg.test", "linde", Role.EDITOR, admin=True),
    ]
    directory.grant(Membership("anna@zorg.test", "baken", Role.EDITOR))
    assert [m.role for m in directory.members(email="anna@zorg.test")] == [Role.EDITOR] * 2
    assert [m.email for m in directory.members("linde")] == ["anna@zorg.test", "bram@zorg.test"]
    assert len(directory.members()) == 3


def test_membership_needs_an_organisation_and_revoking_a_member(store: Store) -> None:
    _two(store)
    directory = store.directory()
    with pytest.raises(UnknownOrganisationError, match="nergens"):
        directory.grant(Membership("anna@zorg.test", "nergens", Role.EDITOR))
    directory.grant(Membership("anna@zorg.test", "linde", Role.EDITOR))
    directory.revoke("anna@zorg.test", "linde")
    assert directory.members() == []
    with pytest.raises(NotAMemberError, match=r"anna@zorg\.test"):
        directory.revoke("anna@zorg.test", "linde")


def test_every_change_is_in_the_audit_trail(store: Store) -> None:
    """Who, when, which plan, which revision; and every change of members."""
    _two(store)
    directory = store.directory()
    directory.grant(Membership("bram@zorg.test", "linde", Role.VIEWER), actor="anna@zorg.test")
    directory.grant(Membership("bram@zorg.test", "linde", Role.EDITOR), actor="anna@zorg.test")
    made = store.create(_plan(), author="anna@zorg.test", organisation="linde")
    saved = store.save(made, signed(made, "Bram").strategy, author="bram@zorg.test")
    directory.revoke("bram@zorg.test", "linde", actor="anna@zorg.test")
    store.delete(made.id, author="anna@zorg.test")
    trail = directory.audit()
    assert [(r.action, r.actor, r.organisation, r.plan, r.revision) for r in trail] == [
        (Action.ORGANISATION_ADDED, "root", "linde", "", 0),
        (Action.ORGANISATION_ADDED, "", "baken", "", 0),
        (Action.MEMBER_GRANTED, "anna@zorg.test", "linde", "", 0),
        (Action.MEMBER_CHANGED, "anna@zorg.test", "linde", "", 0),
        (Action.PLAN_CREATED, "anna@zorg.test", "linde", made.id, 1),
        (Action.PLAN_SAVED, "bram@zorg.test", "linde", made.id, saved.revision),
        (Action.MEMBER_REVOKED, "anna@zorg.test", "linde", "", 0),
        (Action.PLAN_DELETED, "anna@zorg.test", "linde", made.id, 0),
    ]
    assert [r.detail for r in trail[2:4]] == ["viewer", "editor"]
    assert trail[2].member == "bram@zorg.test"
    assert all(a.at <= b.at for a, b in itertools.pairwise(trail))
    assert [r.action for r in directory.audit(plan=made.id)] == [
        Action.PLAN_CREATED,
        Action.PLAN_SAVED,
        Action.PLAN_DELETED,
    ]
    assert {r.organisation for r in directory.audit(organisation="baken")} == {"baken"}


def test_plans_belong_to_an_organisation(store: Store) -> None:
    """Plans are listed per organisation, and each says whose it is; an import too."""
    _two(store)
    linde = store.create(_plan("De Linde"), organisation="linde")
    baken = store.create(_plan("Het Baken"), organisation="baken")
    own = store.create(_plan("Zonder organisatie"))
    assert store.ids("linde") == [linde.id]
    assert [s.id for s in store.summaries("baken")] == [baken.id]
    assert {s.id: s.organisation for s in store.summaries()} == {
        linde.id: "linde",
        baken.id: "baken",
        own.id: "",
    }
    assert store.organisation_of(baken.id) == "baken"
    assert store.organisation_of(own.id) == ""
    store.put("geimporteerd-plan", store.data(linde.id), organisation="baken")
    assert store.organisation_of("geimporteerd-plan") == "baken"
    with pytest.raises(DraftNotFoundError):
        store.organisation_of("bestaat-niet-1234")


def test_the_directory_is_shared_by_every_process(store_url: str) -> None:
    """A second store on the same URL (another planner process) sees the same members."""
    first, second = open_store(store_url), open_store(store_url)
    try:
        first.directory().add_organisation(Organisation("linde"))
        first.directory().grant(Membership("anna@zorg.test", "linde", Role.EDITOR))
        assert second.directory().members() == first.directory().members()
        made = first.create(_plan(), organisation="linde")
        assert second.organisation_of(made.id) == "linde"
    finally:
        first.close()
        second.close()


def test_the_folder_keeps_its_directory_readable(tmp_path: Path) -> None:
    """A folder's directory is a TOML file a person can read."""
    folder = open_store(str(tmp_path))
    folder.directory().add_organisation(Organisation("linde", "Zorggroep De Linde"))
    folder.directory().grant(Membership("anna@zorg.test", "linde", Role.VIEWER, admin=True))
    text = (tmp_path / ".access.toml").read_text(encoding="utf-8")
    assert 'email = "anna@zorg.test"' in text
    assert 'role = "viewer"' in text
    assert "admin = true" in text
    assert text.startswith("# Who may read and change the plans in this folder")


def test_an_organisation_adopts_the_plans_of_no_organisation(store: Store) -> None:
    """Moving from the single-user tool to sign-in: the plans made before belong to no
    organisation until one adopts them; plans of other organisations stay theirs."""
    _two(store)
    before = [store.create(_plan("Oud 1")), store.create(_plan("Oud 2"))]
    theirs = store.create(_plan("Het Baken"), organisation="baken")
    adopted = store.adopt("linde", author="root")
    assert adopted == sorted(d.id for d in before)
    assert sorted(store.ids("linde")) == adopted
    assert store.ids("baken") == [theirs.id]
    assert store.ids("") == []
    assert store.adopt("linde") == []
    (record,) = [r for r in store.directory().audit(plan=before[0].id) if r.actor == "root"]
    assert (record.action, record.organisation) == (Action.PLAN_ADOPTED, "linde")
