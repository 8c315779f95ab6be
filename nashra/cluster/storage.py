"""Media on object storage: ``NASHRA_MEDIA_URL=s3://bucket/prefix?endpoint=…`` → Django's ``STORAGES["default"]``.

Any S3-speaking store (AWS S3, MinIO, Cloudflare R2, Ceph RGW) through django-storages and boto3.
Uploads and Wagtail's renditions then live in the bucket: a rendition is made once, by whichever app
host needs it first, and every host finds it there (the database records it). Without the setting
media stay in ``NASHRA_DATA_DIR/media`` (one host, or a shared folder).

Query parameters (all optional):

- ``endpoint`` — the store's URL (``http://127.0.0.1:9000`` for MinIO); AWS's own when absent;
- ``region`` — the bucket's region;
- ``public_url`` — where readers fetch media (a CDN or the bucket's public address), e.g.
  ``https://media.example.com/nashra-media``; default: the endpoint's address of each object;
- ``signed=1`` — signed, expiring links for a private bucket (avoid for cached pages: the link in a
  cached page may outlive its signature);
- ``addressing=path|virtual`` — path-style by default when an endpoint is given (MinIO, Ceph);
- ``timeout`` — seconds to wait for the store to connect or answer (default 10). boto3's own defaults
  (60 s, retried up to 5 times) would hold a newsroom upload, and the app thread serving it, for minutes
  while the store is frozen or unreachable; with this bound the editor gets «try again» (a 503 in Arabic,
  ``nashra.core.views``) after at most two tries.

Credentials come from the environment as boto3 reads them (``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``,
or an instance role), never from the URL.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

BACKEND = "nashra.cluster.s3.MediaStorage"
DEFAULT_TIMEOUT = 10.0


class MediaURLError(ValueError):
    pass


def s3_storage(media_url: str) -> dict:
    """The ``STORAGES["default"]`` entry that ``media_url`` describes."""
    parts = urlsplit(media_url)
    if parts.scheme != "s3" or not parts.netloc:
        raise MediaURLError(f"NASHRA_MEDIA_URL must look like s3://bucket/prefix?endpoint=…, not {media_url!r}")
    if parts.username or parts.password:
        raise MediaURLError("NASHRA_MEDIA_URL must not hold credentials: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    options: dict = {
        "bucket_name": parts.netloc,
        "location": parts.path.strip("/"),
        # Two uploads called «photo.jpg» must not replace each other: the second gets a suffix.
        "file_overwrite": False,
        "querystring_auth": query.get("signed", "") in {"1", "true", "yes"},
        "default_acl": None,  # the bucket's policy decides who reads
    }
    if endpoint := query.get("endpoint"):
        options["endpoint_url"] = endpoint
    if region := query.get("region"):
        options["region_name"] = region
    addressing = query.get("addressing") or ("path" if endpoint else "")
    if addressing:
        if addressing not in {"path", "virtual"}:
            raise MediaURLError("addressing must be «path» or «virtual»")
        options["addressing_style"] = addressing
    if public_url := query.get("public_url"):
        public = urlsplit(public_url)
        options["custom_domain"] = (public.netloc + public.path).rstrip("/")
        options["url_protocol"] = f"{public.scheme or 'https'}:"
    options["timeout"] = _seconds(query.get("timeout", ""))
    return {"BACKEND": BACKEND, "OPTIONS": options}


def _seconds(timeout: str) -> float:
    try:
        seconds = float(timeout) if timeout else DEFAULT_TIMEOUT
    except ValueError:
        seconds = -1
    if not 0 < seconds <= 600:
        raise MediaURLError(f"timeout must be a number of seconds between 0 and 600, not {timeout!r}")
    return seconds
