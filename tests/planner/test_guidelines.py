"""The guidelines step: the employee guideline, its rules and media guidance reach the file."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

import socialstrategy as ss
from socialstrategy.model._fields import MAX_TEXT
from socialstrategy.model.starters import unreviewed
from socialstrategy.planner.texts import T
from socialstrategy.vocab import GuidelineTopic
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, by_key, saved, start_app

RISK_INVENTORY = "Online veiligheid niet in de risico-inventarisatie"


def _findings(at: AppTest) -> list[str]:
    return [e.value for e in (*at.error, *at.warning, *at.info)]


def show(at: AppTest, section: str) -> AppTest:
    """Open one section of the step (only the chosen one is built)."""
    by_key(at.button_group, "guidelines.section").set_value(section).run()  # type: ignore[attr-defined]
    assert not at.exception
    return at


def _seed_rules(at: AppTest, **changes: Any) -> None:
    show(at, "guidelines.rules")
    key = next(k for k in at.session_state if str(k).endswith(":guidelines.rules"))
    at.session_state[key] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [], **changes}
    at.run()
    assert not at.exception


def test_renders_the_example(open_step: Any) -> None:
    at, _ = open_step("guidelines")
    assert at.title[0].value == "Richtlijn en mediabegeleiding"
    assert by_key(at.text_input, "guidelines.title").value.startswith("Richtlijn")
    show(at, "guidelines.rules")
    assert any("6 van de 6 kernonderwerpen" in m.value for m in at.markdown)
    # De Linde's guideline covers three of the nine other topics; the rest show grey.
    assert any("3 van de 9 andere onderwerpen" in m.value for m in at.markdown)
    assert any(
        ":gray-badge[Belangenverstrengeling en aanbevelingen]" in m.value for m in at.markdown
    )


def test_only_the_chosen_section_is_built(open_step: Any) -> None:
    """One part at a time: the others' widgets (and the rules table) are not made."""
    at, path = open_step("guidelines")
    text = path.read_text(encoding="utf-8")
    control = by_key(at.button_group, "guidelines.section")
    assert control.options == [  # type: ignore[attr-defined]
        "Richtlijn: vaststelling en toestemming",
        "Richtlijn: afspraken",
        "Mediabegeleiding voor cliënten",
    ]
    assert not [k for k in at.session_state if str(k).endswith(":guidelines.rules")]
    assert not [k for k in at.session_state if str(k).endswith(":media_guidance.vision")]
    for section in ("guidelines.rules", "media_guidance", "guidelines"):
        show(at, section)
        assert path.read_text(encoding="utf-8") == text, section  # looking changes nothing
    assert [k for k in at.session_state if str(k).endswith(":guidelines.title")]


def test_a_next_step_link_opens_the_section_of_its_field(workspace: Path) -> None:
    shutil.copyfile(STRATEGIES / "zorggroep-de-linde.toml", workspace / "draft-linde.toml")
    at = start_app()
    at.query_params["d"] = "draft-linde"
    at.query_params["focus"] = "media_guidance.in_risk_inventory"
    at.switch_page(str(PAGES / "guidelines.py"))
    at.run()
    assert not at.exception
    assert by_key(at.button_group, "guidelines.section").value == "media_guidance"  # type: ignore[attr-defined]
    assert by_key(at.toggle, "media_guidance.in_risk_inventory").value is False


def test_an_edit_is_saved_on_disk(open_step: Any) -> None:
    at, path = open_step("guidelines")
    by_key(at.text_input, "guidelines.contact").input("Team communicatie, 030 123 4567").run()
    show(at, "media_guidance")
    by_key(at.text_area, "media_guidance.vision").input("Online meedoen hoort erbij.").run()
    assert not at.exception
    strategy = saved(path)
    assert strategy.guidelines.contact == "Team communicatie, 030 123 4567"
    assert strategy.media_guidance.vision == "Online meedoen hoort erbij."


def test_the_score_and_the_findings_react(open_step: Any) -> None:
    """Adding online safety to the risk inventory clears GUID021 beside it at once."""
    at, path = open_step("guidelines")
    before = at.sidebar.metric[0].value
    assert any(RISK_INVENTORY in f for f in _findings(at))
    show(at, "media_guidance")
    by_key(at.toggle, "media_guidance.in_risk_inventory").set_value(True).run()
    assert not at.exception
    assert saved(path).media_guidance.in_risk_inventory is True
    assert not any(RISK_INVENTORY in f for f in _findings(at))
    assert at.sidebar.metric[0].value != before


def test_a_rule_added_in_the_table_keeps_its_roles(open_step: Any) -> None:
    at, path = open_step("guidelines")
    count = len(saved(path).guidelines.rules)
    _seed_rules(
        at,
        added_rows=[
            {
                "topic": "work_time",
                "rule": "Geen sociale media tijdens de zorg.",
                "why": "De cliënt heeft je aandacht.",
                "roles": ["evv", "wijkverpleegkundige"],
            }
        ],
    )
    rules = saved(path).guidelines.rules
    assert len(rules) == count + 1
    assert rules[-1].topic is GuidelineTopic.WORK_TIME
    assert rules[-1].roles == ("evv", "wijkverpleegkundige")


def test_removing_a_core_rule_shows_the_topic_missing(open_step: Any) -> None:
    at, path = open_step("guidelines")
    assert saved(path).guidelines.rules[0].topic is GuidelineTopic.CONFIDENTIALITY
    before = at.sidebar.metric[0].value
    _seed_rules(at, deleted_rows=[0])
    assert GuidelineTopic.CONFIDENTIALITY not in saved(path).guidelines.topics
    assert any("5 van de 6 kernonderwerpen" in m.value for m in at.markdown)
    assert any("Beroepsgeheim en privacy" in f for f in _findings(at))
    assert at.sidebar.metric[0].value != before


def test_a_rule_without_a_topic_is_reported_and_not_saved(open_step: Any) -> None:
    at, path = open_step("guidelines")
    rules = saved(path).guidelines.rules
    _seed_rules(at, added_rows=[{"rule": "Wees aardig."}])
    assert any("Niet bewaard" in e.value and "onderwerp" in e.value for e in at.error)
    assert saved(path).guidelines.rules == rules


def test_an_overlong_title_is_reported_and_not_saved(open_step: Any) -> None:
    at, path = open_step("guidelines")
    title = saved(path).guidelines.title
    by_key(at.text_input, "guidelines.title").input("x" * (MAX_TEXT + 1)).run()
    assert not at.exception
    assert any("Niet bewaard" in e.value for e in at.error)
    assert saved(path).guidelines.title == title


def test_the_page_works_in_english(open_step: Any) -> None:
    at, _ = open_step("guidelines")
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Guideline and media guidance"
    assert by_key(at.button_group, "guidelines.section").options == [  # type: ignore[attr-defined]
        "Guideline: adoption and consent",
        "Guideline: agreements",
        "Media guidance for clients",
    ]


def test_a_language_switch_keeps_the_section_shown(open_step: Any) -> None:
    at, _ = open_step("guidelines")
    show(at, "media_guidance")
    next(g for g in at.button_group if g.key == "language").set_value("en").run()
    assert not at.exception
    assert by_key(at.button_group, "guidelines.section").value == "media_guidance"  # type: ignore[attr-defined]
    assert at.subheader[0].value == T("guidelines.guidance", "en")


# --- starter texts --------------------------------------------------------------------


def _fresh(workspace: Path, sector: ss.Sector = ss.Sector.DISABILITY_CARE) -> tuple[AppTest, Path]:
    target = workspace / "draft-vers.toml"
    plan = ss.new_strategy(sector, "Stichting Proef")
    target.write_text(ss.dumps(plan), encoding="utf-8")
    at = start_app()
    at.query_params["d"] = target.stem
    at.switch_page(str(PAGES / "guidelines.py"))
    at.run()
    assert not at.exception, at.exception
    return at, target


#: What only the step's notice over all its parts says (the part notices say less).
_WHOLE = T("starter.whole", n=0).split(". ")[1]


def _notices(at: AppTest) -> list[str]:
    """The "Modeltekst" notices of the section shown (not the step's notice over all)."""
    return [m.value for m in at.markdown if T("starter.badge") in m.value and _WHOLE not in m.value]


def test_each_part_with_model_texts_is_marked_and_looking_accepts_nothing(
    workspace: Path,
) -> None:
    at, path = _fresh(workspace)
    text = path.read_text(encoding="utf-8")
    parts = {
        "guidelines": "guidelines.consent",
        "guidelines.rules": "guidelines.rules",
        "media_guidance": "media_guidance",
    }
    for section, part in parts.items():
        show(at, section)
        assert _notices(at), section
        assert by_key(at.button, f"{part}.accept_model_texts")
    assert path.read_text(encoding="utf-8") == text  # looking changes nothing
    show(at, "guidelines.rules")
    (notice,) = _notices(at)
    count = len(saved(path).guidelines.rules)
    assert f"{count} teksten hier zijn voorbeeldteksten" in notice


def test_one_click_accepts_a_whole_part(workspace: Path) -> None:
    at, path = _fresh(workspace)
    show(at, "guidelines.rules")
    by_key(at.button, "guidelines.rules.accept_model_texts").click().run()  # type: ignore[attr-defined]
    assert not at.exception
    plan = saved(path)
    assert not any(rule.model_text for rule in plan.guidelines.rules)
    assert plan.guidelines.consent.model_text  # another part: still to review
    assert plan.media_guidance.model_text
    assert _notices(at) == []


def test_an_edit_clears_the_mark_of_its_part_only(workspace: Path) -> None:
    at, path = _fresh(workspace)
    field = by_key(at.text_area, "guidelines.consent.withdrawal")
    field.input(field.value + " Dat zeggen we ook in de cliëntenraad.").run()  # type: ignore[attr-defined]
    assert not at.exception
    plan = saved(path)
    assert not plan.guidelines.consent.model_text
    assert all(rule.model_text for rule in plan.guidelines.rules)
    assert _notices(at) == []


def test_an_edited_rule_loses_its_mark_the_others_keep_theirs(workspace: Path) -> None:
    at, path = _fresh(workspace)
    _seed_rules(at, edited_rows={0: {"why": "Zo werken wij bij Stichting Proef."}})
    plan = saved(path)
    assert plan.guidelines.rules[0].why == "Zo werken wij bij Stichting Proef."
    assert not plan.guidelines.rules[0].model_text
    assert all(rule.model_text for rule in plan.guidelines.rules[1:])


def test_the_step_counts_what_is_left_to_read_over_all_its_parts(workspace: Path) -> None:
    """Over the sections: how many model texts the guideline step still holds, with the
    button to read them as one document; gone once every part is adopted."""
    at, path = _fresh(workspace)

    def whole() -> list[str]:
        return [m.value for m in at.markdown if _WHOLE in m.value]

    left = len(unreviewed(saved(path), "guidelines", "media_guidance"))
    assert left > 20
    (notice,) = whole()
    assert f"Hier staan nog {left} voorbeeldteksten" in notice
    assert by_key(at.button, "guidelines.all.read_whole")
    for section, part in (
        ("guidelines", "guidelines.consent"),
        ("guidelines.rules", "guidelines.rules"),
        ("media_guidance", "media_guidance"),
    ):
        show(at, section)
        by_key(at.button, f"{part}.accept_model_texts").click().run()  # type: ignore[attr-defined]
        assert not at.exception
    assert unreviewed(saved(path), "guidelines", "media_guidance") == ()
    assert whole() == []
