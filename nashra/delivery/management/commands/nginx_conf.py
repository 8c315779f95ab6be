"""``nashra nginx_conf``: the nginx front for a network's production hosts, printed for this install.

nginx in front of ``nashra serve`` ends TLS, serves the fingerprinted static files and media from
disk, and keeps a *micro-cache* of the pages Nashra caches itself: only responses that carry
``X-Accel-Expires`` (set by the page cache, ``NASHRA_FRONT_CACHE_SECONDS``, default 1 s) are kept,
and only that long, so a purge in Nashra reaches readers through nginx within a second. Editors
(session cookie), Authorization headers and POSTs pass straight through; a response that sets a
cookie is never kept. Conditional requests (``If-None-Match``) are answered 304 by nginx from its
copy, and its expired copies are revalidated against Nashra's page cache (which answers 304 itself,
:mod:`nashra.delivery.conditional`). While one request refreshes a page the others get the copy nginx has, and
when Nashra is down or failing nginx serves its last copy (``proxy_cache_use_stale``).

Usage::

    nashra nginx_conf --server-name eg.example.com --server-name lb.example.com > /etc/nginx/conf.d/nashra.conf

The output goes in nginx's ``http`` block (``conf.d`` is included there); add TLS to the
``server`` block (``listen 443 ssl`` and certificates) and set ``NASHRA_HTTPS=1`` and
``NASHRA_PROXY_COUNT=1`` for Nashra.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _

from nashra.security.middleware import MEDIA_CSP

TEMPLATE = """\
# Nashra behind nginx — printed by `nashra nginx_conf` (see nashra/delivery/management/commands/nginx_conf.py).
proxy_cache_path {cache_dir} levels=1:2 keys_zone=nashra_pages:{zone_mb}m max_size={max_size} inactive=10m
                 use_temp_path=off;

# Nashra stores each page plain, brotli and gzip (Vary: Accept-Encoding); the micro-cache keeps one copy
# per coding, keyed on the coding a client takes rather than on its whole Accept-Encoding string.
map $http_accept_encoding $nashra_coding {{
    default "";
    ~*\\bbr\\b br;
    ~*\\bgzip\\b gzip;
}}

# One line per app host (--upstream, repeated). A host that fails is left out for a while; its
# requests go to the next (proxy_next_upstream below). /readyz answers 503 when a host cannot serve.
upstream nashra_app {{
{upstream_servers}
    keepalive 64;
}}

server {{
    listen {listen};
    server_name {server_names};
    client_max_body_size 20m;

    # Fingerprinted by collectstatic (ManifestStaticFilesStorage): kept for a year; .gz files sit beside them.
    location {static_url} {{
        alias {static_root}/;
        gzip_static on;
        add_header Cache-Control "public, max-age=31536000, immutable";
    }}
    location {media_url} {{
        alias {media_root}/;
        add_header Cache-Control "public, max-age=604800";
        # The same sandbox the app gives /media/: an uploaded file never runs as a page of the site.
        add_header Content-Security-Policy "{media_csp}" always;
        add_header X-Content-Type-Options nosniff always;
        add_header Cross-Origin-Resource-Policy same-origin always;
    }}

    # No app host answered (all down, or the one holding a POST died: a POST is never sent twice).
    # nginx's own 502/504 page is English; readers and the comment form's script get Nashra's Arabic
    # «try again» as a 503 with Retry-After instead, as the app itself answers an outage.
    error_page 502 504 =503 @nashra_unavailable;
    location @nashra_unavailable {{
        default_type "text/html; charset=utf-8";
        add_header Retry-After 30 always;
        add_header Cache-Control no-store always;
        return 503 '{unavailable_page}';
    }}

    location / {{
        proxy_pass http://nashra_app;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header Accept-Encoding $nashra_coding;
        # One id per request, in nginx's log and in Nashra's (X-Request-ID, NASHRA_LOG_FORMAT=json).
        proxy_set_header X-Request-ID $request_id;
        # A host that refuses or fails: the request tries the next one (never a POST twice). Not on a
        # 503: that is the app's own Arabic answer when the database is away, which every host shares;
        # counted as a host failure it would take all hosts out at once (502s for fail_timeout).
        proxy_next_upstream error timeout http_502 http_504;
        proxy_next_upstream_tries 2;

        proxy_cache nashra_pages;
        proxy_cache_key $scheme$host$request_uri$nashra_coding;
        # Only X-Accel-Expires decides (Nashra sends it on what its own cache keeps); without it
        # nothing is kept, whatever Cache-Control says to browsers and CDNs.
        proxy_ignore_headers Cache-Control Expires;
        # Editors, and a reader just after their own comment (nashra_primary): always fresh pages.
        proxy_cache_bypass $cookie_{session_cookie} $cookie_nashra_primary $http_authorization;
        proxy_no_cache $cookie_{session_cookie} $cookie_nashra_primary $http_authorization;
        # If-None-Match: nginx answers it itself (304, ETag/Cache-Control/Vary kept) from the copy it
        # keeps, and on a miss asks Nashra without it, so a 304 is never what it keeps. When its copy
        # expires it asks Nashra with that copy's ETag (revalidate): Nashra's page cache answers 304
        # from memory, without the body. Editors (bypass) reach Nashra with their own If-None-Match.
        proxy_cache_revalidate on;
        proxy_cache_lock on;
        proxy_cache_lock_timeout 5s;
        proxy_cache_background_update on;
        proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
        add_header X-Front-Cache $upstream_cache_status always;
    }}
}}
"""


class Command(BaseCommand):
    help = "Print an nginx configuration (the http-block part) that fronts nashra serve with a 1 s micro-cache."

    def add_arguments(self, parser):
        parser.add_argument("--server-name", action="append", dest="server_names", default=[],
                            help="a host name of an edition (repeat); default: any host")
        parser.add_argument("--listen", default="80", help="nginx's listen directive (default 80)")
        parser.add_argument("--upstream", action="append", dest="upstream", default=[],
                            help="where nashra serve listens (repeat for several app hosts; default 127.0.0.1:8000)")
        parser.add_argument("--cache-dir", default="/var/cache/nginx/nashra", help="nginx's page micro-cache")
        parser.add_argument("--max-size", default="2g", help="on-disk bound of the micro-cache")

    def handle(self, *args, server_names, listen, upstream, cache_dir, max_size, **options):
        self.stdout.write(render(server_names=server_names, listen=listen, upstream=upstream,
                                 cache_dir=cache_dir, max_size=max_size), ending="")


def render(*, server_names=(), listen="80", upstream: str | list[str] = "127.0.0.1:8000",
           cache_dir="/var/cache/nginx/nashra", max_size="2g") -> str:
    hosts = [upstream] if isinstance(upstream, str) else list(upstream) or ["127.0.0.1:8000"]
    upstream_servers = "\n".join(f"    server {host} max_fails=3 fail_timeout=10s;" for host in hosts)
    return TEMPLATE.format(
        cache_dir=cache_dir, zone_mb=50, max_size=max_size, upstream_servers=upstream_servers, listen=listen,
        server_names=" ".join(server_names) or "_",
        static_url=settings.STATIC_URL, static_root=str(settings.STATIC_ROOT).rstrip("/"),
        media_csp=MEDIA_CSP, media_url=settings.MEDIA_URL, media_root=str(settings.MEDIA_ROOT).rstrip("/"),
        session_cookie=settings.SESSION_COOKIE_NAME, unavailable_page=unavailable_page(),
    )


def unavailable_page() -> str:
    """The Arabic page nginx answers when no app host does (one line: it sits in a quoted nginx string)."""
    with translation.override(settings.LANGUAGE_CODE):
        page = (
            '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">'
            f'<title>{escape(_("الخدمة غير متاحة مؤقتًا"))}</title>'
            '<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;'
            'line-height:1.7}</style></head><body><main>'
            f'<h1>{escape(_("الموقع مشغول للحظات"))}</h1>'
            f'<p>{escape(_("لم نتمكن من تحميل هذه الصفحة الآن. يُرجى إعادة المحاولة بعد نصف دقيقة."))}</p>'
            f'<p><a href="/">{escape(_("العودة إلى الصفحة الرئيسية"))}</a></p></main></body></html>'
        )
    # Inside nginx's single quotes: no quote, backslash or variable may appear.
    return page.replace("\\", "").replace("'", "&#39;").replace("$", "&#36;")
