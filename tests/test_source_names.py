"""The extractor's modules bind each name once in a scope.

A class attribute or function defined twice in one class or module is silently replaced
by the later one: a pattern added under a name already in use (relations.Relator had two
`_APPOSITION` patterns for a while during 0.54.0's work) changes every reading of the
first without an error. This test reads build/*.py with `ast` and lists every name bound
twice at the top of a module or of a class body."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

BUILD = Path(__file__).resolve().parent.parent / "build"


def _bound_twice(tree: ast.Module) -> list[str]:
    twice = []
    scopes = [tree] + [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    for scope in scopes:
        names: Counter[str] = Counter()
        for node in scope.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names[node.name] += 1
            elif isinstance(node, ast.Assign):
                names.update(target.id for target in node.targets if isinstance(target, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names[node.target.id] += 1
        owner = getattr(scope, "name", "<module>")
        twice += [f"{owner}.{name}" for name, count in names.items() if count > 1]
    return twice


def test_no_name_is_bound_twice_in_a_module_or_class():
    found = {path.name: twice for path in sorted(BUILD.glob("*.py"))
             if (twice := _bound_twice(ast.parse(path.read_text(encoding="utf-8"))))}
    assert found == {}


def test_the_check_finds_a_pattern_bound_twice():
    tree = ast.parse("class Relator:\n    _P = 1\n    def f(self): pass\n    _P = 2\n")
    assert _bound_twice(tree) == ["Relator._P"]
