"""One exit-code contract for every command (README, "The command line"): 0 done, 1 invalid
data (input that was read but breaks a rule), 2 usage error or unreadable input; and the
one-line messages of a new user's trial: a folder without releases, diff's values, a
sources.csv or corpus CSV that is not UTF-8, a binary gold file, a broken JSONL line, an
impossible date, and an --out that is a file or cannot be written."""

from __future__ import annotations

import io
import tarfile
from contextlib import suppress

import polars as pl
import pytest
from click.testing import CliRunner

from armsdata._version import __version__
from armsdata.cli import main

from conftest import ROOT, SEEDS

GOLD = ROOT / "tests" / "gold" / "seeds.csv"


def run(*args):
    result = CliRunner().invoke(main, [*map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


def build(seeds, out):
    return run("build", "--seeds", seeds, "--out", out, "--quiet")


def evaluate(seeds):
    return run("evaluate", GOLD, "--seeds", seeds)


def folder(tmp_path, files: dict[str, bytes]):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, content in files.items():
        (seeds / name).write_bytes(content)
    return seeds


# -- the same input, the same exit code in build and evaluate -----------------------------------
@pytest.mark.parametrize("command", [build, evaluate], ids=["build", "evaluate"])
def test_a_folder_without_documents_is_unreadable_input_exit_2(tmp_path, command):
    seeds = folder(tmp_path, {"notes.md": b"no documents here"})
    result = command(seeds, tmp_path / "out") if command is build else command(seeds)
    assert (result.exit_code, result.stderr) == (2, f"Error: {seeds}: no documents found (.txt, .html or .htm files; "
                                                    f"not read: notes.md)\n")
    assert result.stdout == ""
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", [build, evaluate], ids=["build", "evaluate"])
def test_a_folder_whose_one_subfolder_holds_the_documents_names_it(tmp_path, command):
    """A held-out set's folder given for its docs/ (a new-user trial of 0.44.0: no hint)."""
    seeds = folder(tmp_path, {"ABOUT.md": b"a set"})
    (seeds / "docs").mkdir()
    (seeds / "docs" / "a.txt").write_text("Poland bought tanks.", encoding="utf-8")
    result = command(seeds, tmp_path / "out") if command is build else command(seeds)
    assert (result.exit_code, result.stderr) == (2, f"Error: {seeds}: no documents found (.txt, .html or .htm "
                                                    f"files; not read: ABOUT.md, docs/); did you mean {seeds / 'docs'}?\n")


@pytest.mark.parametrize("command", [build, evaluate], ids=["build", "evaluate"])
def test_a_txt_file_that_is_not_utf8_is_unreadable_input_exit_2(tmp_path, command):
    seeds = folder(tmp_path, {"a.txt": b"Russia sold S-300s to Iran.", "b.txt": b"Caf\xe9 talks on tanks."})
    result = command(seeds, tmp_path / "out") if command is build else command(seeds)
    assert (result.exit_code, result.output) == (2, f"Error: {seeds / 'b.txt'}:1:4: not valid UTF-8 (byte 0xe9)\n")


def test_a_jsonl_title_that_is_a_list_is_invalid_data_exit_1(tmp_path):
    """A JSON list or object where text was meant is named (a list title was stored as
    "['x']" and opened the text: a new-user trial)."""
    corpus = tmp_path / "news.jsonl"
    corpus.write_text('{"id": "a", "title": ["x"], "text": "Russia sold tanks to Iran."}\n', encoding="utf-8")
    result = build(corpus, tmp_path / "out")
    assert (result.exit_code, result.output) == (1, f'Error: {corpus}:1: column title: a list, not text (["x"])\n')


def test_an_html_file_with_no_article_text_is_unreadable_input_exit_2(tmp_path):
    """Bytes that hold no page ("junk.html" of random bytes) are input of the wrong kind, as
    a .txt file that is not UTF-8 is (it exited 1, as invalid data: a new-user trial)."""
    seeds = folder(tmp_path, {"a.txt": b"Russia sold S-300s to Iran.", "junk.html": bytes(range(256)) * 8})
    result = build(seeds, tmp_path / "out")
    assert (result.exit_code, result.output) == (2, f"Error: {seeds / 'junk.html'}: not an HTML page (no HTML "
                                                    f"markup and no readable text)\n")


@pytest.mark.parametrize("command", [build, evaluate], ids=["build", "evaluate"])
def test_a_corpus_file_with_a_wrong_suffix_is_a_usage_error_exit_2(tmp_path, command):
    corpus = tmp_path / "news.txt.gz"
    corpus.write_bytes(b"x")
    result = command(corpus, tmp_path / "out") if command is build else command(corpus)
    assert (result.exit_code, result.output) == (
        2, f"Error: {corpus}: not a corpus file; give a folder, or a .jsonl, .csv or .parquet file\n")


@pytest.mark.parametrize("command", [build, evaluate], ids=["build", "evaluate"])
def test_a_corpus_value_that_breaks_a_rule_is_invalid_data_exit_1(tmp_path, command):
    seeds = folder(tmp_path, {"a.txt": b"Russia sold S-300s to Iran.",
                              "sources.csv": b"doc_id,published,published_precision\na,2016-02-16,daily\n"})
    result = command(seeds, tmp_path / "out") if command is build else command(seeds)
    assert (result.exit_code, result.output) == (
        1, f"Error: {seeds / 'sources.csv'}:2: column published_precision: 'daily' is not one of day, month, year "
           "(did you mean day?)\n")


def test_a_gold_value_no_record_can_have_is_invalid_data_exit_1(tmp_path):
    gold = tmp_path / "gold.csv"
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",planned,", ",seized,")
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("evaluate", gold, "--seeds", SEEDS)
    assert (result.exit_code, result.output) == (
        1, f"Error: {gold}: line 2: status 'seized' is not one of cancelled, delivered, denied, none, ordered, "
           "planned, suspended, unknown\n")


def test_a_gold_file_that_is_not_csv_is_unreadable_input_exit_2(tmp_path):
    gold = tmp_path / "gold.csv"
    gold.write_bytes(b"doc_id,span_start\n\xff\xfe\x00\n")
    result = run("evaluate", gold, "--seeds", SEEDS)
    assert (result.exit_code, result.output) == (2, f"Error: {gold}:2:1: not valid UTF-8 (byte 0xff)\n")


def _tar_of_the_gold() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        member = tarfile.TarInfo("gold.csv")  # (no owner, time 0: every byte of the header is ASCII)
        member.size = len(GOLD.read_bytes())
        archive.addfile(member, io.BytesIO(GOLD.read_bytes()))
    return buffer.getvalue()


@pytest.mark.parametrize("option", ["GOLD", "--against"])
@pytest.mark.parametrize("content, where", [(b"\x00" * 64, "1:1"), (_tar_of_the_gold(), "1:9")],
                         ids=["zeros", "a tar archive"])
def test_a_binary_gold_file_whose_bytes_are_utf8_is_unreadable_input_exit_2(tmp_path, option, content, where):
    """A binary file that decodes as UTF-8 (NUL bytes are) was read as a CSV of one odd column:
    "missing gold columns", exit 1 (a new-user trial of 0.46.0)."""
    binary = tmp_path / "gold.bin"
    binary.write_bytes(content)
    result = run("evaluate", *([binary] if option == "GOLD" else [GOLD, "--against", binary]), "--seeds", SEEDS)
    assert (result.exit_code, result.output) == (
        2, f"Error: {binary}:{where}: a NUL byte (0x00): a binary file, not a gold CSV (UTF-8 text)\n")


@pytest.mark.parametrize("content, message", [
    (b"", "empty file; a gold CSV starts with the header doc_id,span_start,span_end,span_text,system,supplier,"
          "recipient,status,transfer_type,quantity,event_year"),
    (b'doc_id,span_start,span_end\n"d,1,2\nd,1,2\n',
     "2: a quotation mark opened in this row is not closed where its field ends (csv: unexpected end of data)"),
    (b"doc_id,span_start,span_end\nd,1\n", "2: has 2 fields, the header has 3"),
    # a quote left open on the last row, named as build names it (a new-user trial of 0.31.0 got "has 2 fields")
    (b'doc_id,span_start,span_end\nd,1,"abc\n',
     "2: a quotation mark opened in this row is not closed where its field ends (csv: unexpected end of data)"),
    # a spreadsheet's export in some locales: exit 2 like a ragged row (a new-user trial of 0.23.0 got 1)
    (b"doc_id;span_start;span_end\nd;1;2\n",
     "1: the header is one column (is the file separated by ';'? a CSV file here is separated by commas)"),
])
def test_a_gold_file_with_no_rows_or_ragged_rows_says_where(tmp_path, content, message):
    """A new-user trial of 0.14.0's candidate: polars' exception names (NoDataError,
    ComputeError) and no line, where build names the line."""
    gold = tmp_path / "gold.csv"
    gold.write_bytes(content)
    result = run("evaluate", gold, "--seeds", SEEDS)
    separator = ":" if message[0].isdigit() else ": "
    assert (result.exit_code, result.output) == (2, f"Error: {gold}{separator}{message}\n")


def test_every_command_documents_the_one_contract():
    main_help = " ".join(run("--help").output.split())
    assert ("Exit codes, the same for every command: 0 done 1 invalid data: input that was read but breaks a rule "
            "(a corpus or gold value, a release or a build that fails validation) 2 usage error or unreadable "
            "input:") in main_help
    for command in ("build", "validate", "deals", "evaluate", "diff", "versions"):
        text = " ".join(run(command, "--help").output.split())
        assert "Exit codes: 0 " in text, command
        assert "2 usage error" in text, command
        if command in ("build", "validate", "evaluate"):
            assert "1 invalid data" in text, command


# -- versions and diff ------------------------------------------------------------------------------
def test_versions_of_a_folder_without_releases_says_so_in_one_line(tmp_path):
    (tmp_path / "notes").mkdir()
    result = run("versions", "--root", tmp_path)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {tmp_path}: no releases found (no vX.Y.Z folder)\n"


def test_versions_lists_the_releases_of_a_folder(tmp_path):
    for name in ("v1.10.0", "v1.2.0", "scratch"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "datapackage.json").write_text("{}")
    (tmp_path / "v2.0.0").mkdir()  # an empty folder so named is no release
    result = run("versions", "--root", tmp_path)
    assert (result.exit_code, result.output) == (0, "1.2.0\n1.10.0\n")


def _records(root, version, rows):
    (root / f"v{version}").mkdir(parents=True)
    pl.DataFrame(rows, schema={"record_id": pl.String, "status": pl.String, "quantity": pl.Int64,
                               "event_year": pl.Int16}, orient="row").write_parquet(root / f"v{version}" / "records.parquet")


def test_diff_shows_empty_values_as_empty_and_numbers_unquoted(tmp_path):
    _records(tmp_path, "1.0.0", [("r1", "planned", 12, 2019), ("r2", None, None, None), ("r3", "ordered", 1, None)])
    _records(tmp_path, "1.1.0", [("r1", "delivered", None, 2019), ("r2", "ordered", 4, 2020), ("r4", None, 2, None)])
    result = run("diff", "1.0.0", "1.1.0", "--root", tmp_path)
    assert (result.exit_code, result.output) == (0, "\n".join([
        "1.0.0 -> 1.1.0: 1 added, 1 removed, 2 changed (5 fields)",
        "  + r4",
        "  - r3",
        "  ~ r1 quantity: 12 -> (empty)",
        "  ~ r1 status: 'planned' -> 'delivered'",
        "  ~ r2 event_year: (empty) -> 2020",
        "  ~ r2 quantity: (empty) -> 4",
        "  ~ r2 status: (empty) -> 'ordered'",
    ]) + "\n")
    json_result = run("diff", "1.0.0", "1.1.0", "--root", tmp_path, "--format", "json")
    assert '"old": null' in json_result.output and '"old": "12"' in json_result.output  # JSON unchanged


def test_diff_of_a_records_file_that_cannot_be_read_is_one_line_exit_2(tmp_path):
    _records(tmp_path, "1.0.0", [("r1", "planned", 12, 2019)])
    (tmp_path / "v1.1.0").mkdir()
    (tmp_path / "v1.1.0" / "records.parquet").write_bytes(b"PAR1")
    result = run("diff", "1.0.0", "1.1.0", "--root", tmp_path)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {tmp_path / 'v1.1.0' / 'records.parquet'}: not a readable Parquet file")
    assert result.output.count("\n") == 1


# -- input that is not UTF-8: the file, the line and the column ----------------------------------------
@pytest.mark.parametrize("sources, where", [
    (b"doc_id,publisher\na,Reuters\nb,Le Monde \xe9dition\n", "sources.csv:3: column publisher:"),
    (b"doc_id,title\na,\"A title\nover two lines \xff\"\n", "sources.csv:3: column title:"),
    (b"doc_id,publish\xe9d\na,x\n", "sources.csv:1:"),
])
def test_a_sources_csv_that_is_not_utf8_names_its_line_and_column(tmp_path, sources, where):
    seeds = folder(tmp_path, {"a.txt": b"Russia sold tanks.", "b.txt": b"India bought jets.", "sources.csv": sources})
    byte = next(b for b in sources if b >= 0x80)
    result = build(seeds, tmp_path / "out")
    assert (result.exit_code, result.output) == (2, f"Error: {seeds}/{where} not valid UTF-8 (byte 0x{byte:02x})\n")
    assert not (tmp_path / "out").exists()


def test_a_corpus_csv_that_is_not_utf8_names_its_line_and_column(tmp_path):
    corpus = tmp_path / "news.csv"
    corpus.write_bytes(b'text,title\n"Russia sold\ntanks.",Tanks\n"India bought jets.",Caf\xe9\n')
    result = build(corpus, tmp_path / "out")
    assert (result.exit_code, result.output) == (2, f"Error: {corpus}:4: column title: not valid UTF-8 (byte 0xe9)\n")


# -- a broken JSONL line, in plain words --------------------------------------------------------------
@pytest.mark.parametrize("line, message", [
    (b'{"text": "a"', "not valid JSON at column 13: a ',' is missing between two items, or a bracket is not closed"),
    (b"{\"text\": 'a'}", "not valid JSON at column 10: a value is missing or is not JSON (text must be in double "
                         "quotes)"),
    (b'{"text": "a",}', "not valid JSON at column 14: a key is not in double quotes, or a ',' comes before a "
                        "closing bracket"),
    (b'{"text": "a}', "not valid JSON at column 10: a string is not closed by a double quote"),
    (b'{"text": "a"} {"text": "b"}', "not valid JSON at column 15: more follows the end of the first JSON value"),
])
def test_a_broken_jsonl_line_says_what_is_wrong(tmp_path, line, message):
    corpus = tmp_path / "news.jsonl"
    corpus.write_bytes(b'{"text": "Russia sold tanks."}\n\n' + line + b"\n")
    result = build(corpus, tmp_path / "out")
    assert (result.exit_code, result.output) == (
        2, f"Error: {corpus}:3: {message} (each line must be one JSON object)\n")


@pytest.mark.parametrize("line, message", [
    (b'"Russia sold tanks."', 'a JSON string, not an object (each line must be one JSON object, {"text": ...})'),
    (b'{"text": "caf\xe9"}', "not valid UTF-8 (byte 0xe9 at column 14)"),
])
def test_a_jsonl_line_that_is_no_object_or_not_utf8(tmp_path, line, message):
    corpus = tmp_path / "news.jsonl"
    corpus.write_bytes(line + b"\n")
    result = build(corpus, tmp_path / "out")
    assert (result.exit_code, result.output) == (2, f"Error: {corpus}:1: {message}\n")


@pytest.mark.parametrize("name, encoding", [("news.jsonl", "utf-16"), ("news.jsonl", "utf-16-be"),
                                            ("a.txt", "utf-16")])
def test_a_utf16_file_is_named_as_utf16(tmp_path, name, encoding):
    """A new-user trial of 0.25.0: a JSONL corpus saved as UTF-16 read its first line and
    was blamed for a bad byte on line 2; a UTF-16 text file for a byte on line 1."""
    text = '{"text": "Russia sold tanks to Iraq."}\n{"text": "Iran sold drones."}\n' if name.endswith(".jsonl") \
        else "Russia sold tanks to Iraq."
    data = text.encode(encoding)
    data = (b"\xfe\xff" + data) if encoding == "utf-16-be" else data  # (utf-16 writes its own mark)
    if name.endswith(".txt"):
        path = folder(tmp_path, {name: data})
        named = path / name
    else:
        path = named = tmp_path / name
        path.write_bytes(data)
    result = build(path, tmp_path / "out")
    assert (result.exit_code, result.stderr) == (
        2, f"Error: {named}: UTF-16 text (it opens with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8\n")


# -- dates: an impossible day is not a format mistake ------------------------------------------------------
@pytest.mark.parametrize("published, problem", [
    ("2024-02-30", "is not a real date (February 2024 has 29 days)"),
    ("2023-02-29", "is not a real date (February 2023 has 28 days)"),
    ("2024-04-31", "is not a real date (April 2024 has 30 days)"),
    ("2024-13-01", "is not a real date (there is no month 13)"),
    ("2024-00-10", "is not a real date (there is no month 0)"),
    ("2024-01-00", "is not a real date (there is no day 0)"),
    ("0000-01-01", "is not a real date (there is no year 0)"),
    ("2024-2-3", "is not a YYYY-MM-DD date"),
    ("30/02/2024", "is not a YYYY-MM-DD date"),
    ("２０２４-０２-０３", "is not a YYYY-MM-DD date"),  # full-width digits
    # a year and month, or a year: the form to write them in (a new-user trial of 0.20.0)
    ("2023-05", "is not a YYYY-MM-DD date (a date known to the month is written with its first day, 2023-05-01, "
                "and published_precision month)"),
    ("2023", "is not a YYYY-MM-DD date (a date known to the year is written with its first day, 2023-01-01, "
             "and published_precision year)"),
])
def test_a_date_that_names_no_day_is_not_a_real_date(tmp_path, published, problem):
    seeds = folder(tmp_path, {"a.txt": b"Russia sold tanks.",
                              "sources.csv": f"doc_id,published\na,{published}\n".encode()})
    result = build(seeds, tmp_path / "out")
    assert (result.exit_code, result.output) == (
        1, f"Error: {seeds}/sources.csv:2: column published: {published!r} {problem}\n")


# -- --out that cannot hold releases: refused before the corpus is read -----------------------------------
@pytest.mark.parametrize("below", [False, True], ids=["a file", "below a file"])
def test_an_out_that_is_a_file_is_refused_before_the_corpus_is_read(tmp_path, monkeypatch, below):
    import armsdata.build.readers as readers

    (tmp_path / "file").write_text("", encoding="utf-8")
    out = tmp_path / "file" / "out" if below else tmp_path / "file"
    seeds = folder(tmp_path, {"a.txt": b"Caf\xe9: not UTF-8, never read"})
    monkeypatch.setattr(readers, "plan", lambda *a: pytest.fail("the corpus was read"))
    result = build(seeds, out)
    reason = "cannot create the releases folder (Not a directory)" if below else "is a file, not a folder for releases"
    assert (result.exit_code, result.output) == (2, f"Error: {out}: {reason}\n")


@pytest.mark.parametrize("below", [False, True], ids=["a read-only folder", "below a read-only folder"])
def test_an_out_that_cannot_be_written_is_refused_before_the_corpus_is_read(tmp_path, monkeypatch, below):
    """It was refused only when the build came to write, after the whole corpus was read
    (a new-user trial of 0.46.0)."""
    import armsdata.build.readers as readers

    releases = tmp_path / "releases"
    releases.mkdir()
    releases.chmod(0o555)
    try:
        with suppress(PermissionError):
            (releases / "probe").mkdir()
            (releases / "probe").rmdir()
            pytest.skip("this process writes into read-only folders (root)")
        out = releases / "out" if below else releases
        seeds = folder(tmp_path, {"a.txt": b"Caf\xe9: not UTF-8, never read"})
        monkeypatch.setattr(readers, "plan", lambda *a: pytest.fail("the corpus was read"))
        result = build(seeds, out)
    finally:
        releases.chmod(0o755)
    reason = "cannot create the releases folder" if below else "cannot write a release there"
    assert (result.exit_code, result.output) == (2, f"Error: {out}: {reason} (Permission denied)\n")
    assert list(releases.iterdir()) == []


def test_a_bad_byte_on_a_later_line_is_named_by_line_and_character_column(tmp_path):
    """The column counts characters (the accented letter before the bad byte is one)."""
    seeds = folder(tmp_path, {"a.txt": "Russia sold tanks.\nCafé ".encode("utf-8") + b"\xff talks."})
    result = build(seeds, tmp_path / "out")
    assert (result.exit_code, result.output) == (2, f"Error: {seeds / 'a.txt'}:2:6: not valid UTF-8 (byte 0xff)\n")


# -- usage errors: one line, as every other problem ------------------------------------------------------
@pytest.mark.parametrize("args, message", [
    (["validate", "--format", "xml"],
     "Invalid value for '--format': 'xml' is not one of 'text', 'json', 'github'. (see armsdata validate --help)"),
    (["build", "--workers", "0"],
     "Invalid value for '--workers': 0 is not in the range 1<=x<=64. (see armsdata build --help)"),
    # (the subcommand's help, though click raises before its context exists: a new-user trial of 0.44.0)
    (["deals", "--supplier"], "Option '--supplier' requires an argument. (see armsdata deals --help)"),
    (["--bogus"], "No such option '--bogus'. (see armsdata --help)"),
    (["bogus"], "No such command 'bogus'. (see armsdata --help)"),
])
def test_a_usage_error_is_one_line_naming_the_help_to_read(args, message):
    """click's own message, without the usage and hint lines it prints before it."""
    result = CliRunner().invoke(main, args, prog_name="armsdata")
    assert (result.exit_code, result.output) == (2, f"Error: {message}\n")


def test_help_and_version_still_exit_0():
    assert CliRunner().invoke(main, ["deals", "--help"], prog_name="armsdata").output.startswith(
        "Usage: armsdata deals [OPTIONS]")
    result = CliRunner().invoke(main, ["--version"], prog_name="armsdata")
    assert (result.exit_code, result.output) == (0, f"armsdata, version {__version__}\n")


def test_build_outside_a_clone_says_what_the_default_seeds_are(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no seeds/ here
    result = CliRunner().invoke(main, ["build"])
    assert (result.exit_code, result.output) == (
        2, "Error: seeds: no such file or folder; the default --seeds is the seeds/ folder of a clone of the "
           "repository: run there, or give --seeds PATH\n")


def test_armsdata_with_no_command_prints_its_help_exit_0():
    """A new user's first try: bare `armsdata` is a request for the help, not an error
    (click 8.2 and later made it "Error: Usage: ...", exit 2)."""
    result = run()
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ") and "[OPTIONS] COMMAND [ARGS]..." in result.stdout.splitlines()[0]
    assert "armsdata build" in result.stdout and result.stderr == ""
