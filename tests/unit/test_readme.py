"""The README's Python example runs as written."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_python_example_runs() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks, "the README has a Python example"
    result = subprocess.run(
        [sys.executable, "-c", blocks[0]], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "2026-12-01 11:00:00" in result.stdout
