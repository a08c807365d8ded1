"""The store's exceptions: each carries one line a user can act on."""


class NotebookError(Exception):
    """Something went wrong with a notebook; `str()` is a message for the user."""


class WrongPassphrase(NotebookError):
    """The passphrase does not unlock this notebook (or the file is not a notebook)."""


class NotFound(NotebookError):
    """No record with that id (or it was deleted)."""


class IntegrityError(NotebookError):
    """A check found the notebook damaged."""
