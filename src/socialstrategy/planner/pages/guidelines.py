"""Guideline and media guidance: what employees agree on, and how we guide clients online."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import streamlit as st

from socialstrategy import fmt
from socialstrategy.model import ConsentPolicy, GuidelineRule, Guidelines, MediaGuidance, Role
from socialstrategy.model._fields import FieldError
from socialstrategy.model.names import names_by_id
from socialstrategy.planner import consent_register, state, tables, widgets
from socialstrategy.planner.markup import inert
from socialstrategy.planner.steps import BY_KEY
from socialstrategy.planner.texts.guidelines import TEXTS
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import CORE_TOPICS, GuidelineTopic

if TYPE_CHECKING:
    from collections.abc import Mapping


step = BY_KEY["guidelines"]
lang = language()


def show_example() -> None:
    sample = widgets.example()
    guideline = sample.guidelines
    if not guideline.rules:
        return
    rule = next(
        (r for r in guideline.rules if r.topic is GuidelineTopic.CONFIDENTIALITY),
        guideline.rules[0],
    )
    st.markdown(
        t(
            "guidelines.example",
            title=inert(guideline.title),
            org=inert(sample.organisation.name),
            adopted=fmt.date(guideline.adopted, lang) if guideline.adopted else "—",
            topic=rule.topic.label(lang).lower(),
            rule=inert(rule.rule),
            why=inert(rule.why),
        )
    )


def findings_here(*prefixes: str) -> None:
    """Mark the place for the findings on *prefixes*, shown once the change is saved."""
    for prefix in prefixes:
        slots.here(prefix)


widgets.header(step, show_example)
slots = widgets.FindingSlots(step)
strategy = widgets.require_strategy()
g, consent, guidance = strategy.guidelines, strategy.guidelines.consent, strategy.media_guidance
role_names = names_by_id(strategy, Role, language())
#: Who adopts and who advises, as the organisation step records or implies them.
words = widgets.words()

sections = {
    "guidelines": t("guidelines.section.adoption"),
    "guidelines.rules": t("guidelines.section.rules"),
    "media_guidance": t("guidelines.section.clients"),
}
widgets.whole_notice(
    strategy,
    "guidelines",
    "media_guidance",
    read="guidelines.all",
    button=t("guidelines.read_whole"),
)
section = widgets.section(t("guidelines.section"), sections, "guidelines.section")

# What a section that is not shown contributes: the plan as it is.
new_guidelines, new_guidance = g, guidance

if section == "guidelines":
    st.subheader(t("guidelines.governance"), help=t("guidelines.governance.help", **words))
    left, right = st.columns(2)
    with left:
        title = widgets.text(
            t("guidelines.title"),
            g.title,
            "guidelines.title",
            placeholder=t("guidelines.title.placeholder"),
        )
        owner = widgets.who(
            t("guidelines.owner"), g.owner, "guidelines.owner", help=t("guidelines.owner.help")
        )
        contact = widgets.text(
            t("guidelines.contact"),
            g.contact,
            "guidelines.contact",
            help=t("guidelines.contact.help"),
        )
        report_to = widgets.text(
            t("guidelines.report_to"),
            g.report_to,
            "guidelines.report_to",
            help=t("guidelines.report_to.help"),
        )
    with right:
        works_council_advice = widgets.date(
            t("guidelines.works_council_advice", **words),
            g.works_council_advice,
            "guidelines.works_council_advice",
        )
        adopted = widgets.date(t("guidelines.adopted", **words), g.adopted, "guidelines.adopted")
        review_date = widgets.date(
            t("guidelines.review_date"),
            g.review_date,
            "guidelines.review_date",
            help=t("guidelines.review_date.help"),
        )
    findings_here(
        *(
            f"guidelines.{field}"
            for field in (
                "title",
                "owner",
                "contact",
                "report_to",
                "works_council_advice",
                "adopted",
                "review_date",
            )
        )
    )

    st.subheader(t("guidelines.consent"), help=t("guidelines.consent.help"))
    widgets.starter_notice(strategy, "guidelines.consent")
    recorded_in = widgets.text(
        t("guidelines.consent.recorded_in"),
        consent.recorded_in,
        "guidelines.consent.recorded_in",
        placeholder=t("guidelines.consent.recorded_in.placeholder", **words),
    )
    parents_under_16 = widgets.flag(
        t("guidelines.consent.parents_under_16"),
        consent.parents_under_16,
        "guidelines.consent.parents_under_16",
    )
    legal_representative = widgets.flag(
        t("guidelines.consent.legal_representative"),
        consent.legal_representative,
        "guidelines.consent.legal_representative",
    )
    withdrawal = widgets.text(
        t("guidelines.consent.withdrawal"),
        consent.withdrawal,
        "guidelines.consent.withdrawal",
        area=True,
    )
    new_consent = widgets.build(
        lambda: ConsentPolicy(
            recorded_in=recorded_in,
            parents_under_16=parents_under_16,
            legal_representative=legal_representative,
            withdrawal=withdrawal,
        ),
        consent,
    )
    findings_here("guidelines.consent")
    strategy = consent_register.show(strategy, slots)
    new_guidelines = widgets.build(
        lambda: Guidelines(
            title=title,
            owner=owner,
            contact=contact,
            report_to=report_to,
            works_council_advice=works_council_advice,
            adopted=adopted,
            review_date=review_date,
            consent=new_consent,
            rules=g.rules,
        ),
        attrs.evolve(g, consent=new_consent),
    )

if section == "guidelines.rules":
    st.subheader(t("guidelines.rules"), help=t("guidelines.rules.help"))
    widgets.starter_notice(strategy, "guidelines.rules")

    def build_rule(row: Mapping[str, Any], _: GuidelineRule | None) -> GuidelineRule:
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

    rules = tables.edit(
        "guidelines.rules",
        g.rules,
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
        build_rule,
    )
    covered = attrs.evolve(g, rules=rules).topics
    st.markdown(
        f"**{t('guidelines.core')}** · "
        + t(
            "guidelines.core.summary",
            covered=sum(topic in covered for topic in CORE_TOPICS),
            total=len(CORE_TOPICS),
        ),
        help=t("guidelines.core.help"),
    )
    st.markdown(
        " ".join(
            f":green-badge[:material/check: {topic.label(lang)}]"
            if topic in covered
            else f":orange-badge[:material/close: {topic.label(lang)}]"
            for topic in CORE_TOPICS
        )
    )
    # The other topics weigh less (one finding, GUID030), so a missing one is grey.
    others = [topic for topic in GuidelineTopic if topic not in CORE_TOPICS]
    st.markdown(
        f"**{t('guidelines.other_topics')}** · "
        + t(
            "guidelines.other_topics.summary",
            covered=sum(topic in covered for topic in others),
            total=len(others),
        ),
        help=t("guidelines.other_topics.help"),
    )
    st.markdown(
        " ".join(
            f":green-badge[:material/check: {topic.label(lang)}]"
            if topic in covered
            else f":gray-badge[{topic.label(lang)}]"
            for topic in others
        )
    )
    findings_here("guidelines.rules")
    new_guidelines = attrs.evolve(g, rules=rules)

if section == "media_guidance":
    st.subheader(t("guidelines.guidance"), help=t("guidelines.guidance.help"))
    widgets.starter_notice(strategy, "media_guidance")
    slots.here("media_guidance", exact=True)
    vision = widgets.text(
        t("guidelines.vision"), guidance.vision, "media_guidance.vision", area=True
    )
    approach = widgets.text(
        t("guidelines.approach"),
        guidance.approach,
        "media_guidance.approach",
        area=True,
        help=t("guidelines.approach.help"),
    )
    left, right = st.columns(2)
    with left:
        guidance_owner = widgets.who(
            t("guidelines.guidance_owner"),
            guidance.owner,
            "media_guidance.owner",
            help=t("guidelines.guidance_owner.help"),
        )
    findings_here("media_guidance.vision", "media_guidance.approach", "media_guidance.owner")

    st.subheader(t("guidelines.embedding"))
    in_care_plan = widgets.flag(
        t("guidelines.in_care_plan"), guidance.in_care_plan, "media_guidance.in_care_plan"
    )
    in_risk_inventory = widgets.flag(
        t("guidelines.in_risk_inventory"),
        guidance.in_risk_inventory,
        "media_guidance.in_risk_inventory",
    )
    findings_here("media_guidance.in_care_plan", "media_guidance.in_risk_inventory")

    st.subheader(t("guidelines.risks_opportunities"))
    left, right = st.columns(2)
    with left:
        risks = widgets.text(
            t("guidelines.risks"), guidance.risks, "media_guidance.risks", area=True
        )
    with right:
        opportunities = widgets.text(
            t("guidelines.opportunities"),
            guidance.opportunities,
            "media_guidance.opportunities",
            area=True,
        )
    new_guidance = widgets.build(
        lambda: MediaGuidance(
            vision=vision,
            approach=approach,
            owner=guidance_owner,
            in_care_plan=in_care_plan,
            in_risk_inventory=in_risk_inventory,
            risks=risks,
            opportunities=opportunities,
        ),
        guidance,
    )
    findings_here("media_guidance.risks", "media_guidance.opportunities")

state.update(attrs.evolve(strategy, guidelines=new_guidelines, media_guidance=new_guidance))
slots.fill()
widgets.findings(step)
widgets.step_links(step)
