"""No module of the package binds one name twice at its top level: the second binding silently replaces the first
for every function that reads it (two stops lost behaviour this way before the test existed)."""

from __future__ import annotations

import ast
from pathlib import Path

import factdiff


def _rebound(path: Path) -> list[tuple[str, int, int]]:
    seen: dict[str, int] = {}
    out = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen:
                out.append((name, seen[name], node.lineno))
            seen[name] = node.lineno
    return out


def test_no_module_binds_a_name_twice():
    root = Path(factdiff.__file__).parent
    found = {str(p.relative_to(root)): _rebound(p) for p in sorted(root.rglob("*.py"))}
    assert {k: v for k, v in found.items() if v} == {}
