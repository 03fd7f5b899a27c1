"""The sections of the planner's steps, one module per step.

A page composes its step (header, sections, findings, links); what a section shows,
its fields, table columns and list items, is declared here, by step. Each function
draws its part and returns the part as edited; the page saves it.
"""
