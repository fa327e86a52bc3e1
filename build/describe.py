"""The release's datapackage.json (Frictionless Data Package v2), less the file sizes and
hashes that `publish` adds once the files are written."""

from __future__ import annotations

import polars as pl

from armsdata._version import __release_date__, __version__
from armsdata.schema import TABLES
from armsdata.schema.tableschema import TITLES, table_schema

DESCRIPTION = (
    "Every weapons mention in a set of news articles as a record: the system, its category, "
    "supplier and recipient, the stage of the transfer and the exact character span of the source "
    "text it was read from. Built by rules from the bundled seed documents; see CODEBOOK.md."
)


OWN_DESCRIPTION = (
    "Every weapons mention in a set of news articles as a record: the system, its category, "
    "supplier and recipient, the stage of the transfer and the exact character span of the source "
    "text it was read from. Built by the rules of armsdata {package} from a corpus of its own; see "
    "armsdata's CODEBOOK.md."
)
PACKAGE_NAME = "armsdata"  # the name of the bundled seeds' releases


def descriptor(version: str, documents: pl.DataFrame | pl.LazyFrame, name: str = PACKAGE_NAME) -> dict:
    """datapackage.json of the release `name` at `version` (less the files' sizes and
    hashes). The bundled seeds build as "armsdata"; any other name is a corpus of its
    own, whose description names the armsdata version that built it."""
    own = name != PACKAGE_NAME
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": name,
        "title": f"{name}: arms transfers in news text",
        "description": OWN_DESCRIPTION.format(package=__version__) if own else DESCRIPTION,
        "version": version,
        "created": f"{__release_date__}T00:00:00Z",
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0 (the records and tables)"}],
        "contributors": [{"title": "armsdata developers", "roles": ["creator"]}],
        "sources": _sources(documents),
        "resources": [_resource(table, fmt) for table in TABLES for fmt in ("csv", "parquet")],
    }


def _sources(documents: pl.DataFrame | pl.LazyFrame) -> list[dict]:
    rows = documents.lazy().select("doc_id", "title", "publisher", "url").collect().iter_rows(named=True)
    return [{"title": f"{row['publisher'] or 'unknown publisher'}: {row['title'] or row['doc_id']}",
             **({"path": row["url"]} if row["url"] else {})} for row in rows]


def _resource(table: str, fmt: str) -> dict:
    if fmt == "csv":
        return {"path": f"{table}.csv", "type": "table", "title": TITLES[table], "schema": table_schema(table),
                "dialect": {"header": True, "delimiter": ",", "quoteChar": '"', "doubleQuote": True}}
    # Declared as a file: Frictionless tools then check its size and hash (their Parquet
    # readers go through pandas and misread nullable integers); `armsdata validate`
    # checks its rows against the same Table Schema and against its CSV twin.
    return {"path": f"{table}.parquet", "type": "file", "title": TITLES[table],
            "description": f"The same rows, in the same order, as {table}.csv, with the same Table Schema.",
            "schema": table_schema(table)}
