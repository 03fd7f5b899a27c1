"""Toegang en rollen: an organisation's admin manages who may read and change its plans."""

from __future__ import annotations

from socialstrategy.planner.components import members

members.page()
