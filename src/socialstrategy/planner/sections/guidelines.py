"""The guideline step's sections: how the guideline is adopted (with the consent policy
and register), its rules by topic, and the media guidance for clients.

Each section takes the plan and returns it with the part it shows as edited.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import streamlit as st

from socialstrategy.model import GuidelineRule, Role
from socialstrategy.model._fields import FieldError
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import consent_register, tables, widgets
from socialstrategy.planner.components import edited, places
from socialstrategy.planner.components.form import Form
from socialstrategy.planner.texts.guidelines import TEXTS
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import CORE_TOPICS, GuidelineTopic

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping, Sequence

    from socialstrategy.model import Guidelines, Strategy
    from socialstrategy.planner.widgets import FindingSlots


def _governance(g: Guidelines) -> dict[str, Any]:
    """Title, owner, contact, where to report, and the dates of advice and adoption."""
    form = Form(g, "guidelines", "guidelines")
    left, right = st.columns(2)
    with left:
        title = form.text("title", placeholder=True)
        owner = form.who("owner", help=True)
        contact = form.text("contact", help=True)
        report_to = form.text("report_to", help=True)
    with right:
        works_council_advice = form.date("works_council_advice", words=True)
        adopted = form.date("adopted", words=True)
        review_date = form.date("review_date", help=True)
    return {
        "title": title,
        "owner": owner,
        "contact": contact,
        "report_to": report_to,
        "works_council_advice": works_council_advice,
        "adopted": adopted,
        "review_date": review_date,
    }


def adoption(strategy: Strategy, slots: FindingSlots) -> Strategy:
    """Who owns and adopts the guideline, the consent policy, and the consent register."""
    g, consent = strategy.guidelines, strategy.guidelines.consent
    #: Who adopts and who advises, as the organisation step records or implies them.
    words = widgets.words()
    st.subheader(t("guidelines.governance"), help=t("guidelines.governance.help", **words))
    governance = _governance(g)
    places.fields(slots, "guidelines", *governance)

    st.subheader(t("guidelines.consent"), help=t("guidelines.consent.help"))
    widgets.starter_notice(strategy, "guidelines.consent")
    form = Form(consent, "guidelines.consent", "guidelines.consent")
    new_consent = edited.part(
        consent,
        recorded_in=form.text("recorded_in", placeholder=True, words=True),
        parents_under_16=form.flag("parents_under_16"),
        legal_representative=form.flag("legal_representative"),
        withdrawal=form.text("withdrawal", area=True),
    )
    slots.here("guidelines.consent")
    strategy = consent_register.show(strategy, slots)
    new_guidelines = edited.part(attrs.evolve(g, consent=new_consent), **governance)
    return attrs.evolve(strategy, guidelines=new_guidelines)


def _rule(row: Mapping[str, Any], _: GuidelineRule | None) -> GuidelineRule:
    code = tables.text(row["topic"])
    if code not in GuidelineTopic.codes():
        raise FieldError("topic", TEXTS["guidelines.rule.no_topic"])
    roles = row["roles"]
    return GuidelineRule(
        topic=GuidelineTopic.parse(code),
        rule=tables.text(row["rule"]),
        why=tables.text(row["why"]),
        roles=() if roles is None else tuple(str(r) for r in roles),
    )  # the model-text mark is the table's to carry (see tables.edit)


def rules_table(strategy: Strategy) -> tuple[GuidelineRule, ...]:
    """The rules, one row each: model text or not, topic, rule, why, and for whom."""
    lang = language()
    role_names = names_by_id(strategy, Role, lang)
    return tables.edit(
        "guidelines.rules",
        strategy.guidelines.rules,
        [
            # First, where it is seen without scrolling: which rules are still model text.
            tables.Column(
                "model_text",
                st.column_config.CheckboxColumn(
                    t("starter.badge"),
                    help=t("guidelines.col.model_text.help"),
                    disabled=True,
                    width="small",
                ),
                lambda r: r.model_text,
                dtype="boolean",
            ),
            tables.Column(
                "topic",
                st.column_config.SelectboxColumn(
                    t("guidelines.col.topic"),
                    options=list(GuidelineTopic.codes()),
                    format_func=lambda code: GuidelineTopic.parse(str(code)).label(lang),
                    width=200,
                ),
                lambda r: r.topic.code,
                needed=True,
            ),
            tables.Column(
                "rule",
                st.column_config.TextColumn(t("guidelines.col.rule"), width=340),
                lambda r: r.rule,
            ),
            tables.Column(
                "why",
                st.column_config.TextColumn(t("guidelines.col.why"), width=220),
                lambda r: r.why,
            ),
            tables.Column(
                "roles",
                st.column_config.MultiselectColumn(
                    t("guidelines.col.roles"),
                    help=t("guidelines.col.roles.help"),
                    options=list(role_names),
                    format_func=lambda i: role_names.get(i, i),
                    width=160,
                ),
                lambda r: list(r.roles),
                dtype="object",
            ),
        ],
        _rule,
    )


def _topics(
    key: str,
    topics: Sequence[GuidelineTopic],
    covered: Collection[GuidelineTopic],
    missing: Callable[[str], str],
) -> None:
    """How many of *topics* the rules cover, then each as a badge: green when covered,
    else as *missing* draws its label."""
    lang = language()
    st.markdown(
        f"**{t(key)}** · "
        + t(
            f"{key}.summary",
            covered=sum(topic in covered for topic in topics),
            total=len(topics),
        ),
        help=t(f"{key}.help"),
    )
    st.markdown(
        " ".join(
            f":green-badge[:material/check: {topic.label(lang)}]"
            if topic in covered
            else missing(topic.label(lang))
            for topic in topics
        )
    )


def rules(strategy: Strategy, slots: FindingSlots) -> Strategy:
    """The rules table, and which topics they cover."""
    st.subheader(t("guidelines.rules"), help=t("guidelines.rules.help"))
    widgets.starter_notice(strategy, "guidelines.rules")
    new_guidelines = attrs.evolve(strategy.guidelines, rules=rules_table(strategy))
    covered = new_guidelines.topics
    _topics("guidelines.core", CORE_TOPICS, covered, ":orange-badge[:material/close: {}]".format)
    # The other topics weigh less (one finding, GUID030), so a missing one is grey.
    others = [topic for topic in GuidelineTopic if topic not in CORE_TOPICS]
    _topics("guidelines.other_topics", others, covered, ":gray-badge[{}]".format)
    slots.here("guidelines.rules")
    return attrs.evolve(strategy, guidelines=new_guidelines)


def media_guidance(strategy: Strategy, slots: FindingSlots) -> Strategy:
    """The vision and approach on guiding clients online, embedding, risks, opportunities."""
    guidance = strategy.media_guidance
    st.subheader(t("guidelines.guidance"), help=t("guidelines.guidance.help"))
    widgets.starter_notice(strategy, "media_guidance")
    slots.here("media_guidance", exact=True)
    form = Form(guidance, "media_guidance", "guidelines")
    vision = form.text("vision", area=True)
    approach = form.text("approach", area=True, help=True)
    left, _ = st.columns(2)
    with left:
        owner = form.who("owner", label="guidance_owner", help=True)
    places.fields(slots, "media_guidance", "vision", "approach", "owner")

    st.subheader(t("guidelines.embedding"))
    in_care_plan = form.flag("in_care_plan")
    in_risk_inventory = form.flag("in_risk_inventory")
    places.fields(slots, "media_guidance", "in_care_plan", "in_risk_inventory")

    st.subheader(t("guidelines.risks_opportunities"))
    left, right = st.columns(2)
    with left:
        risks = form.text("risks", area=True)
    with right:
        opportunities = form.text("opportunities", area=True)
    new_guidance = edited.part(
        guidance,
        vision=vision,
        approach=approach,
        owner=owner,
        in_care_plan=in_care_plan,
        in_risk_inventory=in_risk_inventory,
        risks=risks,
        opportunities=opportunities,
    )
    places.fields(slots, "media_guidance", "risks", "opportunities")
    return attrs.evolve(strategy, media_guidance=new_guidance)


SECTIONS: dict[str, Callable[[Strategy, FindingSlots], Strategy]] = {
    "guidelines": adoption,
    "guidelines.rules": rules,
    "media_guidance": media_guidance,
}


__all__ = ["SECTIONS", "adoption", "media_guidance", "rules", "rules_table"]
