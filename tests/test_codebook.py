import re
import sys

from armsdata.build.codebook import CODEBOOK, render_columns, updated
from armsdata.schema import MODELS


def test_codebook_column_tables_are_up_to_date():
    text = CODEBOOK.read_text(encoding="utf-8")
    assert updated(text) == text, "run: python -m armsdata.build.codebook"


def test_every_schema_field_is_in_the_codebook():
    text = CODEBOOK.read_text(encoding="utf-8")
    for table, model in MODELS.items():
        assert f"### `{table}`" in text
        for name in model.to_schema().columns:
            assert re.search(rf"\| `{name}` \|", text), f"{table}.{name} missing from the codebook"


def test_codebook_check_mode_fails_when_stale(tmp_path, monkeypatch):
    import armsdata.build.codebook as codebook

    stale = tmp_path / "CODEBOOK.md"
    stale.write_text("# x\n<!-- columns:start -->\nold\n<!-- columns:end -->\n", encoding="utf-8")
    monkeypatch.setattr(codebook, "CODEBOOK", stale)
    monkeypatch.setattr(sys, "argv", ["codebook", "--check"])
    assert codebook.main() == 1
    monkeypatch.setattr(sys, "argv", ["codebook"])
    assert codebook.main() == 0 and render_columns() in stale.read_text(encoding="utf-8")


def test_codebook_filter_on_the_basis_keeps_empty_parties():
    """The `model` basis row's filter, run as the codebook writes it: it drops the records
    whose parties came from a transfer elsewhere, and keeps those with an empty party (a
    null basis), such as a mention in no transfer."""
    import polars as pl

    text = CODEBOOK.read_text(encoding="utf-8")
    expression = re.search(r"own sentence says: `(records\.filter\(.+?\))`", text).group(1)
    records = pl.DataFrame({"record": ["own", "no party", "one party", "event", "model"],
                            "supplier_basis": ["text", None, None, "event", "text"],
                            "recipient_basis": ["text", None, "text", "event", "model"]})
    kept = eval(expression, {"pl": pl, "records": records})  # noqa: S307 - our own codebook
    assert kept["record"].to_list() == ["own", "no party", "one party"]


def test_codebook_gold_file_example_is_well_formed_and_scores_the_extractor(tmp_path):
    """The section "Gold files" shows a two-line article and its gold file: written to disk
    as it says, `armsdata evaluate --seeds` accepts it (spans, ids and vocabularies checked)
    and the extractor's records match both rows, system, parties, status and quantity."""
    import json

    from click.testing import CliRunner

    from armsdata.cli import main

    text = CODEBOOK.read_text(encoding="utf-8")
    section = text[text.index("## Gold files"):text.index("## Known limits")]
    article = re.search(r'reads "(.+?)", a blank line, then "(.+?)":', section, re.S)
    gold = re.search(r"```\n(doc_id,span_start.+?)```", section, re.S).group(1)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "brief1.txt").write_text(" ".join(article.group(1).split()) + "\n\n" + " ".join(article.group(2).split()),
                                     encoding="utf-8")
    (tmp_path / "gold.csv").write_text(gold, encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "gold.csv"), "--seeds", str(docs),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)["overall"]
    assert (overall["gold_relations"], overall["matched_relations"], overall["exact_spans"]) == (2, 2, 2)
    assert (overall["status_accuracy"], overall["quantity_accuracy"]) == (1.0, 1.0)
