"""Strategy files: TOML reading and writing (keeping a person's comments), migrations,
atomic writes, JSON Schema."""

from socialstrategy.files.access import MAX_BYTES, read_regular
from socialstrategy.files.atomic import atomic_write
from socialstrategy.files.inplace import dumps_over
from socialstrategy.files.migrate import SCHEMA_VERSION
from socialstrategy.files.names import safe_filename
from socialstrategy.files.schema import json_schema, schema_text
from socialstrategy.files.tomlfile import dump, dumps, load, loads, to_table

__all__ = [
    "MAX_BYTES",
    "SCHEMA_VERSION",
    "atomic_write",
    "dump",
    "dumps",
    "dumps_over",
    "json_schema",
    "load",
    "loads",
    "read_regular",
    "safe_filename",
    "schema_text",
    "to_table",
]
