"""The desktop app: PySide6 windows, panels, dialogs, item models and workers over the store."""
