"""Nashra settings, read from the environment (12-factor).

Unset variables give the embedded default: SQLite in WAL mode and Django's
local-memory cache under ``NASHRA_DATA_DIR`` (``./var`` by default), so that
``make run`` needs nothing else. ``DATABASE_URL`` and ``REDIS_URL`` select
PostgreSQL and Redis for several stateless app processes.
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, "") or default)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number.") from None


def env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, "") or default)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number.") from None


PACKAGE_DIR = Path(__file__).resolve().parent
BASE_DIR = PACKAGE_DIR.parent
DATA_DIR = Path(os.environ.get("NASHRA_DATA_DIR") or BASE_DIR / "var").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("NASHRA_DEBUG")
TESTING = env_bool("NASHRA_TESTING") or "pytest" in sys.modules

SECRET_KEY = os.environ.get("NASHRA_SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG or TESTING:
        SECRET_KEY = "nashra-insecure-development-key-do-not-use-in-production"
    else:
        # A production process without a secret would sign sessions with a
        # guessable key: refuse to start and say what to do instead.
        _key_file = DATA_DIR / "secret_key"
        if os.environ.get("NASHRA_AUTO_SECRET", "") == "1":
            if not _key_file.exists():
                from secrets import token_urlsafe

                _key_file.write_text(token_urlsafe(50))
                _key_file.chmod(0o600)
            SECRET_KEY = _key_file.read_text().strip()
        else:
            raise ImproperlyConfigured(
                "NASHRA_SECRET_KEY is not set. Set it to a long random string "
                "(python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
                "or set NASHRA_DEBUG=1 for development."
            )

ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("NASHRA_ALLOWED_HOSTS", "localhost,127.0.0.1,.localhost,[::1]").split(",")
    if h.strip()
]

INSTALLED_APPS = [
    "nashra.core",
    "django_tasks",
    "nashra.deadletters",
    "django_tasks_db",  # the tasks queue in the database: `nashra worker` (and `nashra serve`) runs it
    "nashra.editions",
    "nashra.articles",
    "nashra.importing",
    "nashra.api",
    "nashra.demo",
    "nashra.search",
    "nashra.prayer",
    "nashra.horoscopes",
    "nashra.caricatures",
    "nashra.infopages",
    "nashra.comments",
    "nashra.push",  # breaking alerts by web push
    "nashra.wire",  # the wire desk: agency sources, the queue, drafts from wire items
    "nashra.newsletters",  # e-mail newsletters per edition (reads articles and picks)
    "nashra.liveblog",  # live blogs: below articles (its page sits in a section), above delivery
    "nashra.picks",  # editors' picks: below articles (it reads their pages), above delivery (which purges them)
    "nashra.breaking",  # breaking mode: pins a story (ticker, leads), shortens page lifetimes, alerts
    "nashra.dashboard",  # the newsroom's numbers: views, top stories, publishing, comments, searches
    "nashra.cluster",  # several hosts: read replicas, /readyz, request ids in the logs, media on object storage
    "nashra.delivery",
    "nashra.syndication",
    "nashra.security",
    "nashra.newsroom",  # before wagtail.admin: its templates and Arabic wording win over Wagtail's
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "axes",  # login brute-force protection (settings under «Security» below)
    *(["django_otp", "django_otp.plugins.otp_totp"] if env_bool("NASHRA_2FA", True) else []),
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # X-Request-ID in the answer and in every log line of the request (nashra/cluster).
    "nashra.cluster.middleware.RequestIdMiddleware",
    "nashra.security.middleware.RefuseMethodsMiddleware",
    # Outermost, so a cache hit costs almost nothing (issue 6).
    "nashra.delivery.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "nashra.security.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Optional TOTP two-factor: the newsroom asks for the code after the password (NASHRA_2FA=0: off).
    *(["django_otp.middleware.OTPMiddleware", "nashra.security.twofactor.RequireOTPMiddleware"]
      if env_bool("NASHRA_2FA", True) else []),
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "nashra.editions.middleware.EditionMiddleware",
    # Turns a locked-out login into the Arabic lockout answer; after authentication (it needs the user).
    "axes.middleware.AxesMiddleware",
]
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]

ROOT_URLCONF = "nashra.urls"
CSRF_FAILURE_VIEW = "nashra.core.views.csrf_failure"
WSGI_APPLICATION = "nashra.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nashra.editions.context_processors.edition",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
_sqlite_path = DATA_DIR / "nashra.sqlite3"
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{_sqlite_path}",
        conn_max_age=int(os.environ.get("NASHRA_DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while a writer commits; IMMEDIATE transactions
    # avoid "database is locked" upgrades under concurrent writers.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = False
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA busy_timeout=20000; PRAGMA foreign_keys=ON;"
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Read replicas (nashra/cluster): reader pages' reads from a healthy replica, the rest from the primary.
DATABASE_REPLICA_URLS = [url.strip() for url in os.environ.get("DATABASE_REPLICA_URLS", "").split(",") if url.strip()]
NASHRA_REPLICA_MAX_LAG = env_float("NASHRA_REPLICA_MAX_LAG", 5.0)  # seconds behind the primary, at most
NASHRA_REPLICA_CHECK_SECONDS = env_float("NASHRA_REPLICA_CHECK_SECONDS", 3.0)  # per process, per replica
NASHRA_REPLICA_PIN_SECONDS = env_int("NASHRA_REPLICA_PIN_SECONDS", 15)  # a reader's own writes: primary
for _number, _url in enumerate(DATABASE_REPLICA_URLS, start=1):
    DATABASES[f"replica{_number}"] = {
        **dj_database_url.parse(_url, conn_max_age=DATABASES["default"]["CONN_MAX_AGE"], conn_health_checks=True),
        "TEST": {"MIRROR": "default"},
    }
if DATABASE_REPLICA_URLS:
    DATABASE_ROUTERS = ["nashra.cluster.dbrouter.ReplicaRouter"]
    MIDDLEWARE.insert(MIDDLEWARE.index("nashra.security.middleware.RefuseMethodsMiddleware") + 1,
                      "nashra.cluster.middleware.ReadScopeMiddleware")
# A database that does not answer must not hold a request (or /readyz) for minutes.
for _database in DATABASES.values():
    if _database["ENGINE"] == "django.db.backends.postgresql":
        _database.setdefault("OPTIONS", {}).setdefault("connect_timeout", env_int("NASHRA_DB_CONNECT_TIMEOUT", 5))

# --- Cache ----------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
# A Redis call slower than this counts as a failure (the breaker opens; pages work from memory).
# The test suite waits longer: a shared, loaded machine must not turn a slow answer into a flaky test.
NASHRA_REDIS_TIMEOUT = env_float("NASHRA_REDIS_TIMEOUT", 2.0 if TESTING else 0.5)
if REDIS_URL:
    CACHES = {
        "default": {
            # django-redis behind a circuit breaker: Redis down must not take pages down, nor slow
            # them, nor flood the log (nashra/core/cache.py).
            "BACKEND": "nashra.core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("NASHRA_CACHE_PREFIX", "nashra"),
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": NASHRA_REDIS_TIMEOUT,
                "SOCKET_TIMEOUT": NASHRA_REDIS_TIMEOUT,
            },
        }
    }
else:
    # Bytes each process keeps in local memory besides its pages: fragments (an article's text and byline,
    # lists, footer) and Wagtail's renditions. Bounded by bytes, least recently used out first: fragments
    # run from ~300 bytes to tens of KB (a long article), so a bound by count alone would let a worker's
    # memory follow what the newsroom writes (nashra.core.local_cache).
    NASHRA_FRAGMENT_CACHE_BYTES = env_int("NASHRA_FRAGMENT_CACHE_BYTES", 16 << 20)
    NASHRA_RENDITION_CACHE_BYTES = env_int("NASHRA_RENDITION_CACHE_BYTES", 4 << 20)
    CACHES = {
        # Page-cache generations, the pages' shared fragments (nashra.core.scopes), counters.
        # The bound is the bytes; the count is only there because Django's backend has one.
        "default": {"BACKEND": "nashra.core.local_cache.BoundedLocMemCache", "LOCATION": "nashra",
                    "OPTIONS": {"MAX_ENTRIES": 100_000, "MAX_BYTES": NASHRA_FRAGMENT_CACHE_BYTES}},
        # Wagtail keeps every rendition it looks up in "renditions" when that cache exists: a large
        # archive's thumbnails then cannot push the generations and fragments out of "default".
        "renditions": {"BACKEND": "nashra.core.local_cache.BoundedLocMemCache", "LOCATION": "nashra-renditions",
                       "OPTIONS": {"MAX_ENTRIES": 100_000, "MAX_BYTES": NASHRA_RENDITION_CACHE_BYTES}},
    }

# What every app process must see alike without Redis (the comment form's security code): a cache
# table in the database, created by nashra.security's migration (nashra/security/shared.py).
# Django culls a third of a database cache past MAX_ENTRIES (300 by default): that would drop live
# security codes of a busy evening's readers, so the bound is set far above what 20 minutes hold.
CACHES["shared_db"] = {"BACKEND": "django.core.cache.backends.db.DatabaseCache",
                       "LOCATION": "nashra_shared_cache", "TIMEOUT": 20 * 60,
                       "OPTIONS": {"MAX_ENTRIES": 200_000}}

# --- Passwords, sessions ----------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SESSION_COOKIE_AGE = 60 * 60 * env_int("NASHRA_SESSION_HOURS", 12)  # newsroom sessions
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False
PASSWORD_RESET_TIMEOUT = 60 * 60 * 2

# --- Language and time ------------------------------------------------------
LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", "العربية"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static and media -------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Media on object storage (S3, MinIO, R2, Ceph): s3://bucket/prefix?endpoint=…&public_url=… (nashra/cluster/storage.py).
NASHRA_MEDIA_URL = os.environ.get("NASHRA_MEDIA_URL", "").strip()
if NASHRA_MEDIA_URL:
    from nashra.cluster.storage import s3_storage  # noqa: E402  (pure Python)

    STORAGES["default"] = s3_storage(NASHRA_MEDIA_URL)
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365
WHITENOISE_USE_FINDERS = DEBUG or TESTING
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- E-mail (password resets, workflow notices, lockout warnings) ----------------------
# A mail server with NASHRA_EMAIL_HOST (and the lines below) or NASHRA_EMAIL_URL.
EMAIL_HOST = os.environ.get("NASHRA_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("NASHRA_EMAIL_PORT", "") or (465 if env_bool("NASHRA_EMAIL_SSL") else 587
                                                            if env_bool("NASHRA_EMAIL_TLS") else 25))
EMAIL_HOST_USER = os.environ.get("NASHRA_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("NASHRA_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("NASHRA_EMAIL_TLS")
EMAIL_USE_SSL = env_bool("NASHRA_EMAIL_SSL")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("NASHRA_EMAIL_FROM", "nashra@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Nothing configured: a development server prints mails, production writes them to DATA_DIR/mail/
# (one file each; `nashra serve` says where) rather than failing on a mail server that is not there.
EMAIL_FILE_PATH = str(DATA_DIR / "mail")
EMAIL_BACKEND = os.environ.get("NASHRA_EMAIL_BACKEND", "") or (
    "django.core.mail.backends.smtp.EmailBackend" if "NASHRA_EMAIL_HOST" in os.environ
    else "django.core.mail.backends.console.EmailBackend" if DEBUG
    else "django.core.mail.backends.filebased.EmailBackend")
# NASHRA_EMAIL_URL (smtp://user:pass@host:587?tls=1, smtps://…, console:, file:///path) overrides the above.
if os.environ.get("NASHRA_EMAIL_URL"):
    from nashra.core.email_url import parse_email_url

    globals().update(parse_email_url(os.environ["NASHRA_EMAIL_URL"]))
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("NASHRA_EMAIL_TLS and NASHRA_EMAIL_SSL exclude each other: choose one.")

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "نشرة"
# The newsroom's public address: password resets and workflow mails link to it (a deploy check
# warns while it is still the loopback default).
DEFAULT_ADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAILADMIN_BASE_URL = os.environ.get("NASHRA_ADMIN_BASE_URL", DEFAULT_ADMIN_BASE_URL).rstrip("/")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("ar", "العربية")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ar", "العربية"), ("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False  # Wagtail's release notes are not the journalists' business
# «حسابي» offers the zones of the Arab world (and UTC, London, Paris for correspondents), not all 600.
WAGTAIL_USER_TIME_ZONES = [
    "Africa/Algiers", "Africa/Cairo", "Africa/Casablanca", "Africa/Khartoum", "Africa/Nouakchott", "Africa/Tripoli",
    "Africa/Tunis", "Asia/Aden", "Asia/Amman", "Asia/Baghdad", "Asia/Bahrain", "Asia/Beirut", "Asia/Damascus",
    "Asia/Dubai", "Asia/Gaza", "Asia/Kuwait", "Asia/Muscat", "Asia/Qatar", "Asia/Riyadh", "Europe/London",
    "Europe/Paris", "UTC",
]
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("NASHRA_IMAGE_MAX_MB", 10) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "nashra.security.image_forms.SafeImageForm"  # checks what an upload really is
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests from the newsroom (avatars)
FILE_UPLOAD_PERMISSIONS = 0o644
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o755
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Videos of articles (MP4/WebM, checked by their bytes in nashra/articles/blocks.py) and their WebVTT captions.
WAGTAILDOCS_EXTENSIONS = ["pdf", "mp4", "webm", "vtt"]
NASHRA_VIDEO_MAX_MB = env_int("NASHRA_VIDEO_MAX_MB", 200)
# AVIF renditions beside WebP where Pillow can write them (off in tests: an AVIF encode costs ~0.7 s).
NASHRA_IMAGE_AVIF = env_bool("NASHRA_IMAGE_AVIF", True) and not TESTING
WAGTAILREDIRECTS_AUTO_CREATE = False  # bulk moves of big sections (see shared notes)
# The wire desk: seconds per source, hours a new item is compared with, folders sources may read,
# and (tests only) feeds on 127.0.0.1.
NASHRA_WIRE_TIMEOUT = env_float("NASHRA_WIRE_TIMEOUT", 10.0)
NASHRA_WIRE_CLUSTER_HOURS = env_int("NASHRA_WIRE_CLUSTER_HOURS", 48)
NASHRA_WIRE_DROP_ROOTS = [p for p in os.environ.get("NASHRA_WIRE_DROP_ROOTS", "").split(os.pathsep) if p] + [
    str(PACKAGE_DIR / "wire" / "samples")]
NASHRA_WIRE_ALLOW_LOOPBACK = env_bool("NASHRA_WIRE_ALLOW_LOOPBACK", False)
NASHRA_ADMIN_PATH = os.environ.get("NASHRA_ADMIN_PATH", "newsroom").strip("/") or "newsroom"
# Wagtail's own database search is kept off for saves: each save recomputes
# over the whole index table (measured +300 ms at 60 k rows). Nashra's Arabic
# index replaces it for articles.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
# Bulk imports into SQLite check the next lines (JSON, fields, nh3) in this many forked helper processes
# while the importing process writes (nashra/importing/prepare.py); 0 keeps all in one process.
NASHRA_IMPORT_HELPERS = env_int("NASHRA_IMPORT_HELPERS", 1)
# `nashra reindex` on PostgreSQL writes its batches over this many connections side by side (the server's
# to_tsvector and GIN inserts are most of the work: one connection keeps one core busy); 1 writes one at a time.
NASHRA_REINDEX_WRITERS = env_int("NASHRA_REINDEX_WRITERS", 2)
# Newsletters: mails per minute over all lists (a batch waits for the next minute beyond it), how long
# a confirmation link lives, and sign-ups allowed per client address and per e-mail (count, seconds).
NASHRA_NEWSLETTER_PER_MINUTE = int(os.environ.get("NASHRA_NEWSLETTER_PER_MINUTE", "") or 600)
NASHRA_NEWSLETTER_BATCH = env_int("NASHRA_NEWSLETTER_BATCH", 500)  # mails per task (then the next is queued)
NASHRA_NEWSLETTER_PARALLEL = env_int("NASHRA_NEWSLETTER_PARALLEL", 2)  # batch chains per issue (workers at once)
NASHRA_NEWSLETTER_CONFIRM_HOURS = int(os.environ.get("NASHRA_NEWSLETTER_CONFIRM_HOURS", "") or 48)
NASHRA_NEWSLETTER_SIGNUP_RATES = {"address": (10, 3600), "email": (3, 3600)}
# Background tasks (DEP 14, django-tasks): queued in the database and run by `nashra worker` (`nashra serve`
# starts one); NASHRA_TASKS=rq queues them in Redis instead (needs the `rq` extra and REDIS_URL); tests run
# them at once (the "database" backend stays configured for the tests of the queue itself).
NASHRA_TASKS = os.environ.get("NASHRA_TASKS", "") or ("immediate" if TESTING else "database")
TASK_BACKENDS = {
    "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "rq": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]},
}
if NASHRA_TASKS not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"NASHRA_TASKS: one of {', '.join(TASK_BACKENDS)}, not {NASHRA_TASKS!r}.")
TASKS = {"default": TASK_BACKENDS[NASHRA_TASKS], "database": TASK_BACKENDS["database"]}
NASHRA_TASK_RESULTS_DAYS = env_int("NASHRA_TASK_RESULTS_DAYS", 7)  # finished task results kept (failed: 30+)
# A task RUNNING this long (its worker's host never came back) is put back in the queue.
NASHRA_TASK_RUNNING_TIMEOUT = env_int("NASHRA_TASK_RUNNING_TIMEOUT", 1800)
if NASHRA_TASKS == "rq":
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0"}}

# --- Web push (nashra.push) -----------------------------------------------------------------
# The VAPID key pair: generated into DATA_DIR/push/ on first use unless given (PEM or base64url raw key);
# app hosts that share subscriptions must share it.
NASHRA_VAPID_PRIVATE_KEY = os.environ.get("NASHRA_VAPID_PRIVATE_KEY", "")
NASHRA_VAPID_SUBJECT = os.environ.get("NASHRA_VAPID_SUBJECT", "mailto:newsroom@localhost")
NASHRA_PUSH_TTL = env_int("NASHRA_PUSH_TTL", 6 * 3600)  # seconds a push service keeps an undelivered alert
NASHRA_PUSH_TIMEOUT = env_float("NASHRA_PUSH_TIMEOUT", 10)
NASHRA_PUSH_THREADS = env_int("NASHRA_PUSH_THREADS", 8)  # pushes in flight per worker (they wait on the network)
# Push services a subscription may point at (host suffixes): browsers' own; anything else is refused.
NASHRA_PUSH_SERVICES = tuple(
    h.strip().lower() for h in os.environ.get("NASHRA_PUSH_SERVICES", "").split(",") if h.strip()
) or ("fcm.googleapis.com", "push.services.mozilla.com", "notify.windows.com", "push.apple.com")
NASHRA_PUSH_PLAIN_HTTP_HOSTS: tuple[str, ...] = ()  # tests: a push service on loopback without TLS

# --- Security (production unless NASHRA_DEBUG) -----------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Reader pages are never framed by another page; SecurityHeadersMiddleware relaxes the newsroom's
# path to SAMEORIGIN for Wagtail's preview iframe.
X_FRAME_OPTIONS = "DENY"
HTTPS = not DEBUG and env_bool("NASHRA_HTTPS")
SILENCED_SYSTEM_CHECKS: list[str] = []
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]  # load balancers probe over plain HTTP
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    # Editions live on sub-domains of one site (eg.…, lb.…): all HTTPS unless the operator says not.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("NASHRA_HSTS_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("NASHRA_HSTS_PRELOAD", True)
    # Opting out is an explicit operator decision: no deploy warning for it.
    SILENCED_SYSTEM_CHECKS += [] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]
    SILENCED_SYSTEM_CHECKS += [] if SECURE_HSTS_PRELOAD else ["security.W021"]
else:
    SECURE_SSL_REDIRECT = False
# Content-Security-Policy of reader pages and of the newsroom (empty: Nashra's built-in policy,
# nashra.security.middleware); NASHRA_CSP_REPORT_ONLY=1 sends it as Report-Only.
NASHRA_CSP = os.environ.get("NASHRA_CSP", "").strip()
NASHRA_ADMIN_CSP = os.environ.get("NASHRA_ADMIN_CSP", "").strip()
NASHRA_CSP_REPORT_ONLY = env_bool("NASHRA_CSP_REPORT_ONLY")
# Every newsroom account must set up TOTP before it can work (with NASHRA_2FA on).
NASHRA_REQUIRE_2FA = env_bool("NASHRA_REQUIRE_2FA")

# Login brute-force protection (django-axes). Two counters: one per (account, address) pair and one
# per address (one host trying many accounts). Never one per account alone: then anyone could lock the
# editors out before a breaking story by typing five wrong passwords. Each further failure from a
# locked address doubles its wait (nashra.security.lockout.cool_off); the owner is told by e-mail.
AXES_ENABLED = env_bool("NASHRA_AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("NASHRA_LOGIN_FAILURES", 5)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
NASHRA_LOCKOUT_FIRST = timedelta(minutes=env_int("NASHRA_LOCKOUT_MINUTES", 5))
NASHRA_LOCKOUT_LONGEST = timedelta(hours=env_int("NASHRA_LOCKOUT_MAX_HOURS", 24))
AXES_COOLOFF_TIME = "nashra.security.lockout.cool_off"
AXES_ENABLE_ACCESS_FAILURE_LOG = True  # the history the growing wait is counted from
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "nashra.security.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"  # shared by every process
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "nashra.security.client.client_ip_or_none"  # the rate limits' address
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# Reverse proxies in front of the app: readers' addresses (rate limits, comment
# bans, login lockouts) are taken from X-Forwarded-For only when this many proxies are trusted.
NASHRA_TRUSTED_PROXY_COUNT = env_int("NASHRA_PROXY_COUNT", 0)
# Rate limits: NASHRA_RATELIMIT_<SCOPE>=«30/m» overrides a scope's rate (api, search, beacon …);
# NASHRA_RATELIMIT_OFF=1 turns them all off (load tests).
NASHRA_RATELIMIT_OFF = env_bool("NASHRA_RATELIMIT_OFF")
NASHRA_RATELIMITS = {name[len("NASHRA_RATELIMIT_"):].lower(): value for name, value in os.environ.items()
                     if name.startswith("NASHRA_RATELIMIT_") and name != "NASHRA_RATELIMIT_OFF" and value}

# --- Page cache, fragments, CDN (nashra.delivery) ----------------------------------
# Off in tests unless a test switches it on; NASHRA_PAGE_CACHE=0 turns it off in production.
NASHRA_PAGE_CACHE = env_bool("NASHRA_PAGE_CACHE", True) and not TESTING
NASHRA_PAGE_CACHE_TTL = env_int("NASHRA_PAGE_CACHE_TTL", 120)  # fresh pages; purges make it exact
NASHRA_BREAKING_CACHE_TTL = env_int("NASHRA_BREAKING_CACHE_TTL", 15)  # home/section pages of a breaking story
NASHRA_PAGE_CACHE_API_TTL = env_int("NASHRA_PAGE_CACHE_API_TTL", 30)  # /api/
NASHRA_PAGE_CACHE_404_TTL = env_int("NASHRA_PAGE_CACHE_404_TTL", 60)
NASHRA_PAGE_CACHE_SWR = env_int("NASHRA_PAGE_CACHE_SWR", 60)  # stale-while-revalidate window
NASHRA_PAGE_CACHE_STALE_IF_ERROR = env_int("NASHRA_PAGE_CACHE_STALE_IF_ERROR", 86400)  # stale copy for a 5xx
NASHRA_PAGE_CACHE_BROWSER_TTL = env_int("NASHRA_PAGE_CACHE_BROWSER_TTL", 15)  # browsers: no purge reaches them
NASHRA_FRONT_CACHE_SECONDS = env_int("NASHRA_FRONT_CACHE_SECONDS", 1)  # the nginx front (X-Accel-Expires)
# Without Redis: the pages one process keeps — bounded by bytes (bodies, compressed copies and headers;
# 48 MiB, ~900 article pages, keeps a worker near 250 MB RSS), the count only guards against masses of tiny pages —
# and the file other processes read its purges from (None: DATA_DIR/cache/purge.journal; tests run without one).
NASHRA_PAGE_CACHE_ENTRIES = env_int("NASHRA_PAGE_CACHE_ENTRIES", 100_000)
NASHRA_PAGE_CACHE_BYTES = env_int("NASHRA_PAGE_CACHE_BYTES", 48 << 20)
NASHRA_PAGE_CACHE_JOURNAL = os.environ.get("NASHRA_PAGE_CACHE_JOURNAL") or None
# malloc arenas per `nashra serve` process (glibc; 0 keeps glibc's 8 per core): with many, the pages the
# store evicts leave memory spread over arenas and a worker grows far past the store's bound (nashra.core.memory).
NASHRA_MALLOC_ARENAS = env_int("NASHRA_MALLOC_ARENAS", 2)
# Blocks of this many bytes and more get their own mapping, returned to the system when freed (glibc; 0
# keeps glibc's sliding 128 KB–32 MB): evicted page bodies then leave no holes in the heap (nashra.core.memory).
NASHRA_MALLOC_MMAP_THRESHOLD = env_int("NASHRA_MALLOC_MMAP_THRESHOLD", 32 << 10)
# Query parameters that make another page (None: nashra.delivery.keys.DEFAULT_PARAMS).
NASHRA_PAGE_CACHE_PARAMS = None
# With Redis down, pages one process keeps for itself live this long (others cannot purge them),
# and Redis is left alone this long after a failure before it is tried again.
NASHRA_PAGE_CACHE_OUTAGE_TTL = env_float("NASHRA_PAGE_CACHE_OUTAGE_TTL", 10)
# With Redis: seconds a process keeps a page it read from Redis (hot URLs under a spike cost no round
# trip); purges made elsewhere reach it within this time. 0: every hit asks Redis.
NASHRA_PAGE_CACHE_NEAR_SECONDS = env_float("NASHRA_PAGE_CACHE_NEAR_SECONDS", 0.5)
NASHRA_REDIS_BACKOFF = env_float("NASHRA_REDIS_BACKOFF", 5)
# The shared parts of pages (navigation, ticker, lists); their age is bounded by this (None: the page TTL).
NASHRA_FRAGMENT_CACHE = env_bool("NASHRA_FRAGMENT_CACHE", True)
NASHRA_FRAGMENT_TTL = env_int("NASHRA_FRAGMENT_TTL", 0) or None
# A CDN's purge endpoint: it receives a POST of {"urls": [...], "surrogate_keys": [...]} per purge.
NASHRA_CDN_PURGE_URL = os.environ.get("NASHRA_CDN_PURGE_URL", "")

# NASHRA_LOG_FORMAT=json: one JSON object per line, with the request id (nashra/cluster/logs.py);
# NASHRA_ACCESS_LOG=1 adds a line per request (method, path, status, duration).
from nashra.cluster.logs import logging_config  # noqa: E402  (pure Python, no Django models)

LOGGING = logging_config(os.environ.get("NASHRA_LOG_FORMAT", "text").strip().lower(),
                         os.environ.get("NASHRA_LOG_LEVEL", "WARNING"), env_bool("NASHRA_ACCESS_LOG"))
