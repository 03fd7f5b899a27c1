"""The page "Toegang en rollen": an organisation's admin gives people access, changes
their role, ends their access, and sees the latest changes. Shown only to admins; every
change goes through the store's directory, which records it in the audit trail."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from socialstrategy.access import AccessError, Membership, Role
from socialstrategy.planner import roles, state
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets import language, t

if TYPE_CHECKING:
    from socialstrategy.access import Directory, Rights

_DONE = "access.done"
#: How many of the latest changes the page shows.
HISTORY = 20


def page() -> None:
    """The page itself (see the module docstring)."""
    store = state.workspace().store
    held = roles.rights(store)
    if held is None or not held.administering:
        return  # the page is in the navigation of admins only
    st.title(t("access.title"))
    directory = store.directory()
    names = {o.id: o.shown for o in directory.organisations()}
    organisation = _organisation(held, names)
    shown = names.get(organisation, organisation)
    st.markdown(t("access.intro", organisation=inert(shown)))
    done = st.session_state.pop(_DONE, None)
    if isinstance(done, str):
        st.success(done, icon=":material/check_circle:")
    with st.expander(t("access.roles")):
        lang = language()
        lines = [f"- **{r.label.get(lang)}**: {r.explained.get(lang)}" for r in Role]
        lines.append(f"- **{t('access.admin')}**: {t('access.admin.explained')}")
        st.markdown("\n".join(lines))
    members = directory.members(organisation)
    st.subheader(t("access.members"))
    _table(members)
    left, right = st.columns(2)
    with left, st.container(border=True):
        _add(directory, organisation, shown, held.email)
    with right, st.container(border=True):
        _change(directory, organisation, shown, members, held.email)
    _history(directory, organisation)


def _organisation(held: Rights, names: dict[str, str]) -> str:
    """The organisation whose members are shown: the admin's only one, or the one chosen."""
    mine = list(held.administering)
    if len(mine) == 1:
        return mine[0]
    return str(
        st.selectbox(
            t("access.organisation"),
            mine,
            format_func=lambda o: names.get(o, o),
            key="access.organisation",
        )
    )


def _table(members: list[Membership]) -> None:
    if not members:
        st.caption(t("access.no_members"))
        return
    lang = language()
    st.dataframe(
        [
            {
                t("access.column.email"): m.email,
                t("access.column.role"): m.role.label.get(lang),
                t("access.column.admin"): "✓" if m.admin else "",
            }
            for m in members
        ],
        hide_index=True,
        width="stretch",
    )


def _role_choice(label: str, key: str, index: int = 0, *, explain: bool = True) -> Role:
    """A role, by the word a care manager knows; what it may do said under it (not in a
    form, whose widgets tell their value only when it is sent)."""
    lang = language()
    chosen = Role(
        st.selectbox(
            label,
            [r.value for r in Role],
            index=index,
            format_func=lambda v: Role(v).label.get(lang).capitalize(),
            key=key,
        )
    )
    if explain:
        st.caption(chosen.explained.get(lang).capitalize() + ".")
    return chosen


def _granted(membership: Membership, shown: str) -> str:
    role = membership.role.label.get(language())
    if membership.admin:
        role += f" + {t('access.admin')}"
    return t(
        "access.done.granted",
        email=inert(membership.email),
        role=role,
        organisation=inert(shown),
    )


def _add(directory: Directory, organisation: str, shown: str, actor: str) -> None:
    st.subheader(t("access.add"))
    with st.form("access.add", clear_on_submit=True, border=False):
        email = st.text_input(t("access.email"), help=t("access.email.help"), key="access.email")
        role = _role_choice(t("access.role"), "access.add.role", explain=False)
        admin = st.checkbox(t("access.make_admin"), key="access.add.admin")
        if st.form_submit_button(t("access.add.button"), type="primary", icon=":material/add:"):
            try:
                membership = Membership(email, organisation, role, admin=admin)
                directory.grant(membership, actor=actor)
            except AccessError as exc:
                st.error(exc.describe(language()), icon=":material/block:")
                return
            st.session_state[_DONE] = _granted(membership, shown)
            st.rerun()


def _last_admin(members: list[Membership], email: str) -> bool:
    """Whether *email* is the organisation's only admin."""
    return [m.email for m in members if m.admin] == [email]


def _change(
    directory: Directory,
    organisation: str,
    shown: str,
    members: list[Membership],
    actor: str,
) -> None:
    st.subheader(t("access.change"))
    if not members:
        st.caption(t("access.no_members"))
        return
    by_email = {m.email: m for m in members}
    email = str(st.selectbox(t("access.person"), list(by_email), key="access.person"))
    current = by_email[email]
    roles_in_order = list(Role)
    role = _role_choice(
        t("access.role"), f"access.role.{email}", roles_in_order.index(current.role)
    )
    admin = st.checkbox(t("access.make_admin"), value=current.admin, key=f"access.admin.{email}")
    save, remove = st.columns(2)
    if save.button(t("access.change.button"), key="access.change.save", type="primary"):
        if current.admin and not admin and _last_admin(members, email):
            st.error(t("access.last_admin"), icon=":material/block:")
            return
        changed = Membership(email, organisation, role, admin=admin)
        directory.grant(changed, actor=actor)
        st.session_state[_DONE] = _granted(changed, shown)
        st.rerun()
    with remove.popover(t("access.remove"), icon=":material/person_remove:"):
        st.markdown(t("access.remove.confirm", email=inert(email)))
        if st.button(t("access.remove.yes"), key="access.remove.yes", type="primary"):
            if _last_admin(members, email):
                st.error(t("access.last_admin"), icon=":material/block:")
                return
            directory.revoke(email, organisation, actor=actor)
            st.session_state[_DONE] = t(
                "access.done.removed", email=inert(email), organisation=inert(shown)
            )
            st.rerun()


def _history(directory: Directory, organisation: str) -> None:
    records = directory.audit(organisation=organisation)[-HISTORY:]
    if not records:
        return
    with st.expander(t("access.history")):
        st.dataframe(
            [
                {
                    t("access.column.when"): r.at.astimezone().strftime("%d-%m-%Y %H:%M"),
                    t("access.column.who"): r.actor or "—",
                    t("access.column.what"): t(f"access.action.{r.action.value}"),
                    t("access.column.about"): r.member
                    or (f"{r.plan} ({r.revision})" if r.revision else r.plan),
                }
                for r in reversed(records)
            ],
            hide_index=True,
            width="stretch",
        )
