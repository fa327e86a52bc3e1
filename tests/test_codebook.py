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
