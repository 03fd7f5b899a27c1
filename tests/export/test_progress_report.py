"""The progress report for the board: what was adopted, what changed since, measures
against targets, actions late, due and done, the score trend and the decisions asked,
in every format; and the score trend's arrows on the board pack."""

from __future__ import annotations

import datetime as dt
import io
import re

import attrs
import docx
import pypdf
import pytest

from socialstrategy import fmt
from socialstrategy.export import FORMATS, export
from socialstrategy.export.documents.sections.changes import SHOWN
from socialstrategy.export.outline import Bullets, Chart, Pairs, Paragraph, Table
from socialstrategy.export.texts import T
from socialstrategy.i18n import Language
from socialstrategy.model import Action, Indicator, Measurement
from socialstrategy.model.diff import diff
from socialstrategy.model.lifecycle import Lifecycle
from socialstrategy.scoring import score
from socialstrategy.scoring.trend import History, Saved
from socialstrategy.vocab import ActionStatus
from tests.export import built
from tests.export.built import LANGUAGES, TODAY, section, text_of
from tests.export.histories import (
    ADOPTED_ON,
    ADOPTED_REVISION,
    DECISION,
    MATURE,
    example_with_history,
    progress,
    rows,
    with_history,
)
from tests.export.rendered import pdf_figures, squeeze
from tests.export.test_html import Page
from tests.export.test_no_ids import _marked

STEMS = [*built.EXAMPLE_IDS, "start-hier"]
SECTIONS = (
    "progress.status",
    "progress.changes",
    "progress.measures",
    "progress.actions",
    "trend.heading",
    "board.decisions",
)


def _text(form: str, data: bytes) -> str:
    """What a reader sees in *data*, opened the way its format is read."""
    if form == "pdf":
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    if form == "docx":
        word = docx.Document(io.BytesIO(data))
        cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in word.paragraphs] + cells)
    if form == "html":
        return Page(data).all_text
    return data.decode("utf-8").replace("\\", "")  # Markdown: its escapes aside


def _target_sentence(stem: str, language: Language) -> str | None:
    """The diff's sentence for the first indicator's target, raised since the adoption."""
    now, _, adopted = example_with_history(stem)
    found = [d for d in diff(adopted, now) if d.path.endswith(".target")]
    return found[0].sentence.get(language) if found else None


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("stem", STEMS)
def test_every_format_tells_the_adoption_the_changes_and_the_trend(
    stem: str, language: Language
) -> None:
    """Each example with a history, in each format: the adopted revision's date and
    decision, the changed target as a sentence, every section, the trend's words."""
    now, history, _ = example_with_history(stem)
    document = progress(now, history, language)
    expected = [
        T("progress.title", language),
        fmt.long_date(ADOPTED_ON, language),
        DECISION,
        *(T(key, language) for key in SECTIONS),
        T("trend.overall", language),
    ]
    sentence = _target_sentence(stem, language)
    if sentence:
        expected.append(sentence)
    else:  # the blank template has no indicator: nothing but the status changed
        expected.append(T("progress.changes.none", language))
    for form, render in FORMATS.items():
        data = render(document)
        shown = squeeze(_text(form, data))
        assert [e for e in expected if squeeze(e) not in shown] == [], form
        if form == "pdf":
            pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
            assert 1 <= pages <= 4, (stem, pages)


def test_the_mature_example_takes_two_to_four_pages_with_its_charts_tagged() -> None:
    now, history, _ = example_with_history(MATURE)
    document = progress(now, history)
    reader = pypdf.PdfReader(
        io.BytesIO(export(now, "pdf", document="progress", today=TODAY, history=history))
    )
    assert 2 <= len(reader.pages) <= 4
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    figures = pdf_figures(reader)
    shown = [b.title for b in document.blocks if isinstance(b, Chart)]
    assert shown
    assert figures == shown


def test_the_sections_come_in_order_as_headings_in_html_and_word() -> None:
    now, history, _ = example_with_history(MATURE)
    document = progress(now, history, "en")
    chapters = [T(key, "en") for key in SECTIONS]
    page = Page(FORMATS["html"](document))
    assert page.headings[0] == ("h1", T("progress.title", "en"))
    assert [text for tag, text in page.headings if tag == "h2"] == chapters
    word = docx.Document(io.BytesIO(FORMATS["docx"](document)))
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 1"] == chapters


def test_what_changed_puts_a_new_goal_and_a_raised_target_first() -> None:
    """The changes since the adoption in words: a goal added before a target changed,
    and nothing the report tells elsewhere (status, measurements, updates)."""
    now, history, adopted = example_with_history(MATURE)
    document = progress(now, history)
    told = diff(adopted, now)
    added = next(d for d in told if d.kind == "added" and re.fullmatch(r"goals\[\d+\]", d.path))
    bullets = next(
        b for b in section(document, T("progress.changes", "nl")) if isinstance(b, Bullets)
    )
    assert bullets.items[:2] == (added.sentence.get("nl"), _target_sentence(MATURE, "nl"))
    hidden = [
        d.sentence.get("nl")
        for d in told
        if d.path.startswith("lifecycle") or ".measurements[" in d.path or ".updates[" in d.path
    ]
    assert hidden
    assert not set(hidden) & set(bullets.items)


@pytest.mark.parametrize(("reworded", "told"), [(11, SHOWN), (SHOWN + 1, SHOWN + 1)])
def test_many_changes_are_capped_and_the_rest_counted(reworded: int, told: int) -> None:
    """Actions reworded since the adoption: eight are told and the rest counted; one
    over the eight is told rather than counted."""
    now, _, _ = example_with_history(MATURE)
    assert len(now.actions) >= reworded
    older = attrs.evolve(
        now,
        actions=tuple(
            attrs.evolve(a, title=a.title + " (oud)") if n < reworded else a
            for n, a in enumerate(now.actions)
        ),
    )
    history = History(adopted=Saved(number=ADOPTED_REVISION, saved_on=ADOPTED_ON, strategy=older))
    blocks = section(progress(now, history), T("progress.changes", "nl"))
    bullets = next(b for b in blocks if isinstance(b, Bullets))
    assert len(bullets.items) == told
    notes = [b.text for b in blocks if isinstance(b, Paragraph) and b.style == "note"]
    more = reworded - told
    assert notes == ([f"En nog {more} andere wijzigingen."] if more else [])


def test_actions_late_due_soon_and_done_since_adoption() -> None:
    now, history, adopted = example_with_history(MATURE)
    late, soon, done, done_before = now.actions[:4]
    actions = (
        attrs.evolve(late, status=ActionStatus.IN_PROGRESS, due=TODAY - dt.timedelta(days=10)),
        attrs.evolve(soon, status=ActionStatus.PLANNED, due=TODAY + dt.timedelta(days=30)),
        attrs.evolve(done, status=ActionStatus.DONE),
        attrs.evolve(done_before, status=ActionStatus.DONE),
        *(attrs.evolve(a, status=ActionStatus.CANCELLED) for a in now.actions[4:]),
    )
    plan = attrs.evolve(now, actions=actions)
    before = attrs.evolve(
        adopted,
        actions=tuple(
            attrs.evolve(a, status=ActionStatus.DONE if a.id == done_before.id else a.status)
            for a in adopted.actions
        ),
    )
    history = attrs.evolve(
        history, adopted=Saved(number=ADOPTED_REVISION, saved_on=ADOPTED_ON, strategy=before)
    )
    document = progress(plan, history)
    assert rows(document, "Te laat") == [
        (
            late.title,
            late.owner or "—",
            f"{fmt.date(TODAY - dt.timedelta(days=10))} (10 dagen te laat)",
            _where(late),
        )
    ]
    horizon = fmt.long_date(TODAY + dt.timedelta(days=92))
    assert [row[0] for row in rows(document, f"Af te ronden vóór {horizon}")] == [soon.title]
    listed = next(
        b for b in section(document, "Afgerond sinds de vaststelling") if isinstance(b, Bullets)
    )
    assert len(listed.items) == 1
    assert listed.items[0].startswith(done.title)


def _where(action: Action) -> str:
    """The status column of a late action: its status, marked, and its latest note."""
    status = f"Loopt ({T('report.progress.overdue', 'nl')})"
    notes = [u for u in action.updates if u.note]
    if not notes:
        return status
    return f"{status}: {max(notes, key=lambda u: u.date or dt.date.min).note}"


def test_a_plan_never_adopted_reports_how_things_stand_now() -> None:
    """No adoption, no history: the report says so, leaves out what changed, gives the
    score as a sentence (no empty table), and lists every action done."""
    # The bundled example was adopted once (its history): here it never was.
    plan = attrs.evolve(built.strategy("welzijn-oost"), lifecycle=Lifecycle())
    document = progress(plan, History())
    text = text_of(document)
    assert T("progress.status.not_adopted", "nl") in text
    pairs = next(b for b in section(document, "Stand van het plan") if isinstance(b, Pairs))
    assert pairs.items == (("Volgende herziening", "15 april 2026 (verstreken)"),)
    assert plan.meta.next_review == dt.date(2026, 4, 15)
    assert T("progress.changes", "nl") not in text
    trend = section(document, "Scoreverloop")
    assert not [b for b in trend if isinstance(b, Table)]
    report = score(plan, today=TODAY)
    assert isinstance(trend[0], Paragraph)
    assert f"{round(report.overall)}/100" in trend[0].text
    done = [a.title for a in plan.actions if a.status is ActionStatus.DONE]
    assert done
    listed = next(b for b in section(document, "Afgerond") if isinstance(b, Bullets))
    assert [item.split(" (afgerond")[0] for item in listed.items] == done
    for form in FORMATS:  # and it renders
        assert squeeze(T("progress.status.not_adopted", "nl")) in squeeze(
            _text(form, export(plan, form, document="progress", today=TODAY))
        )


def test_an_adoption_whose_revision_is_not_kept_says_so() -> None:
    now, _, _ = example_with_history(MATURE)
    blocks = section(progress(now, History()), T("progress.changes", "nl"))
    assert blocks == [Paragraph(T("progress.changes.not_kept", "nl"), "note")]


def _indicator(
    kpi: str, target: float, deadline: dt.date, values: list[tuple[int, float]]
) -> Indicator:
    return Indicator(
        kpi=kpi,
        baseline=10,
        target=target,
        unit="%",
        deadline=deadline,
        measurements=tuple(
            Measurement(date=TODAY - dt.timedelta(days=days), value=value) for days, value in values
        ),
    )


def test_measures_say_which_indicator_is_on_course_and_chart_the_worst_first() -> None:
    now, history, _ = example_with_history(MATURE)
    year = TODAY + dt.timedelta(days=365)
    indicators = (
        _indicator("Op koers", 20, year, [(300, 10), (200, 13), (100, 16)]),
        _indicator("Achter", 20, year, [(300, 10), (200, 10.5), (100, 11)]),
        _indicator("Niet gemeten", 20, TODAY - dt.timedelta(days=30), []),
        _indicator("Gehaald", 20, year, [(100, 15), (50, 21)]),
    )
    goal = attrs.evolve(now.goals[0], indicators=indicators)
    plan = attrs.evolve(now, goals=(goal, *now.goals[1:]))
    document = progress(plan, history)
    course = {row[1]: row[5] for row in rows(document, "Meetpunten en streefwaarden")}
    assert course["Op koers"] == "op koers"
    assert course["Achter"].startswith("niet op koers: op de deadline naar verwachting")
    assert course["Niet gemeten"] == "deadline voorbij zonder meting"
    assert course["Gehaald"] == "streefwaarde bereikt"
    assert course["Op koers"] != course["Achter"]
    charts = [b for b in section(document, "Meetpunten en streefwaarden") if isinstance(b, Chart)]
    assert charts[0].title == "Voortgang: Achter"


@pytest.mark.parametrize("stem", built.EXAMPLE_IDS)
def test_with_a_history_no_id_shows(stem: str) -> None:
    """The changes since the adoption name parts, never their ids (each id renamed to a
    token no text contains first, as in :mod:`tests.export.test_no_ids`)."""
    marked, ids = _marked(built.strategy(stem))
    now, history, _ = with_history(marked)
    for language in LANGUAGES:
        for kind in ("progress", "board"):
            text = export(now, "md", language=language, document=kind, today=TODAY, history=history)
            assert not set(re.findall(r"idleak\d{3}", text.decode())), (kind, language)
    assert ids


def test_a_short_document_opens_on_its_first_chapter_without_a_cover_page() -> None:
    """The progress report's first page carries its title, the score and the first
    chapter, and is numbered; in Word nothing breaks the page before the first chapter."""
    now, history, _ = example_with_history(MATURE)
    document = progress(now, history)
    first = squeeze(pypdf.PdfReader(io.BytesIO(FORMATS["pdf"](document))).pages[0].extract_text())
    for text in (T("progress.title", "nl"), "Totaalscore", "Standvanhetplan", "Pagina1van"):
        assert squeeze(text) in first
    word = docx.Document(io.BytesIO(FORMATS["docx"](document)))
    assert not any(p.paragraph_format.page_break_before for p in word.paragraphs[:8])
