"""Document builders, one module per document kind, each with
``build(strategy, report, language, today) -> Document``:

- :mod:`.report`: the full report;
- :mod:`.board`: the one-page board pack (OGSM, radar, gaps, decisions);
- :mod:`.guideline`: the employee social media guideline;
- :mod:`.pocket`: the crisis pocket card;
- :mod:`.drill`: the crisis drill cards, one per scenario.

Builders write plain text; renderers escape it for their format.
"""
