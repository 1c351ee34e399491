"""The conversation flows import one another in one direction only: no module of core imports itself back."""
from __future__ import annotations

import grimp


def test_no_module_of_the_core_imports_itself_back_through_others() -> None:
    graph = grimp.build_graph("core")
    circles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(importer=imported, imported=module):
                circles.append(f"{module} -> {imported} -> ... -> {module}")
    assert circles == []
