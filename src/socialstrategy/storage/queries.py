"""The queries both database stores run, written once: ``%s`` parameters, ``TS(%s)`` a
time in seconds since the epoch, ``EPOCH(column)`` a time column read as seconds since
the epoch; :func:`translate` spells them in a dialect."""

from __future__ import annotations

import functools
import re
from typing import Final

SUMMARIES: Final = (
    "SELECT id, title, EPOCH(modified), organisation FROM drafts{where} ORDER BY modified DESC, id"
)
CURRENT: Final = (
    "SELECT d.revision, d.digest, CASE WHEN d.digest = %s THEN NULL ELSE r.data END"
    " FROM drafts d JOIN revisions r ON r.draft_id = d.id AND r.number = d.revision"
    " WHERE d.id = %s"
)
HEAD: Final = "SELECT revision, digest FROM drafts WHERE id = %s"
NEW_DRAFT: Final = (
    "INSERT INTO drafts (id, organisation, title, revision, digest, created, modified)"
    " VALUES (%s, %s, %s, 1, %s, TS(%s), TS(%s))"
)
NEW_REVISION: Final = (
    "INSERT INTO revisions (draft_id, number, author, saved_at, digest, data)"
    " VALUES (%s, %s, %s, TS(%s), %s, %s)"
)
NEXT: Final = (
    "UPDATE drafts SET revision = revision + 1, digest = %s, title = %s, modified = TS(%s)"
    " WHERE id = %s{cas} RETURNING revision"
)
HISTORY: Final = (
    "SELECT number, author, EPOCH(saved_at), digest FROM revisions"
    " WHERE draft_id = %s ORDER BY number"
)
REVISION: Final = "SELECT digest, data FROM revisions WHERE draft_id = %s AND number = %s"

#: An audit record of a plan's change, its organisation read from the plan's row.
AUDIT_PLAN: Final = (
    "INSERT INTO audit (at, actor, action, organisation, plan, revision)"
    " SELECT TS(%s), %s, %s, organisation, id, %s FROM drafts WHERE id = %s"
)
AUDIT: Final = (
    "INSERT INTO audit (at, actor, action, organisation, plan, revision, member, detail)"
    " VALUES (TS(%s), %s, %s, %s, %s, %s, %s, %s)"
)
AUDIT_TRAIL: Final = (
    "SELECT EPOCH(at), actor, action, organisation, plan, revision, member, detail"
    " FROM audit{where} ORDER BY id"
)
ORGANISATIONS: Final = "SELECT id, name FROM organisations ORDER BY id"
MEMBERS: Final = (
    "SELECT email, organisation, role, admin FROM memberships{where} ORDER BY organisation, email"
)


_TOKENS: Final = re.compile(r"EPOCH\((\w+)\)|TS\(%s\)")


@functools.lru_cache(maxsize=256)
def translate(query: str, epoch: str, ts: str, param: str) -> str:
    """*query* with the dialect's spelling of ``EPOCH(col)``, ``TS(%s)`` and ``%s``."""

    def spell(match: re.Match[str]) -> str:
        return epoch.format(match.group(1)) if match.group(1) else ts

    return _TOKENS.sub(spell, query).replace("%s", param)
