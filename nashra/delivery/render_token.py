"""What a page render saw of the store before it read anything (see ``begin`` of the stores)."""

from typing import NamedTuple


class RenderToken(NamedTuple):
    kind: str  # which store issued it ("local", "redis"): a token is only good for its own store
    generation: int  # the bucket's page generation when the render began
    purges: int  # the store's purge sequence number when the render began
