"""The published files: the Frictionless descriptor, and the same rows in every reader."""

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from armsdata.schema import MODELS, TABLES
from armsdata.schema.tableschema import table_schema


def frictionless_validate(release: Path) -> subprocess.CompletedProcess:
    """frictionless-py's own command, from the environment the tests run in."""
    command = Path(sys.executable).parent / "frictionless"
    return subprocess.run([str(command), "validate", "--json", str(release / "datapackage.json")],
                          capture_output=True, text=True)


def test_frictionless_accepts_the_descriptor(release):
    result = frictionless_validate(release)
    report = json.loads(result.stdout)
    assert result.returncode == 0 and report["valid"], result.stdout[:2000]


def test_frictionless_sees_a_broken_foreign_key(release):
    frame = pl.read_csv(release / "records.csv", infer_schema=False)
    frame.with_columns(supplier=pl.lit("XYZ")).write_csv(release / "records.csv")
    result = frictionless_validate(release)
    assert result.returncode == 1
    assert "foreign-key" in result.stdout


def test_descriptor_is_complete(release):
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert package["name"] == "armsdata" and package["version"] == release.name[1:]
    assert package["created"].endswith("T00:00:00Z")
    assert len(package["sources"]) == 5 and package["sources"][0]["path"].startswith("https://")
    assert [r["path"] for r in package["resources"]] == [f"{t}.{f}" for t in TABLES for f in ("csv", "parquet")]
    for resource in package["resources"]:
        assert resource["hash"].startswith("sha256:") and resource["bytes"] > 0
        assert resource["mediatype"] in ("text/csv", "application/vnd.apache.parquet")


@pytest.mark.parametrize("table", TABLES)
def test_table_schema_matches_the_model(table):
    schema = table_schema(table)
    columns = MODELS[table].to_schema().columns
    assert [f["name"] for f in schema["fields"]] == list(columns)
    for field in schema["fields"]:
        column = columns[field["name"]]
        assert field["description"] == column.description
        assert field.get("constraints", {}).get("required", False) == (not column.nullable)
        dtype = column.dtype.type
        expected = "integer" if dtype.is_integer() else {"Boolean": "boolean", "Date": "date"}.get(str(dtype), "string")
        assert field["type"] == expected
        if isinstance(dtype, pl.Enum):
            assert field["constraints"]["enum"] == list(dtype.categories)


def test_records_table_schema_pins_keys_and_rules():
    schema = table_schema("records")
    fields = {f["name"]: f for f in schema["fields"]}
    assert schema["primaryKey"] == ["record_id"]
    assert {"fields": ["supplier"], "reference": {"resource": "actors-csv", "fields": ["actor_id"]}} in schema["foreignKeys"]
    assert fields["status"]["constraints"]["enum"][-1] == "none"
    assert fields["quantity"]["constraints"] == {"minimum": 1}
    assert fields["event_year"]["constraints"] == {"minimum": 1945, "maximum": 2100}


def test_every_reader_sees_the_same_rows(release):
    expected = pl.read_parquet(release / "records.parquet")
    ints = {"quantity": "Int64", "event_year": "Int64"}
    pandas_csv = pd.read_csv(release / "records.csv", dtype=ints | {"supplier": "string"}, keep_default_na=False,
                             na_values=[""])
    pandas_parquet = pd.read_parquet(release / "records.parquet")
    arrow = pq.read_table(release / "records.parquet")
    duck_csv = duckdb.sql(f"select * from read_csv('{release / 'records.csv'}', header=true, "
                          "all_varchar=true)").pl()
    duck_parquet = duckdb.sql(f"select * from '{release / 'records.parquet'}'").pl()
    assert len(pandas_csv) == len(pandas_parquet) == arrow.num_rows == duck_csv.height == expected.height
    assert pandas_csv["record_id"].tolist() == expected["record_id"].to_list()
    assert pandas_csv["quantity"].tolist() == [pd.NA if v is None else v for v in expected["quantity"]]
    assert pandas_parquet["span_text"].tolist() == expected["span_text"].to_list()
    assert arrow.column("status").to_pylist() == expected["status"].cast(pl.String).to_list()
    assert duck_csv["supplier"].to_list() == expected["supplier"].to_list()
    assert duck_parquet["span_start"].to_list() == expected["span_start"].to_list()
    documents = pl.read_csv(release / "documents.csv", try_parse_dates=True)
    assert documents["text"].to_list() == pl.read_parquet(release / "documents.parquet")["text"].to_list()
