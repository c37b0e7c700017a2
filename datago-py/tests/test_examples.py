"""The README's Python blocks and the Python quickstart run as written."""

import pathlib
import re
import runpy
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_readme_python_blocks(capsys):
    for readme in (ROOT / "README.md", ROOT / "datago-py" / "README.md"):
        blocks = re.findall(r"```python\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)
        assert blocks, readme
        for block in blocks:
            exec(compile(block, str(readme), "exec"), {})


def test_quickstart_runs():
    out = subprocess.run([sys.executable, str(ROOT / "examples/python/quickstart.py")], capture_output=True, text=True, check=True)
    assert "valid" in out.stdout.lower()
