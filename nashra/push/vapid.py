"""The network's VAPID key pair (RFC 8292): push services accept our alerts only when signed with it,
and browsers subscribe with its public half. Generated once and kept with the data dir
(``DATA_DIR/push/vapid_private.pem``), or given by ``NASHRA_VAPID_PRIVATE_KEY`` (a PEM, or the
base64url raw key) so that several app hosts share one pair. Changing it orphans every subscription.
"""

from __future__ import annotations

import base64
import os
import threading
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.conf import settings
from py_vapid import Vapid

_lock = threading.Lock()


def key_path() -> Path:
    return Path(settings.DATA_DIR) / "push" / "vapid_private.pem"


@lru_cache(maxsize=1)
def signer() -> Vapid:
    configured = settings.NASHRA_VAPID_PRIVATE_KEY
    if configured:
        if "BEGIN" in configured:
            return Vapid.from_pem(configured.encode())
        return Vapid.from_string(private_key=configured)
    path = key_path()
    with _lock:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            vapid = Vapid()
            vapid.generate_keys()
            tmp = path.with_suffix(".tmp")
            vapid.save_key(str(tmp))
            os.chmod(tmp, 0o600)
            tmp.replace(path)  # another process racing us writes a whole file too; one wins, both read it
    return Vapid.from_file(str(path))


def application_server_key() -> str:
    """The public key as browsers want it in ``pushManager.subscribe`` (base64url, uncompressed point)."""
    raw = signer().public_key.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def headers_for(endpoint_origin: str) -> dict[str, str]:
    """The Authorization header for one push service (the audience is its origin)."""
    claims = {"aud": endpoint_origin, "sub": settings.NASHRA_VAPID_SUBJECT}
    return signer().sign(claims)
