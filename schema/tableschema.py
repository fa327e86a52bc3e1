"""Frictionless Table Schema (Data Package v2) generated from the Pandera models.

Pandera has no exporter for Table Schema, so this maps each field's dtype, nullability,
uniqueness, checks and description to the standard's terms. Keys are declared here,
once, for the descriptor and for the codebook.
"""

from __future__ import annotations

import polars as pl

from . import MODELS

PRIMARY_KEYS = {"records": ["record_id"], "documents": ["doc_id"], "actors": ["actor_id"], "systems": ["system"],
                "actor_codes": ["actor_id", "year_from"], "document_sources": ["source_id"],
                "deals": ["deal_id"]}
FOREIGN_KEYS = {
    "records": [("doc_id", "documents", "doc_id"), ("supplier", "actors", "actor_id"),
                ("recipient", "actors", "actor_id"), ("system", "systems", "system")],
    "systems": [("origin", "actors", "actor_id")],
    "actor_codes": [("actor_id", "actors", "actor_id")],
    "deals": [("supplier", "actors", "actor_id"), ("recipient", "actors", "actor_id"), ("system", "systems", "system"),
              *((f"{field}_record_id", "records", "record_id") for field in (
                  "status", "quantity_ordered", "quantity_delivered", "order_year", "first_delivery_year",
                  "last_delivery_year"))],
    "document_sources": [("doc_id", "documents", "doc_id")],
}
TITLES = {
    "records": "Weapons mentions and their transfer relations",
    "documents": "Source documents with their full text",
    "actors": "States, non-state armed groups, sub-state armed forces and international organisations",
    "systems": "Weapon systems and generic classes",
    "actor_codes": "ISO3, Correlates of War and Gleditsch-Ward codes of each state by period",
    "document_sources": "Every file or corpus row each document was read from",
    "deals": "Transfers: one row per supplier, recipient and system family, with the records behind each field",
}


def _type(dtype: pl.DataType) -> tuple[str, dict]:
    if isinstance(dtype, pl.Enum):
        return "string", {"categories": list(dtype.categories)}
    if dtype.is_integer():
        return "integer", {}
    if dtype == pl.Boolean:
        return "boolean", {}
    if dtype == pl.Date:
        return "date", {}
    return "string", {}


def _constraints(column, dtype) -> dict:
    constraints: dict = {}
    if not column.nullable:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if isinstance(dtype, pl.Enum):
        constraints["enum"] = list(dtype.categories)
    for check in column.checks:
        stats = check.statistics
        if check.name == "str_matches":
            constraints["pattern"] = stats["pattern"].removeprefix("^").removesuffix("$")
        elif check.name == "greater_than_or_equal_to":
            constraints["minimum"] = stats["min_value"]
        elif check.name == "greater_than":
            constraints["minimum"] = stats["min_value"] + 1  # integer fields only
        elif check.name == "in_range":
            constraints["minimum"], constraints["maximum"] = stats["min_value"], stats["max_value"]
        elif check.name == "str_length" and stats.get("min_value") is not None:
            constraints["minLength"] = stats["min_value"]
        elif check.name == "isin":
            constraints["enum"] = list(stats["allowed_values"])
    return constraints


def field_descriptor(name: str, column) -> dict:
    """The Frictionless Table Schema field of pandera column `column` named `name`: type
    (and format), description, example, and constraints from its checks."""
    dtype = column.dtype.type
    kind, extra = _type(dtype)
    field = {"name": name, "type": kind, **extra, "description": column.description or ""}
    if kind == "date":
        field["format"] = "default"
    if column.metadata and "example" in column.metadata:
        field["example"] = column.metadata["example"]
    constraints = _constraints(column, dtype)
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema(table: str) -> dict:
    """The Table Schema of one table, as a dict ready for datapackage.json."""
    columns = MODELS[table].to_schema().columns
    schema = {
        "fields": [field_descriptor(name, column) for name, column in columns.items()],
        "missingValues": [""],
        "primaryKey": PRIMARY_KEYS[table],
    }
    keys = FOREIGN_KEYS.get(table)
    if keys:
        schema["foreignKeys"] = [{"fields": [field], "reference": {"resource": f"{other}-csv", "fields": [key]}}
                                 for field, other, key in keys]
    return schema
