"""The JSON Schema of strategy files, generated from the model.

Editors (VS Code with Even Better TOML, or any JSON-Schema-aware tool) use it to
validate and complete strategy files. The committed copy in ``schema/`` is kept equal
to this output by a test. Cross-references (a goal's processes must exist) cannot be
expressed in JSON Schema; ``socialstrategy validate`` checks those.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from typing import Any, Final

import attrs

from socialstrategy.files.converter import SPAN_PATTERN
from socialstrategy.files.migrate import SCHEMA_VERSION
from socialstrategy.model._fields import field_types
from socialstrategy.model.channels import Span
from socialstrategy.model.strategy import Strategy
from socialstrategy.vocab import Term

#: The schema's identity (``$id``): a URN, since the schema is not published at a URL of
#: its own; it names the file format's version, which a file states in ``schema_version``.
SCHEMA_ID: Final = f"urn:socialstrategy:schema:strategy:v{SCHEMA_VERSION}"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a strategy file."""
    defs: dict[str, Any] = {}
    root = _object(Strategy, defs)
    root["properties"] = {
        "schema_version": {
            "description": "Version of the file format; older versions are migrated on load.",
            "type": "integer",
            "minimum": 1,
            "maximum": SCHEMA_VERSION,
        },
        **root["properties"],
    }
    root["required"] = ["schema_version", *root.get("required", [])]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "socialstrategy strategy file",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def schema_text() -> str:
    """The schema as the text committed in ``schema/strategy.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        schema = _type(field_types(cls)[field.name], defs)
        extra: dict[str, Any] = {"description": field.metadata.get("doc", "")}
        if "pattern" in field.metadata:
            extra["pattern"] = field.metadata["pattern"]
        extra.update(field.metadata.get("schema", {}))  # minimum, maximum, a date's years
        if "max_length" in field.metadata:
            extra["maxLength"] = field.metadata["max_length"]
        if "max_item_length" in field.metadata:
            schema["items"] = {**schema["items"], "maxLength": field.metadata["max_item_length"]}
        properties[field.name] = {**extra, **schema}
        if field.default is attrs.NOTHING:
            required.append(field.name)
    out: dict[str, Any] = {
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        out["required"] = required
    return out


def _type(kind: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        # TOML has no null: an optional field is simply left out.
        (inner,) = (a for a in typing.get_args(kind) if a is not type(None))
        return _type(inner, defs)
    if origin is tuple:
        return {"type": "array", "items": _type(typing.get_args(kind)[0], defs)}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(kind))}
    if kind is Span:
        return {"type": "string", "pattern": SPAN_PATTERN}
    if isinstance(kind, type) and issubclass(kind, Term):
        if kind.__name__ not in defs:
            defs[kind.__name__] = {
                "description": "; ".join(f"{t.code}: {t.text.nl} / {t.text.en}" for t in kind),
                "enum": list(kind.codes()),
            }
        return {"$ref": f"#/$defs/{kind.__name__}"}
    if attrs.has(kind):
        if kind.__name__ not in defs:
            defs[kind.__name__] = {}  # reserve the name before recursing
            defs[kind.__name__] = _object(kind, defs)
        return {"$ref": f"#/$defs/{kind.__name__}"}
    simple: dict[Any, dict[str, Any]] = {
        str: {"type": "string"},
        bool: {"type": "boolean"},
        int: {"type": "integer"},
        float: {"type": "number"},
        dt.date: {"type": "string", "format": "date"},
        dt.time: {"type": "string", "format": "time"},
    }
    return dict(simple[kind])
