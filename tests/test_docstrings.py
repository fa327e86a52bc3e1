"""Every public function and class of build/, schema/ and armsdata/ has a docstring.

Walks the source with `ast` (nothing is imported): public means not underscore-prefixed.
Checked are top-level functions and classes, and the methods of public classes (pandera
`@pa.dataframe_check` methods included). Names listed as `path:line name`.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("build", "schema", "armsdata")


def _modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))


def missing_docstrings(path: Path, root: Path = ROOT) -> list[str]:
    """`path:line name` for each public function, class or method in `path` without a docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    rel = path.relative_to(root).as_posix()
    defs = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    missing = []
    for node in tree.body:
        if not isinstance(node, defs) or node.name.startswith("_"):
            continue
        if ast.get_docstring(node) is None:
            missing.append(f"{rel}:{node.lineno} {node.name}")
        if isinstance(node, ast.ClassDef):
            for member in node.body:
                if (
                    isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef))
                    and not member.name.startswith("_")
                    and ast.get_docstring(member) is None
                ):
                    missing.append(f"{rel}:{member.lineno} {node.name}.{member.name}")
    return missing


def test_the_walk_finds_the_packages():
    paths = {p.relative_to(ROOT).parts[0] for p in _modules()}
    assert paths == set(PACKAGES)


def test_the_walk_flags_an_undocumented_name(tmp_path):
    src = tmp_path / "m.py"
    src.write_text(
        'def f():\n    pass\n\n\ndef _g():\n    pass\n\n\n'
        'class C:\n    """Doc."""\n\n    def m(self):\n        pass\n\n'
        '    def _h(self):\n        pass\n\n'
        '    @pa.dataframe_check\n    def check(cls, data):\n        return data\n\n'
        '    def documented(self):\n        """Doc."""\n\n\n'
        'class _Private:\n    def m(self):\n        pass\n',
        encoding="utf-8",
    )
    assert missing_docstrings(src, tmp_path) == ["m.py:1 f", "m.py:12 C.m", "m.py:19 C.check"]


def test_every_public_name_has_a_docstring():
    missing = [entry for path in _modules() for entry in missing_docstrings(path)]
    assert not missing, f"{len(missing)} public names without a docstring:\n" + "\n".join(missing)
