"""The package's layout keeps its imports one way: commands -> features -> core.

Core is the flat top of the package (models, store, index, text, dates, ...);
features are the packages check/, search/, output/, userdata/ and ingest/; commands are
cli.py, launch.py, app.py and commands/. A core module imports no feature and no command; a
feature imports no command; and features import each other only where listed
(output renders check's verdicts). Imports made only for type checking count.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cstofacts"
FEATURES = ("check", "search", "output", "userdata", "ingest")
COMMANDS = ("cli", "launch", "app", "commands", "__main__")
ALLOWED_BETWEEN_FEATURES = {("output", "check")}


def layer(module: str) -> tuple[str, str]:
    """('core' | 'feature' | 'command', the top-level part) of a cstofacts module name."""
    part = module.split(".")[1] if module.count(".") else ""
    if part in COMMANDS:
        return "command", part
    if part in FEATURES:
        return "feature", part
    return "core", part


def modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found.append((name, path))
    return found


def imports_of(path: Path, name: str) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("cstofacts")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = name.split(".")[: len(name.split(".")) - node.level + (path.name == "__init__.py")]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            if module == "cstofacts":  # from cstofacts import lexicon
                found |= {f"cstofacts.{a.name}" for a in node.names}
            elif module.startswith("cstofacts"):
                found.add(module)
    return found


@pytest.mark.parametrize(("name", "path"), modules(), ids=[n for n, _ in modules()])
def test_imports_go_one_way(name, path):
    kind, part = layer(name)
    wrong = []
    for imported in sorted(imports_of(path, name)):
        other_kind, other_part = layer(imported)
        if (
            (kind == "core" and other_kind != "core")
            or (kind == "feature" and other_kind == "command")
            or (
                kind == "feature"
                and other_kind == "feature"
                and other_part != part
                and (part, other_part) not in ALLOWED_BETWEEN_FEATURES
            )
        ):
            wrong.append(imported)
    assert wrong == [], f"{name} ({kind}) imports {wrong}"


def test_no_module_is_over_400_lines():
    long = {name: n for name, path in modules() if (n := len(path.read_text("utf-8").splitlines())) > 400}
    assert long == {}


def test_the_layout_is_what_the_readme_says():
    assert {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()} == {*FEATURES, "commands"}


CHECK_STAGES = ("read", "find", "compare", "judge", "decide")


def check_stage(module: str) -> int | None:
    """The stage (0-4) of a module of check/, or None for what every stage shares."""
    parts = module.split(".")
    if len(parts) >= 3 and parts[1] == "check" and parts[2] in CHECK_STAGES:
        return CHECK_STAGES.index(parts[2])  # a stage's package itself too ("from ...decide import rules")
    return None


@pytest.mark.parametrize(
    ("name", "path"),
    [(n, p) for n, p in modules() if check_stage(n) is not None],
    ids=[n for n, _ in modules() if check_stage(n) is not None],
)
def test_a_check_stage_imports_no_later_stage(name, path):
    # The pipeline runs read, find, compare, judge, decide in that order: a stage may use
    # what an earlier one made, never what a later one decides.
    stage = check_stage(name)
    later = [m for m in sorted(imports_of(path, name)) if (check_stage(m) or 0) > stage]
    assert later == [], f"{name} ({CHECK_STAGES[stage]}) imports {later}"


@pytest.mark.parametrize("name", ["words", "termsets", "lexical", "opposites", "slot"])
def test_what_every_stage_reads_with_imports_no_stage(name):
    path = PACKAGE / "check" / f"{name}.py"
    stages = [m for m in sorted(imports_of(path, f"cstofacts.check.{name}")) if check_stage(m) is not None]
    assert stages == [], f"cstofacts.check.{name} imports {stages}"


def test_a_stage_import_of_a_later_stage_package_is_seen():
    assert check_stage("cstofacts.check.decide") == CHECK_STAGES.index("decide")
    assert check_stage("cstofacts.check.words") is None


def test_check_is_laid_out_by_stage():
    check = PACKAGE / "check"
    assert sorted(p.name for p in check.iterdir() if (p / "__init__.py").exists()) == sorted(CHECK_STAGES)
    # at the top: the pipeline, and what every stage reads with (words, their terms, their
    # relations and opposites by the lexicon, the slot a comparison fills); the rest is a stage's
    shared = {"__init__.py", "pipeline.py", "words.py", "termsets.py", "lexical.py", "opposites.py", "slot.py"}
    assert {p.name for p in check.glob("*.py")} <= shared, "a module at check/'s top belongs to a stage"
