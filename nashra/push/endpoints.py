"""What a browser may hand us as a push subscription. The endpoint is a URL we will later POST to, so
it must belong to a known push service (anything else would let a visitor make our servers call any
address: an internal one, a victim's); the keys must be what RFC 8291 needs. Pure Python."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from urllib.parse import urlsplit

#: The browsers' push services (Chrome/Edge/Opera: FCM; Firefox: Mozilla; Edge legacy: WNS; Safari: Apple).
DEFAULT_SERVICES = ("fcm.googleapis.com", "push.services.mozilla.com", "notify.windows.com", "push.apple.com")
MAX_ENDPOINT = 1000


class BadSubscription(ValueError):
    """Why a subscription is refused (a short code; the view words it in Arabic)."""


@dataclass(frozen=True)
class Subscription:
    endpoint: str
    p256dh: str
    auth: str

    @property
    def origin(self) -> str:
        parts = urlsplit(self.endpoint)
        return f"{parts.scheme}://{parts.netloc}"


def _b64(value: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError) as exc:
        raise BadSubscription("keys") from exc


def host_allowed(host: str, services) -> bool:
    host = host.lower().rstrip(".")
    return any(host == s or host.endswith("." + s) for s in services)


def parse(data, services=DEFAULT_SERVICES, plain_http_hosts=()) -> Subscription:
    """A :class:`Subscription` from the JSON ``PushSubscription.toJSON()`` gives, or BadSubscription.
    ``plain_http_hosts``: hosts reached over http (a local push service in tests); all others https."""
    if not isinstance(data, dict):
        raise BadSubscription("shape")
    endpoint, keys = data.get("endpoint"), data.get("keys")
    if not isinstance(endpoint, str) or not isinstance(keys, dict) or len(endpoint) > MAX_ENDPOINT:
        raise BadSubscription("shape")
    parts = urlsplit(endpoint)
    host = (parts.hostname or "").lower()
    if parts.username or parts.password or not host:
        raise BadSubscription("endpoint")
    if parts.scheme != "https" and not (parts.scheme == "http" and host in plain_http_hosts):
        raise BadSubscription("endpoint")
    if not host_allowed(host, services):
        raise BadSubscription("service")
    p256dh, auth = keys.get("p256dh"), keys.get("auth")
    if not isinstance(p256dh, str) or not isinstance(auth, str) or len(p256dh) > 200 or len(auth) > 50:
        raise BadSubscription("keys")
    point, secret = _b64(p256dh), _b64(auth)
    if len(point) != 65 or point[0] != 4 or len(secret) != 16:
        raise BadSubscription("keys")
    return Subscription(endpoint, p256dh, auth)
