"""``socialstrategy users | organisations | audit``: who may do what with the plans in a
store, and what was changed by whom. The first admin of an organisation is made here."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Final

import click

from socialstrategy.access import AccessError, Membership, NotValidError, Organisation, Role
from socialstrategy.cli._common import EXIT_INVALID, EXIT_USAGE, language, say
from socialstrategy.cli._group import cli
from socialstrategy.cli.store import _run, format_option, store_option
from socialstrategy.i18n import Text

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.storage import Store

_ADDED_ORG: Final = Text(nl="organisatie toegevoegd: {id}", en="organisation added: {id}")
_ADOPTED: Final = Text(
    nl="plannen zonder organisatie die nu bij {id} horen: {count}",
    en="plans of no organisation that now belong to {id}: {count}",
)
_NO_ORGS: Final = Text(
    nl="nog geen organisaties (socialstrategy organisations add ID --name NAAM)",
    en="no organisations yet (socialstrategy organisations add ID --name NAME)",
)
_GRANTED: Final = Text(
    nl="{email} is nu {role} bij {org}{admin}", en="{email} is now {role} at {org}{admin}"
)
_ADMIN: Final = Text(nl=" en beheerder", en=" and admin")
_REMOVED: Final = Text(nl="{email} is geen lid meer van {org}", en="{email} left {org}")
_NO_MEMBERS: Final = Text(nl="geen leden", en="no members")
_NO_AUDIT: Final = Text(nl="nog niets vastgelegd", en="nothing recorded yet")

roles = click.Choice([r.value for r in Role])


def _directory_run(ctx: click.Context, url: str, work: Callable[[Store], None]) -> None:
    """:func:`_run`, with the directory's refusals as one clear line and exit code 1."""
    failed: list[AccessError] = []

    def guarded(store: Store) -> None:
        try:
            work(store)
        except AccessError as exc:
            failed.append(exc)

    _run(ctx, url, guarded)
    if failed:
        click.echo(failed[0].describe(language(ctx)), err=True)
        ctx.exit(EXIT_USAGE if isinstance(failed[0], NotValidError) else EXIT_INVALID)


@cli.group(name="organisations")
def organisations_group() -> None:
    """The organisations whose plans a store keeps."""


@organisations_group.command(name="add")
@click.argument("organisation_id")
@click.option("--name", default="", help="The organisation's name as people know it.")
@click.option(
    "--adopt",
    is_flag=True,
    help="Give it every plan of no organisation (the plans made before sign-in).",
)
@store_option
@click.pass_context
def organisations_add(
    ctx: click.Context, organisation_id: str, name: str, adopt: bool, url: str
) -> None:
    """Add an organisation (ID: lower-case letters, digits and hyphens)."""

    def work(store: Store) -> None:
        store.directory().add_organisation(Organisation(organisation_id, name.strip()))
        say(_ADDED_ORG, ctx, id=organisation_id)
        if adopt:
            adopted = store.adopt(organisation_id)
            say(_ADOPTED, ctx, count=len(adopted), id=organisation_id)

    _directory_run(ctx, url, work)


@organisations_group.command(name="list")
@store_option
@format_option
@click.pass_context
def organisations_list(ctx: click.Context, url: str, fmt: str) -> None:
    """List the organisations."""

    def work(store: Store) -> None:
        found = store.directory().organisations()
        if fmt == "json":
            rows = [{"id": o.id, "name": o.name} for o in found]
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        elif not found:
            say(_NO_ORGS, ctx)
        for o in found if fmt == "text" else ():
            click.echo(f"{o.id}  {o.name}".rstrip())

    _directory_run(ctx, url, work)


@cli.group(name="users")
def users_group() -> None:
    """Who may read and change an organisation's plans: editor, reviewer, viewer."""


@users_group.command(name="add")
@click.argument("email")
@click.option("--organisation", required=True, help="The organisation's id.")
@click.option("--role", type=roles, required=True, help="editor, reviewer or viewer.")
@click.option("--admin", is_flag=True, help="Also manages the organisation's members.")
@store_option
@click.pass_context
def users_add(
    ctx: click.Context, *, email: str, organisation: str, role: str, admin: bool, url: str
) -> None:
    """Give EMAIL a role in an organisation (or change it)."""
    lang = language(ctx)

    def work(store: Store) -> None:
        membership = Membership(email, organisation, Role(role), admin=admin)
        store.directory().grant(membership)
        say(
            _GRANTED,
            ctx,
            email=membership.email,
            role=membership.role.label.get(lang),
            org=organisation,
            admin=_ADMIN.get(lang) if admin else "",
        )

    _directory_run(ctx, url, work)


@users_group.command(name="remove")
@click.argument("email")
@click.option("--organisation", required=True, help="The organisation's id.")
@store_option
@click.pass_context
def users_remove(ctx: click.Context, email: str, organisation: str, url: str) -> None:
    """End EMAIL's membership of an organisation."""

    def work(store: Store) -> None:
        record = store.directory().revoke(email, organisation)
        say(_REMOVED, ctx, email=record.member, org=organisation)

    _directory_run(ctx, url, work)


@users_group.command(name="list")
@click.option("--organisation", default=None, help="Only this organisation's members.")
@store_option
@format_option
@click.pass_context
def users_list(ctx: click.Context, organisation: str | None, url: str, fmt: str) -> None:
    """List the members and their roles."""
    lang = language(ctx)

    def work(store: Store) -> None:
        found = store.directory().members(organisation)
        if fmt == "json":
            rows = [
                {
                    "email": m.email,
                    "organisation": m.organisation,
                    "role": m.role.value,
                    "admin": m.admin,
                }
                for m in found
            ]
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if not found:
            say(_NO_MEMBERS, ctx)
        width = max((len(m.email) for m in found), default=0)
        for m in found:
            admin = _ADMIN.get(lang).strip() if m.admin else ""
            role = m.role.label.get(lang)
            click.echo(f"{m.organisation}  {m.email:<{width}}  {role}  {admin}".rstrip())

    _directory_run(ctx, url, work)


@cli.command(name="audit")
@click.option("--plan", default=None, help="Only this plan's changes (its id).")
@click.option("--organisation", default=None, help="Only this organisation's changes.")
@store_option
@format_option
@click.pass_context
def audit_command(
    ctx: click.Context, plan: str | None, organisation: str | None, url: str, fmt: str
) -> None:
    """List every change: plans created, saved and deleted, members added, changed, removed."""

    def work(store: Store) -> None:
        found = store.directory().audit(plan=plan, organisation=organisation)
        if fmt == "json":
            click.echo(json.dumps([r.as_json() for r in found], ensure_ascii=False, indent=2))
            return
        if not found:
            say(_NO_AUDIT, ctx)
        for r in found:
            what = r.plan + (f"@{r.revision}" if r.revision else "") if r.plan else r.member
            parts = [r.at.isoformat(timespec="seconds"), r.actor or "-", r.action.value]
            parts += [r.organisation or "-", what, r.detail]
            click.echo("  ".join(p for p in parts if p))

    _directory_run(ctx, url, work)
