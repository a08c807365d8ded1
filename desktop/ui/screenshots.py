"""`python -m desktop.ui.screenshots OUTDIR [--lang fa|ps] [--theme light|dark]`: the command issue 19
and the docs name; the renderer itself is desktop/ui/shell/screenshots.py."""

import sys

from desktop.ui.shell.screenshots import main

if __name__ == "__main__":
    sys.exit(main())
