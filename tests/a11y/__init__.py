"""Accessibility checks with axe-core (``npm ci`` here from ``make test``), injected into a
page open in Chromium: the WCAG 2.1 A and AA rules, every violation described so that a
developer can find and fix it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Page

HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
#: The rule sets of WCAG 2.1 level AA (A is part of it), as axe-core tags them.
TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
_RUN = """async (tags) => {
  const result = await axe.run(document, {
    runOnly: {type: 'tag', values: tags},
    resultTypes: ['violations'],
  });
  return result.violations;
}"""


def violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 AA violations on *page* as it is now (hidden parts are not
    checked: open what should be checked first)."""
    assert AXE.is_file(), "axe-core is not installed: run `make test` (npm ci in tests/a11y)"
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    found: list[dict[str, Any]] = page.evaluate(_RUN, list(TAGS))
    return found


def described(found: list[dict[str, Any]], where: str, shown: int = 4) -> str:
    """*found* as lines to read in a failed test: rule, impact, what it asks, where."""
    nodes = sum(len(violation["nodes"]) for violation in found)
    lines = [f"{where}: {len(found)} axe-core rule(s) violated on {nodes} element(s)"]
    for violation in found:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
            f" [{len(violation['nodes'])}×] {violation['helpUrl']}"
        )
        for node in violation["nodes"][:shown]:
            target = " ".join(str(part) for part in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    at {target}\n       {node['html'][:160]}\n       {summary[:300]}")
        if len(violation["nodes"]) > shown:
            lines.append(f"    … and {len(violation['nodes']) - shown} more")
    return "\n".join(lines)
