"""Browser tests: headless Debian Chromium (Playwright) against a live production-mode Nashra server.

Skipped unless NASHRA_BROWSER=1 (``bash .ci/browser`` sets it), so ``make test`` needs no Chromium.
The server runs in a subprocess with its own temporary data dir and the demo network; no test here
touches pytest-django's database.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ENABLED = os.environ.get("NASHRA_BROWSER") == "1"
CHROMIUM = os.environ.get("NASHRA_CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "var" / "browser-artifacts"
HERE = Path(__file__).resolve().parent

# Extra politics articles (older than the demo's) so the section has a second page.
_EXTRA_ARTICLES = """
from datetime import datetime, timedelta, UTC
from nashra.articles.models import ArticlePage, SectionPage
from nashra.editions.models import Edition
home = Edition.objects.get(slug="eg").site.root_page
section = SectionPage.objects.child_of(home).get(slug="politics")
base = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)
for i in range(22):
    page = ArticlePage(title=f"خبر أرشيفي رقم {i + 1} عن المجالس المحلية", body="<p>نص الخبر الأرشيفي.</p>",
                       published_at=base - timedelta(hours=i))
    section.add_child(instance=page)
    page.save_revision().publish()
print("extra articles ok")
"""

# Newsroom accounts of the eg edition for the browser tests (one per role, in the edition's own groups, so
# the tests do not depend on the demo accounts), and a shorter comment limit for lb than the default 1000.
ACCOUNT_PASSWORD = "browser-suite-2025"
ACCOUNTS = {role: f"browser-{role}-eg" for role in ("reporter", "editor", "moderator")}
LB_COMMENT_MAX = 280
_EXTRA_DATA = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from nashra.comments.models import CommentSettings
from nashra.editions.models import Edition
from nashra.editions.services import group_name
eg = Edition.objects.get(slug="eg")
for role, username in {ACCOUNTS!r}.items():
    user = get_user_model().objects.create_user(username, username + "@example.invalid", {ACCOUNT_PASSWORD!r})
    user.groups.add(Group.objects.get(name=group_name(eg, role)))
CommentSettings.objects.update_or_create(edition=Edition.objects.get(slug="lb"),
                                         defaults={{"max_length": {LB_COMMENT_MAX}}})
print("accounts ok")
"""


def pytest_collection_modifyitems(config, items):
    if ENABLED:
        return
    skip = pytest.mark.skip(reason="browser tests run only with NASHRA_BROWSER=1 (bash .ci/browser)")
    for item in items:
        if Path(str(item.fspath)).resolve().is_relative_to(HERE):
            item.add_marker(skip)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    setattr(item, "rep_" + rep.when, rep)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_env(data_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in {"NASHRA_TESTING", "DATABASE_URL", "REDIS_URL", "NASHRA_DEBUG", "DJANGO_SETTINGS_MODULE",
                        "NASHRA_SECRET_KEY", "NASHRA_BROWSER"}}
    env.update(NASHRA_AUTO_SECRET="1", NASHRA_DATA_DIR=str(data_dir), PYTHONUNBUFFERED="1")
    return env


_SERVER = {}  # the running server's data dir, for nashra_command


@pytest.fixture(scope="session")
def nashra_server():
    """Base URL (http://eg.localhost:PORT) of a freshly built demo server, production mode, real page cache."""
    nashra = str(Path(sys.executable).with_name("nashra"))
    data_dir = Path(tempfile.mkdtemp(prefix="nashra-browser-"))
    _SERVER["data_dir"] = data_dir
    port = _free_port()
    env = _server_env(data_dir)
    log_path = data_dir / "server.log"
    steps = [
        [nashra, "migrate", "--noinput", "-v0"],
        [nashra, "demo", "--port", str(port)],
        [nashra, "shell", "-c", _EXTRA_ARTICLES + _EXTRA_DATA],
        [nashra, "collectstatic", "--noinput", "-v0"],
    ]
    for cmd in steps:
        res = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        if res.returncode:
            shutil.rmtree(data_dir, ignore_errors=True)
            pytest.fail(f"{' '.join(cmd[1:3])} failed:\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}")
    log = open(log_path, "w")
    proc = subprocess.Popen([nashra, "serve", "--port", str(port), "--no-scheduler", "--workers", "1"],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("nashra serve did not come up:\n" + log_path.read_text()[-3000:])
            time.sleep(0.25)
        yield f"http://eg.localhost:{port}"
    finally:
        try:
            os.killpg(proc.pid, 15)
            proc.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, 9)
            except ProcessLookupError:
                pass
        log.close()
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        yield b
        b.close()


@pytest.fixture(scope="session", autouse=True)
def page_type_gallery(request, browser, nashra_server):
    """When any browser test failed (or NASHRA_SCREENSHOTS=always), a screenshot of every reader page
    type at 360 and 1280 px goes to var/browser-artifacts/page-types/: what the pages looked like
    in the run that failed, whatever the failing test looked at."""
    yield
    if request.session.testsfailed == 0 and os.environ.get("NASHRA_SCREENSHOTS") != "always":
        return
    from .helpers import goto, reader_paths

    folder = ARTIFACTS / "page-types"
    folder.mkdir(parents=True, exist_ok=True)
    finder = browser.new_context(locale="ar-EG")
    try:
        paths = reader_paths(finder.new_page(), nashra_server)
    except Exception as exc:  # the pages the gallery needs may be what failed
        (folder / "error.txt").write_text(repr(exc), encoding="utf-8")
        paths = {"home": "/"}
    finally:
        finder.close()
    for width, height in ((360, 740), (1280, 900)):
        context = browser.new_context(locale="ar-EG", viewport={"width": width, "height": height})
        page = context.new_page()
        for name, path in paths.items():
            try:
                goto(page, nashra_server + path)
                page.screenshot(path=str(folder / f"{name.replace(' ', '-')}-{width}.png"), full_page=True)
            except Exception as exc:
                (folder / f"{name.replace(' ', '-')}-{width}.error.txt").write_text(repr(exc), encoding="utf-8")
        context.close()
    print(f"\nscreenshots of every page type at 360 and 1280 px: {folder}")


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about"}:
        return True
    host = (parts.hostname or "").lower()
    return host in {"127.0.0.1", "localhost"} or host.endswith(".localhost")


def _new_page(request, browser, **context_args):
    context = browser.new_context(locale="ar-EG", **context_args)
    context.set_default_timeout(10_000)
    foreign: list[str] = []
    context.on("request", lambda req: None if _is_local(req.url) else foreign.append(req.url))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.foreign_requests = foreign
    page.js_errors = errors
    return context, page


def _save_artifacts(request, page, suffix=""):
    rep = getattr(request.node, "rep_call", None)
    if rep is None or not rep.failed:
        return
    folder = ARTIFACTS / (request.node.name.replace("/", "_") + suffix)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        page.screenshot(path=str(folder / "screenshot.png"), full_page=True)
        (folder / "page.html").write_text(page.content(), encoding="utf-8")
        (folder / "url.txt").write_text(page.url + "\n", encoding="utf-8")
    except Exception as exc:  # the page may be gone; the report is more important
        (folder / "error.txt").write_text(repr(exc), encoding="utf-8")
    print(f"\nbrowser artefacts: {folder}")


def _finish(request, context, page):
    _save_artifacts(request, page)
    context.close()
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.passed:
        assert not page.foreign_requests, f"requests left 127.0.0.1: {page.foreign_requests}"
        assert not page.js_errors, f"JavaScript errors: {page.js_errors}"


@pytest.fixture
def page(request, browser, nashra_server):
    """A desktop page; the test fails if the page requests any non-loopback host or throws a JS error."""
    context, pg = _new_page(request, browser, viewport={"width": 1280, "height": 900})
    yield pg
    _finish(request, context, pg)


@pytest.fixture
def mobile_page(request, browser, nashra_server):
    context, pg = _new_page(request, browser, viewport={"width": 360, "height": 740}, is_mobile=True,
                            has_touch=True, device_scale_factor=2)
    yield pg
    _finish(request, context, pg)


@pytest.fixture
def new_page(request, browser, nashra_server):
    """Factory for further desktop pages, each in its own browser context (own cookies: one per newsroom
    user); extra keyword arguments go to ``browser.new_context`` (e.g. ``timezone_id``). Same checks as ``page``."""
    opened = []

    def make(**context_args):
        context_args.setdefault("viewport", {"width": 1280, "height": 900})
        context, pg = _new_page(request, browser, **context_args)
        opened.append((context, pg))
        return pg

    yield make
    for n, (context, pg) in enumerate(opened, start=1):
        _save_artifacts(request, pg, suffix=f"-{n}")
        context.close()
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.passed:
        foreign = [url for _context, pg in opened for url in pg.foreign_requests]
        errors = [err for _context, pg in opened for err in pg.js_errors]
        assert not foreign, f"requests left 127.0.0.1: {foreign}"
        assert not errors, f"JavaScript errors: {errors}"


@pytest.fixture(scope="session")
def nashra_command(nashra_server):
    """Run ``nashra <args>`` on the server's data (what its scheduler would do: it runs with --no-scheduler)."""
    nashra = str(Path(sys.executable).with_name("nashra"))

    def run(*args: str) -> str:
        res = subprocess.run([nashra, *args], cwd=ROOT, env=_server_env(_SERVER["data_dir"]), capture_output=True,
                             text=True, timeout=120)
        assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
        return res.stdout

    return run


@pytest.fixture(scope="session")
def lb_server(nashra_server):
    """Base URL of the second demo edition, «لبنان اليوم» (same server, host lb.localhost)."""
    return nashra_server.replace("://eg.localhost:", "://lb.localhost:")


@pytest.fixture(scope="session")
def newsroom_accounts(nashra_server):
    """role → (username, password) of the eg edition's reporter, editor and comment moderator."""
    return {role: (username, ACCOUNT_PASSWORD) for role, username in ACCOUNTS.items()}


@pytest.fixture(scope="session")
def comment_max_length(nashra_server):
    """Edition slug → its comment length limit: eg keeps CommentSettings' default, lb has its own."""
    return {"eg": 1000, "lb": LB_COMMENT_MAX}


@pytest.fixture(scope="session")
def axe_js():
    """axe-core's axe.min.js (npm package; .ci/browser fetches it and sets NASHRA_AXE_JS)."""
    path = os.environ.get("NASHRA_AXE_JS", "")
    if not path or not Path(path).is_file():
        pytest.skip("axe-core not available (set NASHRA_AXE_JS to axe.min.js; .ci/browser does)")
    return Path(path).read_text(encoding="utf-8")
