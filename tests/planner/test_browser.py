"""The planner in a real browser: headless Debian Chromium driven by Playwright.

Builds a small strategy from blank through the interface, refreshes the page and finds
the work still there, restarts the server and finds it again, switches the language,
downloads the TOML and validates it, downloads the PDF report (built on click), and
saves a screenshot of every step in ``tests/artifacts/screens/`` (look at them). Never
skipped: ``make test`` installs Chromium when it is missing.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

import socialstrategy as ss
from socialstrategy.model.starters import unreviewed
from socialstrategy.planner.steps import STEPS
from tests.conftest import ROOT
from tests.oidc import stop_group

pytestmark = pytest.mark.browser
SCREENS = ROOT / "tests" / "artifacts" / "screens"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`streamlit run app.py` on a port of its own, with a workspace of its own; *flags*
    go to Streamlit, its output to *log* (else nowhere), and it is reached at *host*
    (sign-in needs ``localhost``: the cookie is for the host the browser used)."""

    def __init__(
        self,
        workspace: Path,
        *flags: str,
        log: Path | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        self.workspace = workspace
        self.flags = flags
        self.log = log
        self.host = host
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> None:
        env = {**os.environ, "SOCIALSTRATEGY_WORKSPACE": str(self.workspace)}
        out = self.log.open("wb") if self.log is not None else subprocess.DEVNULL
        try:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "streamlit",
                    "run",
                    str(ROOT / "app.py"),
                    f"--server.port={self.port}",
                    "--server.headless=true",
                    "--browser.gatherUsageStats=false",
                    "--server.fileWatcherType=none",
                    *self.flags,
                ],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                # Its own process group: stopped with every child it starts.
                start_new_session=True,
            )
        finally:
            if not isinstance(out, int):
                out.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                health = f"http://127.0.0.1:{self.port}/_stcore/health"
                with urllib.request.urlopen(health, timeout=2) as reply:
                    if reply.read() == b"ok":
                        return
            except OSError:
                time.sleep(0.25)
        self.stop()
        raise AssertionError("the planner did not come up within 60 s:\n" + self.logged())

    def logged(self) -> str:
        """What the server wrote (empty without a log)."""
        if self.log is None or not self.log.exists():
            return ""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """Stop the server and its children, killing what does not stop (a busy one)."""
        if self.process is not None:
            stop_group(self.process)
            self.process = None


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = Server(tmp_path / "workspace")
    running.start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: run `make test`"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


def settle(page: Page) -> None:
    """Wait as Streamlit's own tests do: until the script is no longer running."""
    page.wait_for_timeout(400)  # let a rerun that was just triggered begin
    page.wait_for_selector("[data-testid='stApp']", timeout=30_000)
    page.wait_for_function(
        "() => { const app = document.querySelector(\"[data-testid='stApp']\");"
        " return app && app.getAttribute('data-test-script-state') === 'notRunning'; }",
        timeout=30_000,
    )
    page.wait_for_timeout(200)


def type_in(page: Page, label: str, value: str) -> None:
    """Type *value* into the field labelled *label* and confirm it as a person does
    (Enter in a line, Ctrl+Enter in a text area); then wait for the page to settle."""
    box = page.get_by_label(label, exact=True)
    box.fill(value)
    box.press("Enter" if box.evaluate("e => e.tagName") == "INPUT" else "Control+Enter")
    settle(page)


def shot(page: Page, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def field(page: Page, label: str) -> object:
    return page.get_by_label(label, exact=True)


def _new_plan(page: Page, sector: str, name: str) -> None:
    """Start a plan for *sector* on Start's tab for it."""
    page.get_by_role("tab", name="Nieuw voor een sector").click()
    # No sector is chosen for the manager (nor a plan, nor an example): choose one.
    create = page.get_by_role("button", name="Maak het plan")
    expect(create).to_be_disabled()
    sectors = page.get_by_role("combobox", name="Sector")
    expect(sectors).to_have_attribute("placeholder", "Kies de sector")
    sectors.click()
    page.get_by_role("option", name=sector).click()
    settle(page)
    page.get_by_label("Naam van de organisatie", exact=True).fill(name)
    page.get_by_label("Naam van de organisatie", exact=True).press("Enter")
    settle(page)
    create.click()
    settle(page)


def _switch_to_english_on_readiness(page: Page, server: Server, draft_url: str) -> None:
    """The switch redraws the fields: radios still show their choice, in the new labels."""
    page.goto(f"{server.url}/readiness?d=" + draft_url.split("d=", 1)[1].split("&", 1)[0])
    settle(page)
    page.get_by_text("English", exact=True).click()
    settle(page)
    expect(page.get_by_role("heading", name="Check questions")).to_be_visible()
    expect(page.get_by_role("radio", name="Don't know").first).to_be_checked()
    assert page.get_by_role("radio", name="Don't know", checked=True).count() == 9
    # The language is in the URL: a refresh (or a bookmark) keeps all of it English.
    page.reload()
    settle(page)
    nav = page.locator("[data-testid='stSidebarNav']").inner_text()
    assert "Check questions" in nav
    assert "Checkvragen" not in nav
    expect(page.get_by_role("radio", name="Don't know").first).to_be_checked()
    shot(page, "12-readiness-english")


def test_blank_to_saved_strategy_survives_refresh_and_restart(
    server: Server, browser: Browser
) -> None:
    # A tall window: Streamlit scrolls inside the page, so a screenshot shows the viewport.
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 2400})
    page = context.new_page()
    page.goto(server.url)
    settle(page)
    shot(page, "00-start")

    _new_plan(page, "Ouderenzorg (VVT)", "Zorggroep Proef")
    expect(page.get_by_role("heading", name="Organisatie en processen")).to_be_visible()
    draft_url = page.url
    assert "d=" in draft_url

    region = page.get_by_label("Werkgebied", exact=True)
    region.fill("Rivierenland")
    region.press("Enter")
    settle(page)
    shot(page, "01-organisation")

    saved = list(server.workspace.glob("zorggroep-proef-*.toml"))
    assert len(saved) == 1
    assert ss.load(saved[0]).organisation.region == "Rivierenland"

    page.reload()
    settle(page)
    expect(page.get_by_label("Werkgebied", exact=True)).to_have_value("Rivierenland")

    server.stop()
    server.start()
    page.goto(draft_url)
    settle(page)
    expect(page.get_by_label("Werkgebied", exact=True)).to_have_value("Rivierenland")

    for index, step in enumerate(STEPS):
        page.goto(
            f"{server.url}/{'' if step.key == 'start' else step.key}?d="
            + draft_url.split("d=", 1)[1].split("&", 1)[0]
        )
        settle(page)
        expect(page.get_by_role("heading", name=step.title.nl, exact=False).first).to_be_visible()
        assert page.locator("[data-testid='stException']").count() == 0, step.key
        shot(page, f"{index:02d}-{step.key}")

    _switch_to_english_on_readiness(page, server, draft_url)
    page.get_by_role("link", name="Review and export").click()
    settle(page)
    expect(page.get_by_role("heading", name="Review and export")).to_be_visible()
    shot(page, "13-review-english")

    name, data = _download(page, "Strategy file (.toml)")
    strategy = ss.loads(data)
    assert strategy.organisation.name == "Zorggroep Proef"
    assert strategy.organisation.region == "Rivierenland"
    assert name == "zorggroep-proef.toml"

    # The document exports are built on click (a callable), in the chosen format.
    name, data = _download(page, "Download: zorggroep-proef-report.pdf")
    assert name == "zorggroep-proef-report.pdf"
    assert data.startswith(b"%PDF-")
    context.close()


def test_a_table_takes_dutch_dates_and_decimals(server: Server, browser: Browser) -> None:
    """Typed into the indicator table as a Dutch manager types them: ``31-12-2027`` is the
    last day of 2027 (a date cell edited in the browser's order made 11 March of it),
    ``6,4`` is 6.4; a year typed short is said at once and nothing is saved."""
    server.workspace.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(
        ROOT / "strategies" / "zorggroep-de-linde.toml", server.workspace / "tabel-linde.toml"
    )
    page = browser.new_page(viewport={"width": 1400, "height": 2400})
    page.goto(f"{server.url}/goals?d=tabel-linde")
    settle(page)

    def type_into(column: int, text: str) -> None:
        """Into the first row's cell of *column* (0 the first), as keys do."""
        # Found afresh each time: a notice above the table may have moved it.
        grid = page.locator("[data-testid='stDataFrame']").first.bounding_box()
        assert grid is not None
        page.mouse.click(grid["x"] + 60, grid["y"] + 52)  # the first row's first cell
        for _ in range(column):
            page.keyboard.press("ArrowRight")
        page.keyboard.press("Enter")
        editor = page.locator("textarea.gdg-input")
        expect(editor).to_be_focused()
        editor.fill(text)
        expect(editor).to_have_value(text)
        page.keyboard.press("Enter")
        expect(editor).to_have_count(0)
        settle(page)

    def first_indicator() -> ss.Indicator:
        return ss.load(server.workspace / "tabel-linde.toml").goals[0].indicators[0]

    type_into(4, "31-12-2027")
    type_into(2, "6,4")
    # A busy machine may show the page as quiet before the table's edit has even reached
    # the server (it sends a moment after Enter): wait for the file, up to 20 s.
    waited = time.monotonic()
    while first_indicator().baseline != 6.4 and time.monotonic() - waited < 20:
        time.sleep(0.2)
    indicator = first_indicator()
    assert (indicator.deadline, indicator.baseline) == (dt.date(2027, 12, 31), 6.4), (
        # What was saved where, to tell a lost edit from one typed into another cell.
        [
            (i.name, i.baseline, i.target, i.deadline)
            for i in ss.load(server.workspace / "tabel-linde.toml").goals[0].indicators
        ]
    )
    type_into(4, "31-12-27")
    expect(
        page.get_by_text("‘31-12-27’ kan geen datum in dit plan zijn", exact=False)
    ).to_be_visible()
    assert ss.load(server.workspace / "tabel-linde.toml").goals[0].indicators[0] == indicator
    shot(page, "20-goals-table-dutch")
    page.close()


def _download(page: Page, button: str) -> tuple[str, bytes]:
    """Click the download *button*: the suggested file name and the bytes."""
    with page.expect_download() as download_info:
        page.get_by_role("button", name=button).click()
    settle(page)
    return download_info.value.suggested_filename, Path(download_info.value.path()).read_bytes()


#: A name that would be a link, an image, two autolinks, a mail link, an icon, a formula
#: and an HTML image if it were read as Markdown; the host is a closed local port.
PAYLOAD = (
    "[Sessie verlopen: log opnieuw in](http://127.0.0.1:9/login) ![x](http://127.0.0.1:9/p.png)"
    " http://127.0.0.1:9/auto www.evil.example a@evil.example :material/home: $x^2$"
    " <img src='http://127.0.0.1:9/h.png'>"
)
MADE_FROM_PAYLOAD = (
    "a[href*='127.0.0.1:9'], a[href*='evil.example'], img[src*='127.0.0.1:9'], .katex"
)


def test_text_from_a_plan_or_the_url_makes_no_link_or_image(
    server: Server, browser: Browser
) -> None:
    """Names in a plan and a plan id in the URL are shown as the text they are: the DOM
    holds no link, image or formula made from them, on any step that quotes them."""
    plan = ss.new_strategy(ss.Sector.ELDERLY_CARE, PAYLOAD)
    plan = attrs.evolve(
        plan,
        meta=attrs.evolve(plan.meta, title=PAYLOAD),
        audiences=tuple(
            attrs.evolve(a, name=f"{PAYLOAD} {i}") for i, a in enumerate(plan.audiences)
        ),
        goals=(ss.Goal(id="doel-1", title=PAYLOAD),),
        crisis=attrs.evolve(
            plan.crisis,
            scenarios=tuple(
                ss.Scenario(id=f"s-{i}", kind=ss.ScenarioKind.OTHER, title=f"{PAYLOAD} {i}")
                for i in range(3)
            ),
        ),
    )
    server.workspace.mkdir(parents=True, exist_ok=True)
    (server.workspace / "payload.toml").write_text(ss.dumps(plan), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1400, "height": 2400})
    page = context.new_page()
    query = urllib.parse.quote(PAYLOAD.split(" ![x]", 1)[0])
    # Each visit, and whether the page quotes the payload where it can be seen.
    visits = [
        ("?d=payload", True),
        ("audiences?d=payload", True),
        ("goals?d=payload", True),
        ("crisis?d=payload&focus=crisis.scenarios%5B1%5D", True),
        ("review?d=payload", False),
        (f"?d={query}", True),
        (f"goals?d={query}", True),
    ]
    for visit, quoted in visits:
        page.goto(f"{server.url}/{visit}")
        settle(page)
        assert page.locator("[data-testid='stException']").count() == 0, visit
        assert page.locator(MADE_FROM_PAYLOAD).count() == 0, visit
        shown = page.locator("[data-testid='stMain']").inner_text()
        assert not quoted or "Sessie verlopen: log opnieuw in" in shown, visit
    shot(page, "20-payload-in-url")
    context.close()


def test_a_model_text_is_read_whole_and_adopted_from_the_dialog(
    server: Server, browser: Browser
) -> None:
    """The guideline's rules are longer than their cells: "Lees als document" shows them
    whole, as the guideline will; adopting there closes the dialog and clears the marks
    in the file; closing it changes nothing."""
    server.workspace.mkdir(parents=True, exist_ok=True)
    plan = server.workspace / "lezen-brug.toml"
    fresh = ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting De Brug")
    ss.dump(fresh, plan)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server.url}/crisis?d=lezen-brug")
    settle(page)
    page.get_by_role("radio", name="Uitgangspunten", exact=True).click()
    settle(page)
    page.get_by_role("button", name="Lees als document").click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_text("Modeltekst lezen")).to_be_visible()
    principle = fresh.crisis.principles[-1]
    expect(dialog.get_by_text(principle.meaning, exact=False)).to_be_visible()
    dialog.get_by_role("button", name="Sluiten en zelf aanpassen").click()
    settle(page)
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert ss.load(plan) == fresh

    page.goto(f"{server.url}/guidelines?d=lezen-brug")
    settle(page)
    page.get_by_role("radio", name="Richtlijn: afspraken", exact=True).click()
    settle(page)
    page.get_by_role("button", name="Lees als document").click()
    dialog = page.get_by_role("dialog")
    last = fresh.guidelines.rules[-1]
    expect(dialog.get_by_text(last.why, exact=False)).to_be_visible()  # cut short in a cell
    shot(page, "21-guidelines-read-model-text")
    dialog.get_by_role("button", name="Overnemen zoals het er staat").click()
    settle(page)
    expect(page.get_by_role("dialog")).to_have_count(0)
    saved = ss.load(plan)
    assert not any(rule.model_text for rule in saved.guidelines.rules)
    assert saved.guidelines.rules == tuple(
        attrs.evolve(rule, model_text=False) for rule in fresh.guidelines.rules
    )
    assert saved.crisis == fresh.crisis  # only the part read was adopted

    # The whole crisis plan, read as one document, is adopted at its end in one go.
    page.goto(f"{server.url}/crisis?d=lezen-brug")
    settle(page)
    page.get_by_role("button", name="Lees het hele crisisplan").click()
    dialog = page.get_by_role("dialog")
    statement = fresh.crisis.scenarios[-1].holding_statement
    expect(dialog.get_by_text(statement, exact=False)).to_be_visible()
    dialog.get_by_role("button", name="Overnemen zoals het er staat").click()
    settle(page)
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_role("button", name="Lees het hele crisisplan")).to_have_count(0)
    assert unreviewed(ss.load(plan), "crisis") == ()
    assert ss.load(plan).guidelines == saved.guidelines
    page.close()


def test_a_cell_of_a_second_new_row_lands_in_that_row(server: Server, browser: Browser) -> None:
    """Two training needs added one after the other, then the second one's need typed:
    Streamlit's editor put that cell into the first added row (one role's need saved
    under another). An added row is drawn afresh as a row of the table once saved."""
    server.workspace.mkdir(parents=True, exist_ok=True)
    plan = server.workspace / "rijen-brug.toml"
    ss.dump(ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting De Brug"), plan)
    page = browser.new_page(viewport={"width": 1400, "height": 1200})
    page.goto(f"{server.url}/training?d=rijen-brug")
    settle(page)

    def grid() -> dict[str, float]:
        box = page.locator("[data-testid='stDataFrame']").first.bounding_box()
        assert box is not None
        return dict(box)

    def add(row: int, role: str) -> None:
        box = grid()
        page.mouse.click(box["x"] + 50, box["y"] + 52 + 35 * row)  # the empty row
        page.get_by_role("option", name=role, exact=True).click()
        settle(page)
        page.wait_for_timeout(800)

    def type_into(row: int, column: int, text: str) -> None:
        box = grid()
        page.keyboard.press("Escape")
        page.mouse.click(box["x"] + 50, box["y"] + 52 + 35 * row)
        page.wait_for_timeout(300)
        for _ in range(column):
            page.keyboard.press("ArrowRight")
        page.keyboard.press("Enter")
        editor = page.locator("textarea.gdg-input")
        expect(editor).to_be_visible()
        editor.fill(text)
        page.keyboard.press("Enter")
        settle(page)

    add(0, "Zorgmanager")
    type_into(0, 3, "Risico-inventarisatie met de cliënt.")
    add(1, "Communicatieadviseur")
    type_into(1, 3, "Webcare en crisisreactie.")
    waited = time.monotonic()
    while len(ss.load(plan).training) < 2 or not ss.load(plan).training[1].need:
        if time.monotonic() - waited > 20:
            break
        time.sleep(0.2)
    needs = [(n.role, n.need) for n in ss.load(plan).training]
    assert needs == [
        ("care_manager", "Risico-inventarisatie met de cliënt."),
        ("communication", "Webcare en crisisreactie."),
    ]
    page.close()
