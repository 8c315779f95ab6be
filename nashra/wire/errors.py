"""The one error the wire desk's readers raise (parsers, encodings, fetching), in a module of its own so
that each of them can raise it without importing the others. Pure Python."""


class WireError(Exception):
    """A document the desk refuses; ``code`` names why (see ``nashra.wire.messages``)."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params
