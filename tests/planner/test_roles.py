"""Organisations and roles in the planner (AppTest, a signed-in person simulated the way
test_signin.py does): who sees which plans, a reader's read-only steps, a save refused
on the server, new plans in the person's organisation, and the page "Toegang en rollen".

The same through the real provider in real Chromium: test_roles_browser.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from socialstrategy.access import Action, Membership, Organisation, Role
from socialstrategy.planner.markup import inert
from socialstrategy.storage import FolderStore
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, start_app
from tests.planner.test_signin import AUTH

ACCESS = str(PAGES / "access.py")
_SECTOR = "Sector"
LINDE = "plan-linde-0123456789abcdef"
BAKEN = "plan-baken-0123456789abcdef"


def person(email: str, name: str = "") -> dict[str, Any]:
    return {
        "is_logged_in": True,
        "sub": email.split("@", maxsplit=1)[0],
        "iss": "https://login.example.org",
        "email": email,
        "name": name,
    }


@pytest.fixture
def store(workspace: Path) -> FolderStore:
    """Two organisations, each with a plan: anna edits De Linde (and manages it), carla
    reads it, bram edits Het Baken, dirk is a consultant (editor of both), eva nothing."""
    folder = FolderStore(workspace)
    directory = folder.directory()
    directory.add_organisation(Organisation("linde", "Zorggroep De Linde"))
    directory.add_organisation(Organisation("baken", "Stichting Het Baken"))
    for email, org, role, admin in [
        ("anna@linde.test", "linde", Role.EDITOR, True),
        ("carla@linde.test", "linde", Role.VIEWER, False),
        ("rita@linde.test", "linde", Role.REVIEWER, False),
        ("bram@baken.test", "baken", Role.EDITOR, False),
        ("dirk@advies.test", "linde", Role.EDITOR, False),
        ("dirk@advies.test", "baken", Role.EDITOR, False),
    ]:
        directory.grant(Membership(email, org, role, admin=admin))
    folder.put(LINDE, (STRATEGIES / "zorggroep-de-linde.toml").read_bytes(), organisation="linde")
    folder.put(BAKEN, (STRATEGIES / "stichting-het-baken.toml").read_bytes(), organisation="baken")
    return folder


def signed_in(email: str, *, draft: str | None = None, step: str | None = None) -> AppTest:
    at = start_app()
    at.secrets["auth"] = AUTH
    at.user = person(email)
    if draft is not None:
        at.query_params["d"] = draft
    if step is not None:
        at.switch_page(str(PAGES / f"{step}.py"))
    at.run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    parts = [*at.markdown, *at.caption, *at.title, *at.subheader, *at.error, *at.warning]
    parts += [*at.info, *at.success]
    texts = [str(p.value) for p in parts]
    # The plans listed (not the bundled examples, one of which is Het Baken's).
    texts += [
        str(o) for box in at.selectbox if box.label == "Plan in de werkmap" for o in box.options
    ]
    texts += [str(w.value) for w in [*at.text_input, *at.text_area]]
    return "\n".join(texts)


def test_start_lists_only_the_plans_of_the_persons_organisations(store: FolderStore) -> None:
    anna = signed_in("anna@linde.test")
    (plan,) = anna.selectbox[0].options
    assert "Zorggroep De Linde" in plan
    assert "Baken" not in shown(anna)
    bram = signed_in("bram@baken.test")
    (theirs,) = bram.selectbox[0].options
    assert BAKEN in theirs
    assert "Linde" not in shown(bram)


def test_a_consultant_sees_both_organisations_and_chooses_where_a_new_plan_goes(
    store: FolderStore,
) -> None:
    dirk = signed_in("dirk@advies.test")
    where = next(s for s in dirk.selectbox if s.label == "Nieuw plan voor")
    assert where.options == ["Stichting Het Baken", "Zorggroep De Linde"]
    plans = next(s for s in dirk.selectbox if s.label == "Plan in de werkmap")
    assert len(plans.options) == 2
    assert any(o.endswith("· Stichting Het Baken") for o in plans.options)
    where.select("linde").run()
    next(s for s in dirk.selectbox if s.label == _SECTOR).select_index(0).run()
    dirk.text_input(key="start.sector.name").input("Welzijn Proef").run()
    dirk.button(key="start.sector.create").click().run()
    assert not dirk.exception, dirk.exception
    (made,) = [s for s in store.summaries("linde") if s.id != LINDE]
    assert "welzijn-proef" in made.id
    (created,) = store.directory().audit(plan=made.id)
    assert (created.action, created.actor, created.organisation) == (
        Action.PLAN_CREATED,
        "dirk@advies.test",
        "linde",
    )


@pytest.mark.parametrize("step", [None, "goals", "organisation"])
def test_a_plan_of_another_organisation_is_not_found_like_one_that_does_not_exist(
    store: FolderStore, step: str | None
) -> None:
    """`?d=` of a plan of Het Baken for an editor of De Linde: the page is word for word
    the page of an id that does not exist (with the id swapped), nothing of Het Baken."""
    other = signed_in("anna@linde.test", draft=BAKEN, step=step)
    missing_id = "plan-nergens-0123456789abcdef"
    missing = signed_in("anna@linde.test", draft=missing_id, step=step)
    other_text = shown(other).replace(inert(BAKEN), inert(missing_id))
    assert other_text == shown(missing)
    assert "baken" not in other_text.lower()
    assert "bestaat niet (meer)" in shown(other)


def test_a_viewer_sees_every_field_disabled_and_cannot_save(store: FolderStore) -> None:
    before = store.data(LINDE)
    carla = signed_in("carla@linde.test", draft=LINDE, step="organisation")
    assert "Je bent **lezer** van dit plan" in carla.info[0].value
    inputs = [*carla.text_input, *carla.text_area]
    assert inputs
    assert all(w.disabled for w in inputs)
    assert all(t.disabled for t in carla.toggle)
    # Streamlit ignores a value sent for a disabled widget (test_the_saving_path_… below
    # sends one past the widgets).
    field = carla.text_input[0]
    field.proto.disabled = False
    field.set_value("Overgenomen").run()
    assert not carla.exception, carla.exception
    assert carla.text_input[0].value != "Overgenomen"
    assert store.data(LINDE) == before
    assert [r.action for r in store.directory().audit(plan=LINDE)] == [Action.PLAN_CREATED]


def _crafted_save() -> None:
    """A change arriving at the saving path as a crafted request would: no widget at all."""
    from socialstrategy.planner import state  # noqa: PLC0415 - runs inside AppTest

    state.init()
    state.commit_value("organisation.name", "Overgenomen")


@pytest.mark.parametrize(
    ("email", "saved"),
    [("carla@linde.test", False), ("rita@linde.test", False), ("anna@linde.test", True)],
)
def test_the_saving_path_refuses_a_readers_change(
    store: FolderStore, email: str, saved: bool
) -> None:
    """The one saving path asks the role afresh: a viewer's or reviewer's change is not
    written, however it arrives; an editor's is (the control)."""
    at = AppTest.from_function(_crafted_save, default_timeout=30)
    at.secrets["auth"] = AUTH
    at.user = person(email)
    at.query_params["d"] = LINDE
    at.run()
    assert not at.exception, at.exception
    assert (store.open(LINDE).strategy.organisation.name == "Overgenomen") is saved
    assert len(store.directory().audit(plan=LINDE)) == 1 + saved


def test_a_reviewer_reads_like_a_viewer_for_now(store: FolderStore) -> None:
    before = store.data(LINDE)
    rita = signed_in("rita@linde.test", draft=LINDE, step="goals")
    assert "**meelezer**" in rita.info[0].value
    assert all(w.disabled for w in rita.text_input)
    assert all(b.disabled for b in rita.button if b.label == "Toevoegen")
    assert store.data(LINDE) == before


def test_an_editor_saves_as_themselves(store: FolderStore) -> None:
    anna = signed_in("anna@linde.test", draft=LINDE, step="organisation")
    assert not anna.info or "van dit plan" not in anna.info[0].value
    field = anna.text_input[0]
    assert not field.disabled
    field.set_value("Zorggroep De Linde (nieuw)").run()
    assert not anna.exception, anna.exception
    (revision, saved) = store.history(LINDE)[-2:]
    assert saved.author == "anna@linde.test"
    assert store.directory().audit(plan=LINDE)[-1].revision == saved.number > revision.number


def test_a_person_of_no_organisation_is_told_whom_to_ask(store: FolderStore) -> None:
    eva = signed_in("eva@elders.test", draft=LINDE)
    text = shown(eva)
    assert "Nog geen toegang" in text
    assert "Vraag de beheerder van de planner in je organisatie" in text
    assert "Linde" not in text
    assert not eva.tabs
    assert [b.label for b in eva.button] == ["Uitloggen"]


def test_only_admins_get_the_access_page(store: FolderStore) -> None:
    anna = signed_in("anna@linde.test")
    carla = signed_in("carla@linde.test")
    assert _has_access_page(anna)
    assert not _has_access_page(carla)


def _has_access_page(at: AppTest) -> bool:
    try:
        at.switch_page(ACCESS).run()
    except Exception:
        return False
    return any("Toegang en rollen" in str(t.value) for t in at.title)


def test_the_access_page_adds_changes_and_removes_members(store: FolderStore) -> None:
    anna = signed_in("anna@linde.test")
    anna.switch_page(ACCESS).run()
    assert not anna.exception, anna.exception
    assert "Toegang en rollen" in anna.title[0].value
    anna.text_input(key="access.email").input("Bram@Baken.test")
    anna.selectbox(key="access.add.role").select("reviewer")
    anna.button[0].click()  # the form's submit button
    next(b for b in anna.button if b.label == "Toegang geven").click().run()
    assert not anna.exception, anna.exception
    assert Membership("bram@baken.test", "linde", Role.REVIEWER) in store.directory().members()
    assert f"{inert('bram@baken.test')} is nu meelezer bij Zorggroep De Linde." in shown(anna)
    anna.selectbox(key="access.person").select("carla@linde.test").run()
    anna.selectbox(key="access.role.carla@linde.test").select("editor").run()
    anna.button(key="access.change.save").click().run()
    assert Membership("carla@linde.test", "linde", Role.EDITOR) in store.directory().members()
    anna.selectbox(key="access.person").select("rita@linde.test").run()
    anna.button(key="access.remove.yes").click().run()
    assert "rita@linde.test" not in [m.email for m in store.directory().members("linde")]
    trail = store.directory().audit(organisation="linde")[-3:]
    assert [(r.action, r.actor, r.member) for r in trail] == [
        (Action.MEMBER_GRANTED, "anna@linde.test", "bram@baken.test"),
        (Action.MEMBER_CHANGED, "anna@linde.test", "carla@linde.test"),
        (Action.MEMBER_REVOKED, "anna@linde.test", "rita@linde.test"),
    ]


def test_the_last_admin_cannot_remove_themselves(store: FolderStore) -> None:
    anna = signed_in("anna@linde.test")
    anna.switch_page(ACCESS).run()
    anna.selectbox(key="access.person").select("anna@linde.test").run()
    anna.button(key="access.remove.yes").click().run()
    assert "Er moet minstens één beheerder blijven" in shown(anna)
    assert Membership("anna@linde.test", "linde", Role.EDITOR, admin=True) in (
        store.directory().members()
    )


def test_without_sign_in_nothing_changes(store: FolderStore) -> None:
    """The single-user tool: every plan listed, every field editable, no access page."""
    at = start_app()
    at.query_params["d"] = BAKEN
    at.switch_page(str(PAGES / "organisation.py"))
    at.run()
    assert not at.exception, at.exception
    assert not at.info or "van dit plan" not in at.info[0].value
    assert not any(w.disabled for w in at.text_input)


def test_an_address_the_provider_has_not_confirmed_gives_no_access(store: FolderStore) -> None:
    """Roles go by e-mail address: one the identity provider says is not confirmed
    (``email_verified = false``; anyone could have typed it at a provider that does not
    check) opens nothing, and the person is told why and what to do."""
    at = start_app()
    at.secrets["auth"] = AUTH
    at.user = {**person("anna@linde.test"), "email_verified": False}
    at.query_params["d"] = LINDE
    at.run()
    assert not at.exception, at.exception
    assert "niet bevestigd" in shown(at)
    assert "De Linde" not in shown(at)
    assert not at.text_input
