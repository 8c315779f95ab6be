"""A push service on loopback standing in for the browsers' (FCM, Mozilla, Apple): it decrypts each
message with the private key of the browser it was meant for (RFC 8291, aes128gcm), checks the VAPID
signature (RFC 8292) and answers 201, 404 or 410 as a test scripts it. Nothing is mocked."""

import base64
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Browser:
    """One browser's push subscription: its own key pair and auth secret, as the Push API makes them."""

    def __init__(self, service, name):
        self.name = name
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.auth = os.urandom(16)
        self.endpoint = f"{service.base}/push/{name}"
        service.browsers[name] = self

    def subscription(self) -> dict:
        point = self.key.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
        return {"endpoint": self.endpoint, "keys": {"p256dh": b64(point), "auth": b64(self.auth)}}


def verify_vapid(header: str, audience: str) -> dict:
    """The claims of a valid ``vapid t=…, k=…`` header (raises if the signature or audience is wrong)."""
    assert header.startswith("vapid "), header
    params = dict(part.strip().split("=", 1) for part in header[6:].split(","))
    token, key = params["t"], params["k"]
    head, claims, signature = token.split(".")
    public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64(key))
    raw = unb64(signature)
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    public.verify(der, f"{head}.{claims}".encode(), ec.ECDSA(hashes.SHA256()))
    data = json.loads(unb64(claims))
    assert data["aud"] == audience and data["sub"].startswith("mailto:"), data
    return {"claims": data, "key": key}


class PushService:
    def __init__(self):
        self.browsers: dict[str, Browser] = {}
        self.received: list[dict] = []
        self.answers: dict[str, int] = {}  # browser name → status to answer (default 201)
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                name = self.path.rsplit("/", 1)[-1]
                browser = service.browsers[name]
                message = http_ece.decrypt(body, private_key=browser.key, auth_secret=browser.auth,
                                           version="aes128gcm")
                vapid = verify_vapid(self.headers["Authorization"], service.base)
                service.received.append({"browser": name, "data": json.loads(message), "vapid": vapid,
                                         "headers": {k.lower(): v for k, v in self.headers.items()}})
                self.send_response(service.answers.get(name, 201))
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def browser(self, name) -> Browser:
        return Browser(self, name)

    def to(self, name) -> list[dict]:
        return [r for r in self.received if r["browser"] == name]


@pytest.fixture
def push_service(settings, tmp_path):
    from nashra.push import sending, vapid

    settings.DATA_DIR = tmp_path  # a fresh VAPID key pair, made on first use
    settings.NASHRA_PUSH_SERVICES = ("127.0.0.1",)
    settings.NASHRA_PUSH_PLAIN_HTTP_HOSTS = ("127.0.0.1",)
    vapid.signer.cache_clear()
    sending._signatures.clear()
    service = PushService()
    yield service
    service.server.shutdown()
    vapid.signer.cache_clear()
    sending._signatures.clear()
