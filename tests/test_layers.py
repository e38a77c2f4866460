"""The layers (docs/layers.md), read from the source: who may import whom, and no import cycles.

Every ``import`` of every module of ``wz_desktop`` is read with ``ast`` (those inside functions
too: a layer is not kept by importing late), so these run in a fraction of a second and import
nothing of the application.
"""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "wz_desktop"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _targets(module: str, node: ast.Import | ast.ImportFrom, is_package: bool) -> list[str]:
    """The modules an import statement names (for ``from X import name``: X.name when it is a
    module, else X); outside names as written (``PySide6.QtCore``, ``sqlite3``)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        if node.level:
            base = module.split(".") if is_package else module.split(".")[:-1]
            base = base[: len(base) - (node.level - 1)]
            prefix = ".".join(base + ([node.module] if node.module else []))
        else:
            prefix = node.module or ""
        names = [f"{prefix}.{alias.name}" if f"{prefix}.{alias.name}" in MODULES else prefix for alias in node.names]
    result = []
    for name in names:
        if name.startswith("wz_desktop"):
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
        if name:
            result.append(name)
    return result


def _imports() -> list[tuple[str, str, bool]]:
    """(importer, imported, at module level) for every import of the package; those under
    ``if TYPE_CHECKING:`` are left out (they never run)."""
    found = []
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_package = path.name == "__init__.py"

        def visit(node: ast.AST, top: bool) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.Import, ast.ImportFrom)):
                    found.extend((module, target, top)  # noqa: B023 (visit runs within this iteration)
                                 for target in _targets(module, child, is_package)  # noqa: B023 (same)
                                 if target != module)  # noqa: B023 (same)
                elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                    visit(child, False)
                elif isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                    continue
                else:
                    visit(child, top)

        visit(tree, True)
    return found


IMPORTS = _imports()


def _cycles(edges) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    graph = defaultdict(set)
    for a, b in edges:
        if b.startswith("wz_desktop"):
            graph[a].add(b)
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(MODULES):
        if v not in index:
            strong(v)
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_the_graph_is_read():
    assert len(MODULES) > 80
    assert ("wz_desktop.services.imports", "wz_desktop.workbook.importer", True) in IMPORTS


def test_no_import_cycles_at_module_level():
    assert _cycles((a, b) for a, b, top in IMPORTS if top) == []


def test_no_cycles_hidden_in_late_imports():
    """An import inside a function is for start-up time, never to get round a cycle."""
    assert _cycles((a, b) for a, b, _ in IMPORTS) == []


# (layer, what it may not import: a package prefix)
RULES = [
    ("domain", ("PySide6", "sqlite3", "sqlite_utils", "xlsxwriter", "python_calamine", "wz_desktop.store",
                "wz_desktop.ui", "wz_desktop.workbook", "wz_desktop.services", "wz_desktop.report")),
    ("workbook", ("PySide6", "sqlite3", "sqlite_utils", "wz_desktop.store", "wz_desktop.ui", "wz_desktop.services")),
    ("store", ("PySide6", "wz_desktop.ui", "wz_desktop.services", "wz_desktop.report")),
    ("services", ("PySide6", "sqlite3", "wz_desktop.ui")),
    ("report", ("wz_desktop.ui", "sqlite3", "wz_desktop.services")),
    ("ui", ("sqlite3",)),
]


@pytest.mark.parametrize(("layer", "forbidden"), RULES, ids=[layer for layer, _ in RULES])
def test_layer_imports(layer, forbidden):
    wrong = sorted({f"{a} imports {b}" for a, b, _ in IMPORTS
                    if _layer(a) == layer and any(b == f or b.startswith(f + ".") for f in forbidden)})
    assert wrong == []


def test_the_window_and_the_command_line_import_through_services():
    """Orchestrating an import or an export is a use case: ui/ and cli.py do not call the
    workbook's writers or the importer's database half themselves."""
    callers = {a for a, b, _ in IMPORTS if b == "wz_desktop.services.imports"}
    assert {"wz_desktop.cli", "wz_desktop.ui.main_window"} <= callers
    for a, b, _ in IMPORTS:
        if a == "wz_desktop.cli" or _layer(a) == "ui":
            assert b not in ("wz_desktop.workbook.exporter", "wz_desktop.workbook.importer"), f"{a} imports {b}"


if __name__ == "__main__":  # python tests/test_layers.py: the figures behind these tests
    late = {(a, b) for a, b, top in IMPORTS if not top and b.startswith("wz_desktop")}
    print(f"modules: {len(MODULES)}; imports of wz_desktop modules: "
          f"{sum(1 for _, b, _ in IMPORTS if b.startswith('wz_desktop'))}, of which inside functions: "
          f"{sum(1 for _, b, top in IMPORTS if not top and b.startswith('wz_desktop'))} "
          f"({len(late)} distinct module pairs)")
    print("cycles at module level:", _cycles((a, b) for a, b, top in IMPORTS if top) or "none")
    print("cycles counting the imports inside functions:", _cycles((a, b) for a, b, _ in IMPORTS) or "none")
    for layer, forbidden in RULES:
        wrong = sorted({f"{a} -> {b}" for a, b, _ in IMPORTS
                        if _layer(a) == layer and any(b == f or b.startswith(f + ".") for f in forbidden)})
        print(f"{layer}: {len(wrong)} import(s) across its line", *wrong, sep="\n  " if wrong else " ")
