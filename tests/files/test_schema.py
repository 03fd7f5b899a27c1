"""The published JSON Schema: generated from the model, committed, and validating."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import tomli
import tomli_w

import socialstrategy as ss
from socialstrategy.files import schema_text
from tests.conftest import ROOT, TEMPLATE

COMMITTED = ROOT / "schema" / "strategy.schema.json"


def _as_json(value: Any) -> Any:
    """TOML's native dates become the ISO text JSON Schema validates."""
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return value


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_committed_schema_is_current() -> None:
    """Regenerate with `make schema` when the model changes."""
    assert COMMITTED.read_text(encoding="utf-8") == schema_text()


def test_schema_validates_every_example(example_path: Path) -> None:
    data = tomli.loads(example_path.read_text(encoding="utf-8"))
    assert list(_validator().iter_errors(_as_json(data))) == []


def test_schema_validates_every_kept_revision_of_the_examples() -> None:
    """The examples' history (strategies/.history/) is checked by editors too."""
    kept = sorted((ROOT / "strategies" / ".history").glob("*/*.toml"))
    assert kept
    validator = _validator()
    for revision in kept:
        data = tomli.loads(revision.read_text(encoding="utf-8"))
        assert list(validator.iter_errors(_as_json(data))) == [], revision


def test_schema_validates_the_template() -> None:
    data = tomli.loads(TEMPLATE.read_text(encoding="utf-8"))
    assert list(_validator().iter_errors(_as_json(data))) == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"goals": [{"id": "g", "titel": "x"}]}, ["goals", 0]),
        ({"goals": [{"id": "Goal 1"}]}, ["goals", 0, "id"]),
        ({"channels": [{"id": "c", "kind": "myspace"}]}, ["channels", 0, "kind"]),
        ({"meta": {"next_review": "soon"}}, ["meta", "next_review"]),
        ({"schema_version": 99}, ["schema_version"]),
        ({"organisation": {"employees": -5}}, ["organisation", "employees"]),
        ({"organisation": {"locations": 10**7}}, ["organisation", "locations"]),
        ({"meta": {"revision": 0}}, ["meta", "revision"]),
        ({"meta": {"title": "x" * 501}}, ["meta", "title"]),
        ({"meta": {"next_review": dt.date(1899, 12, 31)}}, ["meta", "next_review"]),
        ({"actions": [{"id": "a", "due": dt.date(2201, 1, 1)}]}, ["actions", 0, "due"]),
        (
            {"channels": [{"id": "c", "kind": "website", "response_hours": 0}]},
            ["channels", 0, "response_hours"],
        ),
        (
            {"crisis": {"legal_clocks": [{"kind": "data_leak_authority", "deadline_hours": 9000}]}},
            ["crisis", "legal_clocks", 0, "deadline_hours"],
        ),
    ],
)
def test_schema_refuses_what_the_loader_refuses(change: dict[str, Any], where: list[Any]) -> None:
    document = {"schema_version": 1, **change}
    errors = list(_validator().iter_errors(_as_json(document)))
    # One path, perhaps twice: "soon" is neither a date nor in the years a date may have.
    assert {tuple(e.absolute_path) for e in errors} == {tuple(where)}
    with pytest.raises(ss.InvalidStrategyError):
        ss.loads(_toml(document))


def _toml(document: dict[str, Any]) -> str:
    return tomli_w.dumps(document)


def test_the_schema_has_an_id() -> None:
    """Editors and validators tell schemas apart by ``$id``; it names the format version."""
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert schema["$id"] == f"urn:socialstrategy:schema:strategy:v{ss.SCHEMA_VERSION}"


def test_the_taplo_example_points_at_the_schema_for_the_strategies() -> None:
    """`.taplo.toml` (Even Better TOML in VS Code) validates strategies/ against the
    committed schema, and nothing else."""
    config = tomli.loads((ROOT / ".taplo.toml").read_text(encoding="utf-8"))
    (rule,) = config["rule"]
    assert rule["include"] == ["strategies/**/*.toml"]
    assert (ROOT / rule["schema"]["path"]).resolve() == COMMITTED
    # The examples, and their kept revisions (strategies too: the schema fits them).
    examples = [*ROOT.glob("strategies/*.toml"), *ROOT.glob("strategies/.history/*/*.toml")]
    assert sorted(ROOT.glob(rule["include"][0])) == sorted(examples)
