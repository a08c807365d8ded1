"""resources/ as the package `fieldnotes_resources` in the wheel (see setup.py and desktop/resources.py)."""
