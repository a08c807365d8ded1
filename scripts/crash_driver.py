"""The crash harness's driver: Fieldnotes work run in a subprocess that the harness SIGKILLs.

`python scripts/crash_driver.py cli ARGS…`  the `fieldnotes` command (batches made small with
    FIELDNOTES_CRASH_BATCH, background merges sooner with FIELDNOTES_CRASH_MAX_SEGMENTS), saying
    "ready" once Python has loaded, so that the harness's random delay is spent in the command;
`python scripts/crash_driver.py edit NOTEBOOK COUNT SEED`  COUNT edits through the store API
    (annotations made and their notes changed, metadata edited), each its own transaction,
    printing "done <kind> <id> <value>" after each has committed.
The passphrase comes from FIELDNOTES_PASSPHRASE.
"""

from __future__ import annotations

import os
import random
import sys


def run_cli(argv: list[str]) -> int:
    from desktop import cli, importer
    from desktop.store.search import merging

    importer.BATCH_FILES = int(os.environ.get("FIELDNOTES_CRASH_BATCH", importer.BATCH_FILES))
    # fewer segments before a background merge, so that kills land while merges are under way
    merging.MAX_SEGMENTS = int(os.environ.get("FIELDNOTES_CRASH_MAX_SEGMENTS", merging.MAX_SEGMENTS))
    print("ready", flush=True)
    return cli.main(argv)


def run_edits(notebook: str, count: int, seed: int) -> int:
    from desktop.store.notebook import Notebook

    rng = random.Random(seed)
    print("ready", flush=True)
    with Notebook.open(notebook, os.environ.get("FIELDNOTES_PASSPHRASE") or None) as nb:
        rows = nb.article_rows(limit=10_000)
        for i in range(count):
            row = rng.choice(rows)
            kind = rng.choice(["annotate", "note", "metadata"])
            mine = [a for a in nb.annotations.for_article(row.id)]
            if kind == "note" and mine:
                target = rng.choice(mine)
                note = f"note {seed}-{i}"
                nb.annotations.update(target.id, note=note, tags=[f"Crash/Edit{seed % 7}"])
                print(f"done note {target.id} {note}", flush=True)
            elif kind == "metadata":
                title = f"Edited title {seed}-{i}"
                nb.update_metadata(row.id, {"title": title})
                print(f"done metadata {row.id} {title}", flush=True)
            else:
                text = nb.article(row.id).text
                start = rng.randrange(0, max(1, len(text) - 40))
                made = nb.annotations.create(row.id, start=start, end=start + 30, tags=["Crash/Annotated"])
                print(f"done annotate {made.id} {start}", flush=True)
    return 0


def main() -> int:
    mode, rest = sys.argv[1], sys.argv[2:]
    if mode == "cli":
        return run_cli(rest)
    if mode == "edit":
        return run_edits(rest[0], int(rest[1]), int(rest[2]))
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main())
