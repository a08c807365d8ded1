"""Peak memory of importing a batch that holds one large text file (issue 17: 803 MB for 40 MB).

Each case runs `fieldnotes import` in a fresh subprocess on a new encrypted notebook and reports
the peak resident set size of that process (getrusage ru_maxrss), of the helper processes it
started (indexing workers, RUSAGE_CHILDREN), and the Python heap's peak (tracemalloc) for the
read alone. Figures go to docs/RELIABILITY.md; this is a benchmark, not a timed test.

    python bench/memory_bench.py [--mb 40] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

LINE = "طالبان پنج سرباز پیشین را بازداشت کرده‌اند. The Taliban detained five soldiers in Kunduz.\n"
SINGLE_LINE_WORDS = "detention former soldiers Kunduz released witnesses "

# In the subprocess: import, then print its own peak RSS and its children's, in KiB.
MEASURE = """
import json, resource, sys
from desktop import cli
code = cli.main(sys.argv[1:])
print(json.dumps({"code": code,
    "self_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "children_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}), file=sys.stderr)
"""


def write_batch(folder: Path, mb: int, *, one_line: bool) -> int:
    """A 40 MB (or `mb`) text file and 20 small ones; returns the large file's size."""
    folder.mkdir(parents=True)
    unit = SINGLE_LINE_WORDS if one_line else LINE
    count = mb * 2**20 // len(unit.encode())
    big = folder / "big.txt"
    with big.open("w", encoding="utf-8") as out:
        out.write("A very large report\n\n")
        for _ in range(count // 1000):
            out.write(unit * 1000)
    for i in range(20):
        (folder / f"small-{i:02d}.txt").write_text(f"Report {i}\n\n{LINE * 30}", encoding="utf-8")
    return big.stat().st_size


def measure(mb: int, *, one_line: bool) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="fieldnotes-membench-") as tmp:
        folder = Path(tmp) / "in"
        size = write_batch(folder, mb, one_line=one_line)
        notebook = Path(tmp) / "bench.fieldnotes"
        env = {**os.environ, "FIELDNOTES_PASSPHRASE": "memory bench"}
        subprocess.run([sys.executable, "-m", "desktop", "new", str(notebook)], env=env, check=True)
        run = subprocess.run(
            [sys.executable, "-c", MEASURE, "--notebook", str(notebook), "import", str(folder)],
            env=env,
            capture_output=True,
            text=True,
        )
        figures = json.loads(run.stderr.strip().splitlines()[-1])
        return {
            "case": f"{size / 2**20:.0f} MB text file{' on one line' if one_line else ''} + 20 small files",
            "exit": figures["code"],
            "peak_rss_mb": round(figures["self_kib"] / 1024),
            "helpers_peak_rss_mb": round(figures["children_kib"] / 1024),
            "imported": run.stdout.count("imported "),
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=40)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = [measure(args.mb, one_line=False), measure(args.mb, one_line=True)]
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for r in results:
            print(
                f"{r['case']}: peak RSS {r['peak_rss_mb']} MB (helpers {r['helpers_peak_rss_mb']} MB), "
                f"{r['imported']} imported, exit {r['exit']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
