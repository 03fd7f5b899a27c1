"""Schema versions: refuse the future, migrate the past, one step at a time.

A migration is a function from the raw table of version ``n`` to that of ``n + 1``,
registered in :data:`MIGRATIONS` under ``n``. Version 1 is the first published format,
so the chain is empty today; the mechanism is tested with a migration of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from socialstrategy.errors import Problem, SchemaVersionError
from socialstrategy.files.converter import describe
from socialstrategy.i18n import Text

SCHEMA_VERSION: Final = 1
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: Final[dict[int, Migration]] = {}


def migrate(
    data: dict[str, Any],
    *,
    current: int = SCHEMA_VERSION,
    migrations: Mapping[int, Migration] = MIGRATIONS,
) -> dict[str, Any]:
    """*data* without its ``schema_version``, brought up to *current*."""
    data = dict(data)
    version = data.pop("schema_version", None)
    if version is None:
        raise _error(
            Text(nl="schema_version ontbreekt", en="schema_version is missing"),
            Text(
                nl=f"zet 'schema_version = {current}' bovenaan",
                en=f"add 'schema_version = {current}' at the top",
            ),
        )
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _error(
            Text(
                nl=f"schema_version moet een geheel getal vanaf 1 zijn, niet {describe(version)}",
                en=f"schema_version must be a whole number from 1, not {describe(version)}",
            ),
        )
    if version > current:
        raise _error(
            Text(
                nl=f"schema_version {describe(version)} is nieuwer dan deze versie van"
                f" socialstrategy kan lezen (tot en met {current})",
                en=f"schema_version {describe(version)} is newer than this version of"
                f" socialstrategy can read (up to {current})",
            ),
            Text(nl="werk socialstrategy bij", en="upgrade socialstrategy"),
        )
    while version < current:
        step = migrations.get(version)
        if step is None:
            raise _error(
                Text(
                    nl=f"geen migratie van schema_version {version} naar {version + 1}",
                    en=f"no migration from schema_version {version} to {version + 1}",
                ),
            )
        data = step(data)
        version += 1
    return data


def _error(text: Text, hint: Text | None = None) -> SchemaVersionError:
    return SchemaVersionError([Problem(path="schema_version", text=text, hint=hint)])
