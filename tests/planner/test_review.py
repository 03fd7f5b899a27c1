"""The review step: the whole plan, its charts, its open points and the download."""

from __future__ import annotations

from typing import Any

import socialstrategy as ss
from socialstrategy.scoring import score
from tests.conftest import STRATEGIES
from tests.planner.conftest import by_key, plain


def test_summary_matches_the_score(open_step: Any) -> None:
    at, _ = open_step("review", example="zorggroep-de-linde.toml")
    assert at.title[0].value == "Overzicht en export"
    assert at.metric[0].value == at.sidebar.metric[0].value
    assert at.metric[1].value.startswith("3 · Gestructureerd")
    assert len(at.get("vega_lite_chart")) == 2  # the radar and one chosen chart


def test_every_chart_can_be_chosen(open_step: Any) -> None:
    at, _ = open_step("review")
    control = by_key(at.button_group, "review.chart")
    for option in ("coverage", "chain", "timeline", "maturity", "readiness"):
        control.set_value(option).run()
        assert not at.exception
        assert len(at.get("vega_lite_chart")) == 2


def test_the_strategy_file_can_be_downloaded_with_a_safe_name(open_step: Any) -> None:
    at, _ = open_step("review")
    button = at.get("download_button")[0]
    assert button.proto.label == "Strategiebestand (.toml)"


def test_works_in_english(open_step: Any) -> None:
    at, _ = open_step("review")
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Review and export"
    assert at.metric[0].label == "Overall score"


def test_every_export_is_offered_with_the_chosen_name(open_step: Any) -> None:
    """Choose a document and a format: the download names the file it will give."""
    at, _ = open_step("review", example="zorggroep-de-linde.toml")
    export = at.get("download_button")[1]
    assert plain(export.proto.label) == "Downloaden: zorggroep-de-linde-rapport.pdf"
    assert export.proto.ignore_rerun
    by_key(at.selectbox, "review.export.format").set_value("docx").run()
    assert not at.exception
    assert plain(at.get("download_button")[1].proto.label) == (
        "Downloaden: zorggroep-de-linde-rapport.docx"
    )
    by_key(at.selectbox, "review.export.document").set_value("pocket")
    by_key(at.selectbox, "review.export.format").set_value("md").run()
    assert (
        plain(at.get("download_button")[1].proto.label)
        == "Downloaden: zorggroep-de-linde-crisiskaart.md"
    )
    by_key(at.selectbox, "review.export.format").set_value("json").run()
    assert plain(at.get("download_button")[1].proto.label) == "Downloaden: zorggroep-de-linde.json"
    assert at.get("download_button")[0].proto.label == "Strategiebestand (.toml)"


def test_the_consent_register_is_offered_as_csv_and_only_it(open_step: Any) -> None:
    at, _ = open_step("review", example="jeugdzorg-op-koers.toml")
    offered = by_key(at.selectbox, "review.export.format").options  # type: ignore[attr-defined]
    assert "Spreadsheet (.csv), voor Excel" not in offered
    by_key(at.selectbox, "review.export.document").set_value("consent").run()
    assert not at.exception
    formats = by_key(at.selectbox, "review.export.format")
    assert "Spreadsheet (.csv), voor Excel" in formats.options  # type: ignore[attr-defined]
    formats.set_value("csv").run()  # type: ignore[attr-defined]
    assert plain(at.get("download_button")[1].proto.label) == (
        "Downloaden: jeugdzorg-op-koers-toestemmingsregister.csv"
    )
    by_key(at.selectbox, "review.export.document").set_value("report").run()
    assert not at.exception
    assert plain(at.get("download_button")[1].proto.label) == (
        "Downloaden: jeugdzorg-op-koers-rapport.pdf"
    )


def test_the_sidebar_says_what_the_next_step_is_about_and_links_to_it(open_step: Any) -> None:
    """The fix alone ('turn the no into a goal') does not say which no: the finding's
    message under it does, and the link opens the step at the field concerned."""
    at, _ = open_step("review", example="zorggroep-de-linde.toml")
    report = score(ss.load(STRATEGIES / "zorggroep-de-linde.toml"))
    assert report.next_step is not None
    shown = [m.value for m in at.sidebar.markdown]
    assert report.next_step.fix.nl in shown
    assert report.next_step.message.nl in [plain(c.value) for c in at.sidebar.caption]
    (next_step,) = [i.value for i in at.main.info if i.value.startswith("**Volgende stap:**")]
    assert report.next_step.fix.nl in next_step
    assert report.next_step.message.nl in plain(next_step)  # on the page too, not the fix alone
    link = at.sidebar.get("page_link")[0].proto
    assert link.page == "readiness"
    assert f"focus={report.next_step.path.replace('[', '%5B').replace(']', '%5D')}" in (
        link.query_string
    )


def test_two_sessions_keep_their_own_language_and_keys(open_step: Any) -> None:
    """What a run settles (language, key prefix) is kept per run and thread, never
    shared: runs of a Dutch and an English session, in turn, each stay themselves."""
    dutch, _ = open_step("review")
    english, _ = open_step("review")
    next(g for g in english.button_group if g.key == "language").set_value("en").run()
    for _ in range(3):
        dutch.run()
        english.run()
        assert dutch.title[0].value == "Overzicht en export"
        assert english.title[0].value == "Review and export"
        assert dutch.sidebar.metric[0].label == "Totaalscore"
        assert english.sidebar.metric[0].label == "Overall score"


def test_accepted_findings_are_listed_apart_with_reason_and_date(open_text: Any) -> None:
    """An accepted finding leaves the open points but stays in sight (issue 12)."""
    import datetime as dt  # noqa: PLC0415

    import attrs  # noqa: PLC0415

    plan = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    code = score(plan).findings[0].code
    reason = "Besloten door het MT: eerst de pilot."
    acceptance = ss.Acceptance(rule=code, reason=reason, until=dt.date(2199, 6, 1))
    accepted = attrs.evolve(plan, meta=attrs.evolve(plan.meta, accepted=(acceptance,)))
    at, _ = open_text("review", ss.dumps(accepted))
    count = len(score(accepted).accepted)
    assert count > 0
    labels = [e.label for e in at.expander]
    assert f"Geaccepteerd ({count})" in labels
    shown = plain(" ".join(m.value for m in at.markdown))
    assert f"({code})" in shown
    assert "Reden: Besloten door het MT: eerst de pilot. · tot en met 1 juni 2199" in shown


def _acceptances_key(at: Any) -> str:
    return next(k for k in at.session_state if str(k).endswith(":meta.accepted"))


def _table(at: Any) -> Any:
    """The acceptances' table: the one with a rule column (the scores are a table too)."""
    (table,) = [d for d in at.dataframe if "rule" in d.value.columns]
    return table


def _seed(at: Any, edited: dict[str, Any] | None = None, added: list[Any] | None = None) -> None:
    at.session_state[_acceptances_key(at)] = {
        "edited_rows": edited or {},
        "added_rows": added or [],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception


def test_an_acceptance_is_added_in_the_table_and_saved(open_step: Any) -> None:
    """Rule, reason and date typed in a new row: the file holds the acceptance, and the
    finding leaves the open points."""
    import datetime as dt  # noqa: PLC0415

    from socialstrategy.scoring import RULES  # noqa: PLC0415

    at, path = open_step("review")
    assert not ss.load(path).meta.accepted
    code = score(ss.load(path)).findings[0].code
    label = f"{code} · {RULES[code].title.nl}"
    table = _table(at)
    assert list(table.value.columns) == ["rule", "reason", "until"]  # no part path
    _seed(at, added=[{"rule": label, "reason": "Besloten in het MT", "until": "31-12-2050"}])
    (acceptance,) = ss.load(path).meta.accepted
    assert (acceptance.rule, acceptance.reason, acceptance.until, acceptance.path) == (
        code,
        "Besloten in het MT",
        dt.date(2050, 12, 31),
        "",
    )
    assert any(a.acceptance == acceptance for a in score(ss.load(path)).accepted)


def test_an_edited_reason_keeps_the_part_the_acceptance_is_about(open_text: Any) -> None:
    import datetime as dt  # noqa: PLC0415

    import attrs  # noqa: PLC0415

    plan = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    finding = next(f for f in score(plan).findings if f.path)
    acceptance = ss.Acceptance(
        rule=finding.code, path=finding.path, reason="Eerst de pilot", until=dt.date(2050, 6, 1)
    )
    text = ss.dumps(attrs.evolve(plan, meta=attrs.evolve(plan.meta, accepted=(acceptance,))))
    at, path = open_text("review", text)
    assert _table(at).value["reason"][0] == "Eerst de pilot"
    _seed(at, edited={"0": {"reason": "Besloten door het MT op 1 december"}})
    (kept,) = ss.load(path).meta.accepted
    assert kept == attrs.evolve(acceptance, reason="Besloten door het MT op 1 december")


def test_an_acceptance_that_lapsed_is_fixed_on_the_review_step() -> None:
    from socialstrategy.planner.steps import BY_KEY, step_of  # noqa: PLC0415

    assert step_of("meta.accepted[0]") is BY_KEY["review"]
    assert step_of("meta.accepted") is BY_KEY["review"]
    assert step_of("meta.title") is BY_KEY["organisation"]
