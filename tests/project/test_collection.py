"""The suite runs in several pytest-xdist processes, and each collects the tests
itself: the ids must come out the same in every process, whenever it starts. An id
built from the clock, a random value or a set's order makes xdist stop the whole
run ("Different tests were collected between gw0 and gw1")."""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def collected_ids():
    env = {**os.environ, "PYTHONHASHSEED": str(time.monotonic_ns() % 4_000_000_000)}
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-n0", "tests"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    ).stdout
    return [line for line in out.splitlines() if "::" in line]


def test_two_collections_at_different_times_find_the_same_test_ids():
    first = collected_ids()
    time.sleep(2.1)  # zip and file dates have a resolution of two seconds
    second = collected_ids()
    assert len(first) > 1000
    assert first == second, sorted(set(first) ^ set(second))[:5]
