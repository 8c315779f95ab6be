"""NASHRA_EMAIL_URL: one address for the mail settings (no Django import: settings.py uses it).

    smtp://user:pass@host:587?tls=1   smtps://user:pass@host (SSL, port 465)
    console:                          file:///path/to/folder
"""

from urllib.parse import parse_qs, unquote, urlsplit

BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "smtps": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
}
TRUE = {"1", "true", "yes", "on"}


def parse_email_url(url: str) -> dict:
    """The Django settings an e-mail URL stands for; ValueError on a scheme it does not know."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in BACKENDS:
        raise ValueError(f"NASHRA_EMAIL_URL: unknown scheme {scheme!r} (smtp, smtps, console, file)")
    found = {"EMAIL_BACKEND": BACKENDS[scheme]}
    if scheme == "file":
        found["EMAIL_FILE_PATH"] = unquote(parts.path)
        return found
    if scheme == "console":
        return found
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    ssl = scheme == "smtps" or query.get("ssl", "").lower() in TRUE
    tls = not ssl and query.get("tls", "").lower() in TRUE
    found.update(
        EMAIL_HOST=parts.hostname or "localhost",
        EMAIL_PORT=parts.port or (465 if ssl else 587 if tls else 25),
        EMAIL_HOST_USER=unquote(parts.username or ""),
        EMAIL_HOST_PASSWORD=unquote(parts.password or ""),
        EMAIL_USE_SSL=ssl,
        EMAIL_USE_TLS=tls,
    )
    return found
