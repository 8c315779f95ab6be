"""The media storage class that ``NASHRA_MEDIA_URL`` selects: django-storages' S3, with a bound on waiting.

Kept out of ``storage.py`` because the settings import that module, and boto3 is installed only with
``nashra[s3]``. The bound is a plain number among the storage's arguments, not a botocore ``Config``:
Wagtail hands a storage's arguments to a background task when an image is deleted (they must be JSON).
"""

from __future__ import annotations

from botocore.config import Config
from storages.backends.s3 import S3Storage

from .storage import DEFAULT_TIMEOUT

# One retry: enough for a dropped keep-alive connection, not enough to stack waits during an outage.
ATTEMPTS = 2


class MediaStorage(S3Storage):
    """S3Storage that waits at most ``timeout`` seconds for the store to connect or answer, twice."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, **settings):
        # django-storages uses a given config whole, so the addressing style must be in it too.
        settings["client_config"] = Config(
            s3={"addressing_style": settings.get("addressing_style")}, connect_timeout=min(timeout, 5.0),
            read_timeout=timeout, retries={"max_attempts": ATTEMPTS, "mode": "standard"})
        super().__init__(**settings)
