"""No import cycles between the package's modules, type-checking imports included: a cycle makes two
modules one unit that cannot be understood, tested or moved apart (break it with a small protocol, or by
moving the shared piece down)."""

from __future__ import annotations

import grimp


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles_between_modules() -> None:
    graph = grimp.build_graph("desktop", exclude_type_checking_imports=False)
    assert _cycles(graph) == []


def test_no_two_sibling_packages_import_each_other() -> None:
    """Feature folders (ui/board, ui/triage…) and layers depend one way, not on each other both ways."""
    graph = grimp.build_graph("desktop", exclude_type_checking_imports=False)
    packages = sorted(m for m in graph.modules if graph.find_children(m))
    both_ways = []
    for parent in packages:
        children = sorted(c for c in graph.find_children(parent) if c in packages)
        for i, first in enumerate(children):
            for second in children[i + 1:]:
                if graph.direct_import_exists(importer=first, imported=second, as_packages=True) and \
                        graph.direct_import_exists(importer=second, imported=first, as_packages=True):
                    both_ways.append((first, second))
    assert both_ways == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for module in ("pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(module)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.a")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    assert _cycles(graph) == [["pkg.a", "pkg.b"]]
