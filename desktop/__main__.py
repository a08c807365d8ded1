"""Entry point: `fieldnotes` / `python -m desktop`. No arguments opens the app."""

import multiprocessing
import sys

from desktop.cli import main as cli_main


def main() -> None:
    # A bundled app starts the indexing worker process by running itself: let that run the worker.
    multiprocessing.freeze_support()
    sys.exit(cli_main())


if __name__ == "__main__":
    main()
