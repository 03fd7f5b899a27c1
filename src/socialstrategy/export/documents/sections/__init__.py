"""The parts of the full report, one module each, in the planner's order.

Each module has ``blocks(src) -> list[Block]``; the guideline and the crisis plan are
also used by the one-page documents.
"""
