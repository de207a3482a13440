"""The hostile-input tests, long: the hypothesis properties of tests/test_properties.py (read -> report) and the
schemathesis run of tests/test_api_schema.py (`factdiff serve` against its own schema), with many more examples than
the suite gives them. Prints hypothesis's statistics (examples run, refused or compared) and schemathesis's counts.

Run it from the repository root with the venv active:

    HF_HUB_OFFLINE=1 python benchmarks/fuzz.py [--examples 500] [--api-examples 300]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=500, help="hypothesis examples per property test (suite: 25)")
    parser.add_argument("--api-examples", type=int, default=300, help="schemathesis examples per operation and mode (suite: 20)")
    args = parser.parse_args()
    examples = {"FACTDIFF_FUZZ_EXAMPLES": str(args.examples), "SCHEMATHESIS_EXAMPLES": str(args.api_examples)}
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **examples}
    command = [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", "--hypothesis-show-statistics"]
    tests = ["tests/test_properties.py", "tests/test_api_schema.py"]
    sys.exit(subprocess.call(command + tests, cwd=ROOT, env=env))


if __name__ == "__main__":
    main()
