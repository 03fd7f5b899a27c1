"""The database schema, as numbered migrations; ``schema_version`` records those applied.

A migration is never edited once released: a change is a new, higher number. Every
plan belongs to an organisation ("" in the single-user tool). A draft's bytes live in
its revisions only; ``drafts`` says which revision is current and its digest, the one
value a compare-and-swap compares.
"""

from __future__ import annotations

from typing import Final

SCHEMA_VERSION_TABLE: Final = (
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version integer PRIMARY KEY,"
    " applied_at {time} NOT NULL)"
)

#: Per dialect, the statements of migration 1, 2, …; ``{time}``, ``{blob}`` and
#: ``{serial}`` (a key the database counts) are the dialect's column types.
MIGRATIONS: Final[tuple[tuple[str, ...], ...]] = (
    (
        "CREATE TABLE drafts ("
        " id text PRIMARY KEY,"
        " organisation text NOT NULL DEFAULT '',"
        " title text NOT NULL DEFAULT '',"
        " revision integer NOT NULL,"
        " digest text NOT NULL,"
        " created {time} NOT NULL,"
        " modified {time} NOT NULL)",
        "CREATE INDEX drafts_by_organisation ON drafts (organisation, modified DESC)",
        "CREATE TABLE revisions ("
        " draft_id text NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,"
        " number integer NOT NULL,"
        " author text NOT NULL DEFAULT '',"
        " saved_at {time} NOT NULL,"
        " digest text NOT NULL,"
        " data {blob} NOT NULL,"
        " PRIMARY KEY (draft_id, number))",
    ),
    # 2: organisations, their members' roles, and the audit trail (issue 15).
    (
        "CREATE TABLE organisations ("
        " id text PRIMARY KEY,"
        " name text NOT NULL DEFAULT '',"
        " created {time} NOT NULL)",
        "CREATE TABLE memberships ("
        " email text NOT NULL,"
        " organisation text NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,"
        " role text NOT NULL,"
        " admin integer NOT NULL DEFAULT 0,"
        " PRIMARY KEY (organisation, email))",
        "CREATE INDEX memberships_by_email ON memberships (email)",
        "CREATE TABLE audit ("
        " id {serial} PRIMARY KEY,"
        " at {time} NOT NULL,"
        " actor text NOT NULL DEFAULT '',"
        " action text NOT NULL,"
        " organisation text NOT NULL DEFAULT '',"
        " plan text NOT NULL DEFAULT '',"
        " revision integer NOT NULL DEFAULT 0,"
        " member text NOT NULL DEFAULT '',"
        " detail text NOT NULL DEFAULT '')",
        "CREATE INDEX audit_by_plan ON audit (plan, id)",
    ),
    # 3: comments on a plan's parts (issue 11), kept beside the plan's revisions.
    (
        "CREATE TABLE comments ("
        " draft_id text NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,"
        " number integer NOT NULL,"
        " part text NOT NULL,"
        " author text NOT NULL DEFAULT '',"
        " at {time} NOT NULL,"
        " body text NOT NULL,"
        " revision integer NOT NULL DEFAULT 0,"
        " resolved_by text NOT NULL DEFAULT '',"
        " resolved_at {time},"
        " PRIMARY KEY (draft_id, number))",
    ),
)

LATEST: Final = len(MIGRATIONS)
