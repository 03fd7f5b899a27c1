"""A manager enters a whole plan through the planner: how many minutes to a board pack?

A headless Chromium starts a plan for disability care ("Stichting De Brug", 420 staff)
on Start's sector tab and enters the plan of ``tests/walk_plan.py`` through the planner
as a manager would: by label, button, list and table cell. Every entry must land in the
saved file, and the last step downloads the board pack (a PDF, opened and read).

The minutes are a manager's, modelled: a keystroke-level model of each action (below,
with sources) plus the machine's wait, measured, from each action until the page is
quiet again (the moment the page last finished a run, recorded in the page; the
bench's own pauses while it looks are not counted, and are shown apart). Prints per
step the human minutes, the machine seconds, the actions, the
characters typed and the words read; the total; the longest step; and the score from
the planner's sidebar and from the saved file. Screenshots of each step land in
``tests/artifacts/screens/timed-*.png``.

python bench/bench_walk.py        # about 5 to 10 minutes on a busy machine
"""

from __future__ import annotations

import io
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
from _common import ROOT, Server, chromium, settle, table
from playwright.sync_api import TimeoutError as PlaywrightTimeout

sys.path.insert(0, str(ROOT))
from tests import walk_plan as plan

import socialstrategy as ss
from socialstrategy.model.paths import get_at
from socialstrategy.model.people import people
from socialstrategy.model.starters import unreviewed
from socialstrategy.planner.steps import BY_KEY

if TYPE_CHECKING:
    from collections.abc import Callable

    from playwright.sync_api import FloatRect, Locator, Page, ViewportSize

# --- the manager, as a keystroke-level model ------------------------------------------
# Card, Moran & Newell (1980), "The keystroke-level model for user performance time with
# interactive systems", CACM 23(7), operator times:
K = 0.28  # s, one keystroke of an average non-secretary typist (Enter, Tab, an arrow)
P = 1.1  # s, point with the mouse at a target on the screen
B = 0.1  # s, press or release the mouse button (a click is two: press and release)
H = 0.4  # s, move a hand between keyboard and mouse
M = 1.35  # s, mental preparation before a chunk of action (deciding what to do next)
# Composing text as one types it, not copying it: about 19 words a minute (Karat et al.
# 1999, "Patterns of entry and correction in large vocabulary continuous speech
# recognition systems", CHI: composition by keyboard) ≈ 0.6 s a character.
COMPOSE = 0.6  # s per character of a sentence, a name or a title the manager writes
# Reading to review a text before accepting it, and each step's introduction once:
# 200 words a minute (a careful read of working text; Rayner et al. 2016 give 200 to 400).
READ_WPM = 200.0
# A short known value (a number, a date, a phone number) is typed, not composed: K each.

#: The bench's pause after a table edit before it looks again (not counted as a wait).
CALM = 1.5  # long enough for a busy browser to open a cell's editor (see close_editor)
SCREENS = ROOT / "tests" / "artifacts" / "screens"
#: In the page: the moment (epoch ms) a run of the script last ended, so the wait is
#: measured to when the page was quiet, not to when the bench looked.
QUIET = """
new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.target.getAttribute("data-test-script-state") === "notRunning") {
      window.__quiet = Date.now();
    }
  }
}).observe(document, {subtree: true, attributes: true,
                      attributeFilter: ["data-test-script-state"]});
"""
VIEWPORT: ViewportSize = {"width": 1400, "height": 1000}


@attrs.define
class Tally:
    """One step's cost: modelled human seconds, measured machine seconds, and counts."""

    human: float = 0.0
    machine: float = 0.0  # until the page was last quiet (the planner's own time)
    wall: float = 0.0  # until the bench's look found it quiet (with the look's pauses)
    actions: int = 0
    chars: int = 0
    words: int = 0
    reading: float = 0.0  # of human: seconds spent reading
    reclicks: int = 0  # lists that did not open at the first click


class Walk:
    """The browser page, the plan's file, and what each step cost."""

    def __init__(self, page: Page, server: Server) -> None:
        self.page = page
        self.server = server
        self.tallies: dict[str, Tally] = {}
        self.step = ""
        self.plan = ""
        #: The bench's own pauses in the current action (start, end; epoch seconds).
        self.pauses: list[tuple[float, float]] = []
        #: Each wait for the planner: seconds, step, what the manager did.
        self.waits: list[tuple[float, str, str]] = []

    # -- bookkeeping --
    def begin(self, name: str) -> None:
        self.step = name
        self.tallies.setdefault(name, Tally())

    @property
    def tally(self) -> Tally:
        return self.tallies[self.step]

    def act(
        self,
        human: float,
        do: Callable[[], object],
        *,
        chars: int = 0,
        words: int = 0,
        what: str = "",
    ) -> None:
        """One action: *human* seconds of the manager, then *do* and the wait for quiet."""
        tally = self.tally
        tally.human += human
        tally.actions += 1
        tally.chars += chars
        tally.words += words
        self.pauses = []
        start = time.time()
        do()
        settle(self.page)
        paused = sum(end - begin for begin, end in self.pauses)
        tally.wall += time.time() - start - paused
        # The manager waits until the page is quiet, not until the bench looks: settle()
        # pauses 0.4 s around each look, which is the bench's, not the planner's.
        quiet = self.page.evaluate("window.__quiet || 0") / 1000
        if quiet > start:
            before = sum(min(end, quiet) - begin for begin, end in self.pauses if begin < quiet)
            tally.machine += quiet - start - before
            self.waits.append((quiet - start - before, self.step, what))

    def read(self, words: int) -> None:
        """Reading *words* words (no action, no wait)."""
        self.tally.human += words / READ_WPM * 60
        self.tally.reading += words / READ_WPM * 60
        self.tally.words += words

    def shot(self, name: str) -> None:
        SCREENS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENS / f"timed-{name}.png"), full_page=True)

    def file(self) -> Path:
        workspace = self.server.workspace
        assert workspace is not None
        saved = list(workspace.glob("stichting-de-brug-*.toml"))
        assert len(saved) == 1, saved
        return saved[0]

    # -- what a manager does --
    def visit(self, key: str) -> None:
        """Go to a step by its link in the sidebar, and read its introduction once."""
        title = BY_KEY[key].title.get("nl")
        link = self.page.locator("[data-testid='stSidebarNav']").get_by_role("link", name=title)
        self.act(M + P + 2 * B, link.click, what=f"open step {title}")
        self.read(_words(BY_KEY[key].why.get("nl")))

    def click(self, target: Locator, *, think: bool = True) -> None:
        self.act((M if think else 0) + P + 2 * B, target.click, what=f"click {target}")

    def button(self, name: str) -> None:
        self.click(self.main.get_by_role("button", name=name, exact=True))

    def section(self, name: str) -> None:
        control = self.main.locator("[data-testid='stButtonGroup']").first
        self.click(control.get_by_role("radio", name=name, exact=True))

    @property
    def main(self) -> Locator:
        return self.page.locator("[data-testid='stMain']")

    def type(self, label: str, value: str, *, composed: bool = True, nth: int = 0) -> None:
        """Click into the field, type *value* and confirm (Enter; Ctrl+Enter in a text area)."""
        box = self.main.get_by_label(label, exact=True).nth(nth)
        area = box.evaluate("e => e.tagName") == "TEXTAREA"
        keys = len(value) * (COMPOSE if composed else K)
        human = M + H + P + 2 * B + H + keys + (2 * K if area else K)

        def do() -> None:
            box.click()
            box.fill(value)
            box.press("Control+Enter" if area else "Enter")

        self.act(human, do, chars=len(value), what=f"type {label!r}")

    def date(self, label: str, value: str) -> None:
        """A date field: *value* its digits, day first (``01122027``), then Escape."""
        box = self.main.get_by_label(label, exact=True)
        human = M + H + P + 2 * B + H + len(value) * K + K

        def do() -> None:
            # Streamlit's date field is three spin buttons (day, month, year) that take
            # the digits in turn; Escape closes the calendar it opens and keeps the date.
            box.get_by_role("spinbutton").first.click()
            self.page.keyboard.type(value)
            self.page.keyboard.press("Escape")

        self.act(human, do, chars=len(value), what=f"date {label!r}")

    def choose(self, label: str, *options: str | re.Pattern[str]) -> None:
        """Open a list (a multiselect or a selectbox) and click *options* in it: a
        multiselect stays open, so further options are clicked in the open list (a
        pointing and a click each); the list is opened again only if a rerun shut it."""
        box = self.main.get_by_role("combobox", name=label)
        for number, option in enumerate(options):
            wanted = self.page.get_by_role("option", name=option, exact=True)
            last = number == len(options) - 1
            is_open = number > 0 and wanted.is_visible()
            again: list[bool] = []

            def do(
                wanted: Locator = wanted,
                again: list[bool] = again,
                is_open: bool = is_open,
                last: bool = last,
            ) -> None:
                if is_open:
                    try:
                        wanted.click(timeout=1000)
                    except PlaywrightTimeout:  # the pick's rerun shut the list: open it
                        again.append(True)
                        box.evaluate("e => e.scrollIntoView({block: 'center'})")
                        box.click()
                        wanted.click()
                else:
                    # A manager scrolls the field into view before clicking it; clicked
                    # at the window's very edge, the list opens past it and shuts.
                    box.evaluate("e => e.scrollIntoView({block: 'center'})")
                    box.click()
                    try:
                        wanted.wait_for(timeout=1000)
                    except PlaywrightTimeout:  # the list did not open: click again
                        again.append(True)
                        box.click()
                    wanted.click()
                if last and self.page.get_by_role("option").count():  # still open
                    self.page.keyboard.press("Escape")

            opening = 0.0 if is_open else M + P + 2 * B
            self.act(opening + P + 2 * B, do, what=f"choose {label!r}: {option}")
            if again:  # the manager sees the list stay shut and clicks it once more
                self.tally.human += M + P + 2 * B
                self.tally.reclicks += 1

    def toggle(self, label: str) -> None:
        self.click(self.main.get_by_text(label, exact=True))

    def accept(self, part: str, *more: str) -> None:
        """Read the part's model texts where they stand (whole, in text fields), then
        accept them with the one button."""
        s = ss.load(self.file())
        self.read(sum(_marked_words(s, p) for p in (part, *more)))
        self.button("Overnemen zoals het er staat")

    def read_and_accept(self, *parts: str, button: str = "Lees als document") -> None:
        """Parts in a table or one item at a time, or a whole step: open them whole
        (*button*), read their model texts, and accept them with the dialog's button."""
        s = ss.load(self.file())
        self.button(button)
        dialog = self.page.get_by_role("dialog")
        dialog.wait_for()
        self.read(sum(_marked_words(s, part) for part in parts))
        self.click(dialog.get_by_role("button", name="Overnemen zoals het er staat"))
        dialog.wait_for(state="detached")

    def who(self, label: str, name: str) -> None:
        """Who carries it: a name the plan already uses is chosen from the list; another
        is typed once, after choosing "Iemand anders…"."""
        if name in people(ss.load(self.file())):
            self.choose(label, name)
        else:
            self.choose(label, "Iemand anders…")
            self.type(f"{label}: naam of functie", name)

    # -- tables (st.data_editor): cells by keyboard --
    def cell(
        self,
        nth: int,
        row: int,
        column: int,
        value: str,
        *,
        composed: bool = True,
        new: bool = False,
    ) -> None:
        """Type *value* into a table cell. A *new* row: click the empty row under the table,
        which opens its first cell's editor; else click the row's first cell, arrows to
        the column, Enter."""
        keys = len(value) * (COMPOSE if composed else K)
        human = M + H + P + 2 * B + H + (0 if new else column * K + K) + keys + K

        again: list[bool] = []

        def do() -> None:
            assert column == 0 or not new  # a new row starts in its first column
            editor = self.page.locator("textarea.gdg-input")
            for _ in range(3):
                grid = self.grid(nth)
                if not new:  # no cell selected: the click selects, it does not edit
                    self.page.keyboard.press("Escape")
                self.page.mouse.click(grid["x"] + 50, grid["y"] + 52 + 35 * row)
                if not new:
                    self.close_editor()
                    if self.selected_row(nth) != row:
                        # The click fell on a table being drawn again (a row just
                        # added): the manager sees the wrong row marked, clicks again.
                        again.append(True)
                        continue
                    for _ in range(column):
                        self.page.keyboard.press("ArrowRight")
                    self.page.keyboard.press("Enter")
                try:
                    editor.wait_for(timeout=3000)
                    break
                except PlaywrightTimeout:
                    # The table was drawn again under the click (a rerun's findings):
                    # the machine's cost, measured; the manager clicks once.
                    self.page.keyboard.press("Escape")
            else:
                raise AssertionError(f"table {nth}: row {row} could not be selected")
            editor.fill(value)
            self.page.keyboard.press("Enter")
            self.rerun_begins()

        self.act(human, do, chars=len(value), what=f"table {nth} cell {row},{column}")
        self.tally.human += len(again) * (M + P + 2 * B)
        self.tally.reclicks += len(again)

    def selected_row(self, nth: int) -> int | None:
        """The row of the table's selected cell, from the grid's accessible table (its
        header is row 1, the first row of data row 2)."""
        frame = self.main.locator("[data-testid='stDataFrame']").nth(nth)
        index = frame.evaluate(
            "e => { const s = e.querySelector('[aria-selected=true]');"
            " return s && s.parentElement ? s.parentElement.getAttribute('aria-rowindex')"
            " : null; }"
        )
        return int(index) - 2 if index else None

    def pick_cell(self, nth: int, row: int, option: str) -> None:
        """A new row whose first cell is a list: click the empty row, click *option*."""

        def do() -> None:
            grid = self.grid(nth)
            self.page.mouse.click(grid["x"] + 50, grid["y"] + 52 + 35 * row)
            self.page.get_by_role("option", name=option, exact=True).click()
            self.rerun_begins()

        self.act(M + H + P + 2 * B + P + 2 * B, do, what=f"table {nth} new row: {option}")

    def close_editor(self) -> None:
        """A click on the cell already selected opens its editor (a text box, or a list):
        close it, keeping the selection, so the arrows move between cells. The wait to
        see whether it opened is the bench's (not counted)."""
        editor = self.page.locator("textarea.gdg-input, [role='option']").first
        start = time.time()
        try:
            editor.wait_for(timeout=CALM * 1000)
            self.page.keyboard.press("Escape")
            editor.wait_for(state="hidden")
        except PlaywrightTimeout:
            pass
        self.pauses.append((start, time.time()))

    def rerun_begins(self) -> None:
        """After a table's edit: wait out the reruns it sends (a save, then the step drawn
        afresh), so the next cell is not typed into a table being redrawn. The pause of
        CALM between two looks is the bench's, not the planner's: it is not counted."""
        settle(self.page)
        start = time.time()
        self.page.wait_for_timeout(CALM * 1000)
        self.pauses.append((start, time.time()))

    def tick(self, nth: int, row: int, column: int) -> None:
        """Tick a checkbox cell: click the row's first cell, arrows, Space."""
        human = M + H + P + 2 * B + H + column * K + K

        again: list[bool] = []

        def do() -> None:
            for _ in range(3):
                grid = self.grid(nth)
                self.page.keyboard.press("Escape")  # no cell selected: the click selects
                self.page.mouse.click(grid["x"] + 50, grid["y"] + 52 + 35 * row)
                self.close_editor()
                if self.selected_row(nth) == row:
                    break
                again.append(True)  # see cell(): the manager clicks again
            else:
                raise AssertionError(f"table {nth}: row {row} could not be selected")
            for _ in range(column):
                self.page.keyboard.press("ArrowRight")
            self.page.keyboard.press(" ")
            self.rerun_begins()

        self.act(human, do, what=f"table {nth} tick {row},{column}")
        self.tally.human += len(again) * (M + P + 2 * B)
        self.tally.reclicks += len(again)

    def grid(self, nth: int = 0) -> FloatRect:
        frame = self.main.locator("[data-testid='stDataFrame']").nth(nth)
        frame.scroll_into_view_if_needed()
        box = frame.bounding_box()
        assert box is not None
        return box


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [s for item in value for s in _strings(item)]
    if attrs.has(type(value)):
        return [s for f in attrs.fields(type(value)) for s in _strings(getattr(value, f.name))]
    return []


def _marked_words(s: ss.Strategy, part: str) -> int:
    """The words of the model texts still unreviewed in *part* of *s*."""
    return sum(_words(" ".join(_strings(get_at(s, path)))) for path in unreviewed(s, part))


# --- the steps, as a manager takes them ------------------------------------------------


def start(walk: Walk) -> None:
    page = walk.page
    walk.act(0.0, lambda: page.goto(walk.server.url))
    walk.read(_words(BY_KEY["start"].why.get("nl")))
    walk.click(page.get_by_role("tab", name="Nieuw voor een sector"))
    walk.choose("Sector", plan.SECTOR_LABEL)
    walk.type("Naam van de organisatie", plan.NAME)
    walk.button("Maak het plan")
    walk.plan = page.url.split("d=", 1)[1].split("&", 1)[0]


def organisation(walk: Walk) -> None:
    walk.read(_words(BY_KEY["organisation"].why.get("nl")))  # Start opened this step
    walk.type("Aantal medewerkers", str(plan.EMPLOYEES), composed=False)
    walk.type("Aantal locaties", str(plan.LOCATIONS), composed=False)
    walk.type("Missie of kerntaak", plan.MISSION)
    walk.shot("01-organisation")
    walk.section("Het plan als document")
    walk.type("Opgesteld door", plan.AUTHOR)
    walk.date("Volgende herziening", plan.NEXT_REVIEW.strftime("%d%m%Y"))
    walk.shot("01-organisation-document")


def readiness(walk: Walk) -> None:
    walk.visit("readiness")
    main = walk.main
    for n, check in enumerate(plan.READINESS):
        walk.click(main.get_by_text(check.answer.label("nl"), exact=True).nth(n))
        area = main.get_by_label("Toelichting", exact=True)
        if area.count() <= n:  # the question's details are closed: open them
            walk.click(main.get_by_text("Toelichting en bewijs", exact=True).nth(n), think=False)
            area.nth(n).wait_for()
        walk.type("Toelichting", check.explanation, nth=n)
        if check.evidence:
            walk.type("Bewijs: wie, wat, waar", check.evidence, nth=n)
    walk.shot("02-readiness")


def _label(name: str, names: dict[str, str]) -> str:
    return names.get(name, name)


def goals(walk: Walk) -> None:
    walk.visit("goals")
    s = ss.load(walk.file())
    # A supporting process is offered as "<name> (ondersteunend)".
    shown = {
        p.name: p.name if p in s.organisation.primary_processes else f"{p.name} (ondersteunend)"
        for p in s.organisation.processes
    }
    for number, goal in enumerate(plan.GOALS):
        walk.button("Toevoegen")
        walk.type("Het doel in één zin", goal.title)
        walk.choose("Dient deze processen", *(shown[p] for p in goal.processes))
        walk.choose("Voor deze doelgroepen", *goal.audiences)
        walk.who("Eigenaar", goal.owner)
        walk.type("Waarom helpt dit het zorgproces?", goal.rationale)
        indicator = goal.indicators[0]
        walk.cell(0, 0, 0, indicator.kpi, new=True)
        walk.cell(0, 0, 1, indicator.unit)
        walk.cell(0, 0, 2, _number(indicator.baseline), composed=False)
        walk.cell(0, 0, 3, _number(indicator.target), composed=False)
        assert indicator.deadline is not None
        walk.cell(0, 0, 4, indicator.deadline.strftime("%d-%m-%Y"), composed=False)
        walk.cell(0, 0, 5, indicator.source)
        walk.shot(f"03-goals-{number + 1}")


def _number(value: float | None) -> str:
    assert value is not None
    return f"{value:g}"


def audiences(walk: Walk) -> None:
    walk.visit("audiences")
    s = ss.load(walk.file())
    names = [a.name for a in s.audiences]
    for number, (name, online) in enumerate(plan.AUDIENCES.items()):
        walk.choose("Kies een doelgroep", f"{names.index(name) + 1}. {name}")
        walk.type("Wat doen zij online?", online)
        if number == 0:
            walk.type("Hoe weten we dat?", plan.INSIGHT_SOURCE)
        else:  # the same teams and council: offered under the empty field
            walk.button(f"Zelfde als elders: {plan.INSIGHT_SOURCE}")
    walk.shot("04-audiences")


def channels(walk: Walk) -> None:
    walk.visit("channels")
    for number, channel in enumerate(plan.CHANNELS):
        walk.button("Toevoegen")
        walk.choose("Soort kanaal", channel.kind.label("nl"))
        walk.type("Naam van het account of de pagina", channel.name)
        walk.choose("Waarvoor gebruiken we het?", *(p.label("nl") for p in channel.purposes))
        walk.choose("Doelgroepen die we ermee bereiken", *channel.audiences)
        if channel.goals:
            walk.choose("Doelen die het kanaal dient", *channel.goals)
        walk.who("Eigenaar", channel.owner)
        assert channel.response_hours is not None
        walk.type("Reactietijd in uren", _number(channel.response_hours), composed=False)
        if channel.moderation.weekdays is not None:
            walk.toggle("Werkdagen overdag")
        walk.shot(f"05-channels-{number + 1}")


def guidelines(walk: Walk) -> None:
    walk.visit("guidelines")
    # The rules, the consent policy and the media guidance read as one document, and
    # adopted at its end.
    walk.read_and_accept("guidelines", "media_guidance", button="Lees de hele richtlijn")
    walk.shot("06-guidelines-adoption")
    walk.section("Mediabegeleiding voor cliënten")
    walk.toggle("Mediagebruik is onderdeel van het zorgplan")
    walk.toggle("De risico-inventarisatie vraagt: hoe veilig is de cliënt online?")
    walk.shot("06-guidelines-clients")


def crisis(walk: Walk) -> None:
    walk.visit("crisis")
    # The whole model crisis plan read as one document, and adopted at its end.
    walk.read_and_accept("crisis", button="Lees het hele crisisplan")
    walk.shot("07-crisis-general")
    walk.who("Eigenaar van het plan", plan.CRISIS_OWNER)
    walk.section("Escalatie")
    s = ss.load(walk.file())
    for row, step in enumerate(s.crisis.escalation):
        reach, day_and_night = plan.REACH[step.role]
        walk.cell(0, row, 2, reach, composed=False)  # 0: the row's number, 1: the role
        if day_and_night:
            walk.tick(0, row, 4)
    walk.shot("07-crisis-escalation")


def engagement(walk: Walk) -> None:
    walk.visit("engagement")
    walk.who("Kartrekker", plan.ENGAGEMENT_OWNER)
    walk.type("Zo blijft het structureel", plan.STRUCTURAL)
    for activity in plan.ACTIVITIES:
        walk.button("Toevoegen")
        walk.type("Wat gebeurt er?", activity.title)
        walk.choose("Soort activiteit", activity.kind.label("nl"))
        if activity.rhythm is not ss.Rhythm.ONCE:
            walk.choose("Hoe vaak", activity.rhythm.label("nl"))
        assert activity.planned is not None
        walk.date("Gepland op", activity.planned.strftime("%d%m%Y"))
        walk.who("Wie organiseert het", activity.owner)
        walk.choose("Met wie", *activity.audiences)
    walk.shot("08-engagement")


def training(walk: Walk) -> None:
    walk.visit("training")
    s = ss.load(walk.file())
    roles = {r.id: r.name for r in s.organisation.roles}
    for row, need in enumerate(plan.TRAINING):
        walk.pick_cell(0, row, roles[need.role])
        walk.cell(0, row, 3, need.need)
        walk.cell(0, row, 4, need.format)
        assert need.due is not None
        walk.cell(0, row, 5, need.due.strftime("%d-%m-%Y"), composed=False)
        for skill in need.skills:
            walk.tick(0, row, 1 if skill is ss.Skill.DIGITAL_SKILLS else 2)
    walk.shot("09-training")


def actions(walk: Walk) -> None:
    walk.visit("actions")
    for action in plan.ACTIONS:
        walk.button("Toevoegen")
        walk.type("Wat gaan we doen?", action.title)
        walk.who("Eigenaar", action.owner)
        assert action.due is not None
        walk.date("Deadline", action.due.strftime("%d%m%Y"))
        walk.choose("Dient de doelen", *action.goals)
        if action.channels:
            walk.choose("Via de kanalen", *action.channels)
    walk.shot("10-actions")


def review(walk: Walk) -> tuple[str, bytes]:
    """Choose the board pack and download it: its file name and bytes."""
    walk.visit("review")
    walk.choose("Document", "Bestuurspagina (één pagina)")
    button = walk.main.get_by_role("button", name=re.compile(r"^Downloaden: "))
    got: dict[str, Any] = {}

    def download() -> None:
        with walk.page.expect_download() as info:
            button.click()
        got["name"] = info.value.suggested_filename
        got["data"] = Path(info.value.path()).read_bytes()

    walk.act(M + P + 2 * B, download)
    walk.shot("11-review")
    return got["name"], got["data"]


STEPS: tuple[tuple[str, Callable[[Walk], object]], ...] = (
    ("start", start),
    ("organisation", organisation),
    ("readiness", readiness),
    ("goals", goals),
    ("audiences", audiences),
    ("channels", channels),
    ("guidelines", guidelines),
    ("crisis", crisis),
    ("engagement", engagement),
    ("training", training),
    ("actions", actions),
    ("review", review),
)


def sidebar_score(page: Page) -> str:
    text = page.locator("[data-testid='stSidebar']").inner_text()
    found = re.search(r"Totaalscore\s*\n?\s*(\d+)/100", text)
    assert found is not None, text[:500]
    return found[1]


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader  # noqa: PLC0415

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-walk-") as folder:
        workspace = Path(folder)
        server = Server(ROOT / "app.py", workspace=workspace).start()
        try:
            with chromium() as browser:
                context = browser.new_context(accept_downloads=True, viewport=VIEWPORT)
                context.add_init_script(QUIET)
                walk = Walk(context.new_page(), server)
                download: tuple[str, bytes] = ("", b"")
                for name, run in STEPS:
                    walk.begin(name)
                    result = run(walk)
                    if name == "review":
                        download = result  # type: ignore[assignment]
                shown = sidebar_score(walk.page)
                saved = ss.load(walk.file())
                context.close()
        finally:
            server.stop()
    if not report(walk, shown, saved, download):
        sys.exit(1)


def _row(name: str, tally: Tally) -> tuple[object, ...]:
    return (
        name,
        f"{tally.human / 60:.1f}",
        f"{tally.reading / 60:.1f}",
        f"{tally.machine:.0f}",
        f"{tally.wall:.0f}",
        f"{(tally.human + tally.machine) / 60:.1f}",
        tally.actions,
        tally.chars,
        tally.words,
    )


def report(walk: Walk, shown: str, saved: ss.Strategy, download: tuple[str, bytes]) -> bool:
    """Print the figures; whether the walk did what it set out to (every entry in the
    file, a board pack that is a PDF). The minutes are reported, not judged."""
    tallies = walk.tallies.values()
    total = Tally(
        human=sum(t.human for t in tallies),
        machine=sum(t.machine for t in tallies),
        wall=sum(t.wall for t in tallies),
        actions=sum(t.actions for t in tallies),
        chars=sum(t.chars for t in tallies),
        words=sum(t.words for t in tallies),
        reading=sum(t.reading for t in tallies),
        reclicks=sum(t.reclicks for t in tallies),
    )
    rows = [_row(name, tally) for name, tally in walk.tallies.items()]
    table(
        (
            "step",
            "human min",
            "of which reading",
            "machine s",
            "till looked s",
            "minutes",
            "actions",
            "chars typed",
            "words read",
        ),
        [*rows, _row("total", total)],
    )
    longest = max(walk.tallies, key=lambda n: walk.tallies[n].human + walk.tallies[n].machine)
    spent = walk.tallies[longest]
    print(
        f"longest step: {longest}, {(spent.human + spent.machine) / 60:.1f} min, of which"
        f" {spent.reading / 60:.1f} reading {spent.words} words"
        f" ({spent.chars} characters typed in {spent.actions} actions)"
    )
    print(f"lists or table rows missed at the first click (clicked again): {total.reclicks}")
    slowest = sorted(walk.waits, reverse=True)[:8]
    print("longest waits for the planner:")
    for seconds, step, what in slowest:
        print(f"  {seconds:4.1f} s  {step}: {what}")
    gaps = plan.missing(saved)
    name, data = download
    (SCREENS.parent / "timed-board-pack.pdf").write_bytes(data)  # to look at
    text = _pdf_text(data) if data.startswith(b"%PDF-") else ""
    print(
        f"score: {shown}/100 in the sidebar, {ss.score(saved).overall:.1f} from the saved file;"
        f" entries of the walk missing from the file: {len(gaps)}"
    )
    for gap in gaps:
        print(f"  missing: {gap}")
    print(
        f"board pack: {name}, {len(data)} bytes, a PDF that reads: {bool(text)},"
        f" names the organisation: {plan.NAME in text}"
    )
    minutes = (total.human + total.machine) / 60
    print(
        f"a manager reaches the board pack in {minutes:.1f} minutes (goal: at most 45):"
        f" {total.reading / 60:.0f} reading, {(total.human - total.reading) / 60:.0f} pointing,"
        f" thinking and typing, {total.machine / 60:.0f} waiting for the planner"
    )
    print(
        f"counting the wait until the bench looked (its pauses of 0.4 s a look included):"
        f" {(total.human + total.wall) / 60:.1f} minutes"
    )
    return not gaps and bool(text)


if __name__ == "__main__":
    main()
