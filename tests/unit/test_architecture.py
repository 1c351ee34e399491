"""The import rules of DESIGN.md, checked in the test run so they cannot rot."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_core_imports_only_the_standard_library_and_itself() -> None:
    allowed = set(sys.stdlib_module_names) | {"core", "__future__"}
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imports(path) - allowed)
        for path in (ROOT / "core").rglob("*.py")
        if _imports(path) - allowed
    }
    assert offenders == {}


def test_adapters_never_import_each_other() -> None:
    adapters = ["console", "db", "telegram", "discord"]
    offenders = []
    for name in adapters:
        for path in (ROOT / "adapters" / name).rglob("*.py"):
            tree = ast.parse(path.read_text())
            for node in ast.walk(tree):
                module = node.module if isinstance(node, ast.ImportFrom) else None
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [module or ""]
                for imported in names:
                    parts = imported.split(".")
                    if len(parts) > 1 and parts[0] == "adapters" and parts[1] != name:
                        offenders.append(f"{path.relative_to(ROOT)} imports {imported}")
    assert offenders == []
