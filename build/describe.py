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
LICENSE = "CC-BY-4.0"  # the bundled seeds' releases' licence (and the default of a corpus of one's own)
CONTRIBUTOR = "armsdata developers"
# Licences a release may declare by id alone, with the URL and title written for them
# (Open Definition / SPDX ids); any other id is written as given, with no path.
LICENSES = {
    "CC-BY-4.0": ("https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0"),
    "CC-BY-SA-4.0": ("https://creativecommons.org/licenses/by-sa/4.0/", "Creative Commons Attribution Share-Alike 4.0"),
    "CC0-1.0": ("https://creativecommons.org/publicdomain/zero/1.0/", "Creative Commons Zero v1.0 Universal"),
    "ODC-By-1.0": ("https://opendatacommons.org/licenses/by/1-0/", "Open Data Commons Attribution License v1.0"),
    "ODbL-1.0": ("https://opendatacommons.org/licenses/odbl/1-0/", "Open Data Commons Open Database License v1.0"),
    "PDDL-1.0": ("https://opendatacommons.org/licenses/pddl/1-0/", "Open Data Commons Public Domain Dedication and License v1.0"),
}


def license_entry(license_id: str) -> dict:
    """The `licenses` entry of datapackage.json for `license_id` (Frictionless: name, path,
    title): the known ids of LICENSES with their URL and title, any other id by name alone.
    The bundled seeds' CC-BY-4.0 keeps the words "(the records and tables)"."""
    if license_id not in LICENSES:
        return {"name": license_id}
    path, title = LICENSES[license_id]
    return {"name": license_id, "path": path, "title": title + (" (the records and tables)" if license_id == LICENSE else "")}


def descriptor(version: str, documents: pl.DataFrame | pl.LazyFrame, name: str = PACKAGE_NAME,
               license_id: str | None = None, contributors: tuple[str, ...] = ()) -> dict:
    """datapackage.json of the release `name` at `version` (less the files' sizes and
    hashes). The bundled seeds build as "armsdata"; any other name is a corpus of its
    own, whose description names the armsdata version that built it. `license_id`: the
    licence declared for its records and tables (license_entry; None: LICENSE);
    `contributors`: the names listed as its creators, in order (none given: CONTRIBUTOR)."""
    own = name != PACKAGE_NAME
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": name,
        "title": f"{name}: arms transfers in news text",
        "description": OWN_DESCRIPTION.format(package=__version__) if own else DESCRIPTION,
        "version": version,
        "created": f"{__release_date__}T00:00:00Z",
        "licenses": [license_entry(license_id or LICENSE)],
        "contributors": [{"title": contributor, "roles": ["creator"]} for contributor in contributors or (CONTRIBUTOR,)],
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
