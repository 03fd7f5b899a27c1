"""References found from the model's declarations, and the one naming policy."""

from __future__ import annotations

import attrs

import socialstrategy as ss
from socialstrategy.model._fields import REF, field_types, ref, refs
from socialstrategy.model.names import (
    NAMING,
    display_name,
    name_of,
    naming,
    options,
    unknown,
)
from socialstrategy.model.references import collections, references


def _model_classes(cls: type, seen: set[type]) -> set[type]:
    """Every model class reachable from *cls* through its fields."""
    from socialstrategy.model.references import _parts_in  # noqa: PLC0415

    seen.add(cls)
    hints = field_types(cls)
    for field in attrs.fields(cls):
        inner, _ = _parts_in(hints[field.name])
        if inner is not None and inner not in seen:
            _model_classes(inner, seen)
    return seen


def _reference_fields() -> list[tuple[type, str]]:
    return [
        (cls, field.name)
        for cls in _model_classes(ss.Strategy, set())
        for field in attrs.fields(cls)
        if REF in field.metadata
    ]


def test_every_field_holding_ids_declares_its_target() -> None:
    """A field whose description says it holds ids is a declared reference, and every
    declared reference points at a kind the strategy keeps a list of."""
    for cls in _model_classes(ss.Strategy, set()):
        for field in attrs.fields(cls):
            says_ids = str(field.metadata.get("doc", "")).startswith(("Id of", "Ids of"))
            assert says_ids == (REF in field.metadata), f"{cls.__name__}.{field.name}"
    targets = {
        field.metadata[REF]
        for cls, name in _reference_fields()
        for field in [attrs.fields_dict(cls)[name]]
    }
    assert targets <= set(collections())


def test_the_escalation_role_is_a_required_reference() -> None:
    field = attrs.fields_dict(ss.EscalationStep)["role"]
    assert field.metadata[REF] is ss.Role
    assert field.default is attrs.NOTHING


def test_every_referring_and_referred_kind_has_a_naming() -> None:
    """The naming policy covers every kind a reference points at or stands in."""
    kinds = {cls for cls, _ in _reference_fields()} | set(collections())
    assert kinds <= set(NAMING)


def test_the_walker_finds_every_reference_in_document_order(rich: ss.Strategy) -> None:
    found = [(r.path, r.target, r.id) for r in references(rich)]
    assert ("goals[0].processes[0]", ss.Process, "intake") in found
    assert ("actions[0].channels[0]", ss.Channel, "fb") in found
    paths = [path for path, _, _ in found]
    order = [field.name for field in attrs.fields(ss.Strategy)]
    assert paths == sorted(paths, key=lambda p: order.index(p.split(".")[0].split("[")[0]))


@attrs.frozen(kw_only=True)
class _GoalWithPartner(ss.Goal):
    """A goal with a reference field the model does not have (yet)."""

    partner_channel: str = ref("the channel of a partner", target=ss.Channel)
    reviewers: tuple[str, ...] = refs("the roles that review the goal", target=ss.Role)


def test_a_new_reference_field_is_found_and_checked_without_listing_it(
    rich: ss.Strategy,
) -> None:
    """A reference field added in a subclass is walked, checked and named like any
    other: nothing lists the reference sites by hand."""
    goal = _GoalWithPartner(
        id="g1", title="Meer aanmeldingen", partner_channel="tiktok", reviewers=("comm", "x")
    )
    plan = attrs.evolve(rich, goals=(goal,))
    found = {r.path: (r.target, r.id) for r in references(plan)}
    assert found["goals[0].partner_channel"] == (ss.Channel, "tiktok")
    assert found["goals[0].reviewers[1]"] == (ss.Role, "x")
    problems = ss.validate(plan)
    assert [p.path for p in problems] == ["goals[0].partner_channel", "goals[0].reviewers[1]"]
    assert problems[0].text.nl == (
        "doel 'Meer aanmeldingen' verwijst naar kanaal 'tiktok': die id bestaat niet in channels"
    )


def test_a_part_without_a_name_is_named_by_its_place(rich: ss.Strategy) -> None:
    crisis = ss.CrisisPlan(
        escalation=(ss.EscalationStep(role="comm"), ss.EscalationStep(role="ceo"))
    )
    (problem,) = ss.validate(attrs.evolve(rich, crisis=crisis))
    assert problem.path == "crisis.escalation[1].role"
    assert problem.text.en.startswith("escalation step 2 refers to role 'ceo'")


def test_display_name_is_the_name_else_the_kind_else_unnamed() -> None:
    assert display_name(ss.Role(id="comm", name="  Woordvoerder ")) == "Woordvoerder"
    audience = ss.Audience(id="fam", kind=ss.AudienceKind.RELATIVES)
    assert display_name(audience, "en") == "Relatives and next of kin"
    assert display_name(ss.Role(id="comm")) == "rol zonder naam"
    assert display_name(ss.Goal(id="doel-2"), "en") == "unnamed goal"


def test_an_unknown_id_reads_as_its_kind_not_the_id(rich: ss.Strategy) -> None:
    assert name_of(rich, ss.Role, "comm") == "Communicatieadviseur"
    assert name_of(rich, ss.Role, "nobody") == "rol (onbekend)" == unknown(ss.Role)
    assert name_of(rich, ss.Goal, "g9", "en") == "goal (unknown)"
    assert name_of(rich, ss.Role, "") == ""


def test_options_offer_names_and_tell_equal_names_apart() -> None:
    org = ss.Organisation(
        roles=(
            ss.Role(id="a", name="Zorgmedewerker"),
            ss.Role(id="b", name="Zorgmedewerker"),
            ss.Role(id="c"),
        )
    )
    plan = ss.Strategy(organisation=org)
    assert options(plan, ss.Role) == (
        ("a", "Zorgmedewerker"),
        ("b", "Zorgmedewerker (2)"),
        ("c", "rol zonder naam"),
    )


def test_a_subclass_is_named_as_its_base() -> None:
    assert naming(_GoalWithPartner) is NAMING[ss.Goal]
