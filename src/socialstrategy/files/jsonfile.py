"""Strategy files in JSON: the same data as the TOML file, loadable again."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

from socialstrategy.errors import InvalidStrategyError
from socialstrategy.files.access import check_size, read_regular, whole_file
from socialstrategy.files.converter import json_converter
from socialstrategy.files.migrate import SCHEMA_VERSION
from socialstrategy.files.structure import structure

if TYPE_CHECKING:
    from socialstrategy.model import Strategy


def dumps_json(strategy: Strategy) -> str:
    """The strategy as JSON: ``schema_version`` first, dates as ISO text, stable order."""
    table = {"schema_version": SCHEMA_VERSION, **json_converter.unstructure(strategy)}
    return json.dumps(table, ensure_ascii=False, indent=2) + "\n"


def loads_json(text: str | bytes, *, file: str | None = None) -> Strategy:
    """The strategy in the JSON document *text*; the same errors as the TOML loader."""
    check_size(len(text), file)  # the TOML loader's limit, before parsing
    try:
        data = json.loads(text)
    except ValueError as exc:  # broken JSON, not UTF-8, or an integer of 4300+ digits
        line = getattr(exc, "lineno", None)
        raise InvalidStrategyError(
            whole_file(f"geen geldige JSON: {exc}", f"not valid JSON: {exc}", line=line),
            file=file,
        ) from None
    except RecursionError:
        raise InvalidStrategyError(
            whole_file("de JSON is te diep genest", "the JSON is nested too deeply"),
            file=file,
        ) from None
    if not isinstance(data, dict):
        raise InvalidStrategyError(
            whole_file("verwacht een JSON-object", "expected a JSON object"),
            file=file,
        )
    return structure(data, json_converter, file=file)


def load_json(path: str | os.PathLike[str]) -> Strategy:
    """The strategy in the JSON file at *path*; read as :func:`~socialstrategy.load` reads."""
    name = os.fspath(path)
    return loads_json(read_regular(path, file=name), file=name)
