"""The full-page cache: what is stored, what bypasses it, headers for CDNs."""

import pytest

from tests.delivery.conftest import url_of

pytestmark = pytest.mark.django_db


def test_second_view_is_a_hit_with_the_same_bytes(page_cache, eg_client, article_factory):
    article = article_factory(title="خبر مخزّن")
    first = eg_client.get(url_of(article))
    second = eg_client.get(url_of(article))
    assert first.status_code == second.status_code == 200
    assert first["X-Cache"] == "MISS" and second["X-Cache"] == "HIT"
    assert first.content == second.content and "خبر مخزّن" in second.content.decode()
    assert second["Content-Type"] == first["Content-Type"]
    assert "s-maxage=" in second["Cache-Control"] and "public" in second["Cache-Control"]
    assert "stale-if-error" in second["Surrogate-Control"]
    assert "b-eg" in second["Surrogate-Key"].split()
    assert second["X-Accel-Expires"] == "1"  # the nginx front keeps it one second (purges reach it in time)


def test_home_section_and_404_are_cached(page_cache, eg_client, article_factory):
    article_factory()
    for url in ("/", "/politics/", "/no-such-page/"):
        eg_client.get(url)
        assert eg_client.get(url)["X-Cache"] == "HIT", url
    assert eg_client.get("/no-such-page/").status_code == 404


def test_api_is_cached_in_its_own_bucket(page_cache, eg_client, article_factory):
    article_factory()
    assert eg_client.get("/api/v1/articles/").status_code == 200
    again = eg_client.get("/api/v1/articles/")
    assert again["X-Cache"] == "HIT" and again["Surrogate-Control"].startswith("max-age=30,")
    assert "b-api-eg" in again["Surrogate-Key"].split()


def test_editions_do_not_share_entries(page_cache, eg_client, lb_client, article_factory):
    article_factory()
    eg_home = eg_client.get("/")
    lb_home = lb_client.get("/")
    assert lb_home["X-Cache"] == "MISS" and eg_home.content != lb_home.content


def test_query_parameters_allow_list(page_cache, eg_client, article_factory):
    article_factory()
    eg_client.get("/politics/?page=2")
    assert eg_client.get("/politics/?page=2")["X-Cache"] == "HIT"
    assert eg_client.get("/politics/?page=2&utm_source=x")["X-Cache"] == "HIT"  # tracking ignored
    assert eg_client.get("/politics/?page=3")["X-Cache"] == "MISS"
    assert "X-Cache" not in eg_client.get("/politics/?preview=1")  # unknown parameter: bypass


def test_post_bypasses(page_cache, eg_client, article_factory):
    article = article_factory()
    eg_client.get(url_of(article))
    response = eg_client.post(url_of(article), {})
    assert "X-Cache" not in response


def test_logged_in_editor_bypasses(page_cache, eg_client, article_factory, django_user_model):
    article = article_factory(title="قبل")
    eg_client.get(url_of(article))
    user = django_user_model.objects.create_user("editor", password="x" * 12, is_staff=True)
    eg_client.force_login(user)
    response = eg_client.get(url_of(article))
    assert response.status_code == 200 and "X-Cache" not in response
    assert "X-Accel-Expires" not in response  # nor may the nginx front keep an editor's page


def test_admin_and_beacon_paths_bypass(page_cache, eg_client, settings):
    response = eg_client.get(f"/{settings.NASHRA_ADMIN_PATH}/login/")
    assert "X-Cache" not in response and "X-Accel-Expires" not in response
    assert "X-Cache" not in eg_client.get("/_b/?a=1")


def test_head_is_served_from_the_cache(page_cache, eg_client, article_factory):
    article = article_factory()
    full = eg_client.get(url_of(article))
    head = eg_client.head(url_of(article))
    assert head["X-Cache"] == "HIT" and head.content == b""
    assert int(head["Content-Length"]) == len(full.content)


def test_switched_off_means_pass_through(settings, eg_client, article_factory):
    settings.NASHRA_PAGE_CACHE = False
    article = article_factory()
    eg_client.get(url_of(article))
    assert "X-Cache" not in eg_client.get(url_of(article))


def test_responses_with_cookies_or_vary_cookie_are_not_stored():
    from django.http import HttpResponse

    from nashra.delivery.middleware import is_cacheable

    assert is_cacheable(HttpResponse("x"))
    with_cookie = HttpResponse("x")
    with_cookie.set_cookie("csrftoken", "abc")
    assert not is_cacheable(with_cookie)
    assert not is_cacheable(HttpResponse("x", headers={"Vary": "Accept-Encoding, Cookie"}))
    assert not is_cacheable(HttpResponse("x", headers={"Cache-Control": "private"}))
    assert not is_cacheable(HttpResponse("x", status=500))
    assert not is_cacheable(HttpResponse("x", status=302))


def test_local_store_is_bounded():
    from nashra.delivery.cached_page import CachedPage
    from nashra.delivery.store import LocalStore

    store = LocalStore(max_entries=3, max_bytes=1 << 20, journal_path=None)
    for i in range(10):
        store.set("eg", f"/p{i}/", "", CachedPage(200, [], b"x" * 10, 0, 1e12, 1e12, 1e12))
    assert len(store) == 3
    assert store.get("eg", "/p9/", "") is not None and store.get("eg", "/p0/", "") is None


def test_wsgi_fast_path_answers_fresh_hits_without_django(page_cache, eg_client, article_factory):
    from nashra.delivery.wsgi import PageCacheWSGI

    article = article_factory(title="مسار سريع")
    eg_client.get(url_of(article))
    calls, started = [], []
    wrapper = PageCacheWSGI(lambda environ, start_response: calls.append(environ) or [b"django"])
    path = url_of(article)
    from urllib.parse import unquote

    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": unquote(path).encode().decode("latin-1"),
               "QUERY_STRING": "", "HTTP_HOST": "eg.localhost", "SCRIPT_NAME": ""}
    body = b"".join(wrapper(environ, lambda status, headers: started.append((status, dict(headers)))))
    assert not calls and started[0][0] == "200 OK" and "مسار سريع" in body.decode()
    assert started[0][1]["X-Cache"] == "HIT" and int(started[0][1]["Content-Length"]) == len(body)
    wrapper(dict(environ, HTTP_COOKIE="sessionid=abc"), lambda *a: None)
    wrapper(dict(environ, REQUEST_METHOD="POST"), lambda *a: None)
    wrapper(dict(environ, PATH_INFO="/not-cached/"), lambda *a: None)
    assert len(calls) == 3


def test_wsgi_fast_path_follows_setting_changes(page_cache, settings, eg_client, article_factory):
    """The fast path memoises settings for speed; switching the cache off must still take effect."""
    from urllib.parse import unquote

    from nashra.delivery.wsgi import PageCacheWSGI

    article = article_factory(title="مفتاح الإيقاف")
    path = url_of(article)
    eg_client.get(path)
    calls = []
    wrapper = PageCacheWSGI(lambda environ, start_response: calls.append(environ) or [b"django"])
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": unquote(path).encode().decode("latin-1"),
               "QUERY_STRING": "", "HTTP_HOST": "eg.localhost", "SCRIPT_NAME": ""}
    assert b"".join(wrapper(dict(environ), lambda *a: None)) != b"django" and not calls
    settings.NASHRA_PAGE_CACHE = False
    assert b"".join(wrapper(dict(environ), lambda *a: None)) == b"django" and len(calls) == 1


def test_hosts_no_site_names_are_not_cached(page_cache, article_factory):
    from django.test import Client

    article_factory()
    client = Client(HTTP_HOST="127.0.0.1")
    client.get("/")
    assert "X-Cache" not in client.get("/")


def test_local_generations_stay_bounded_without_reviving_old_numbers(monkeypatch):
    """One generation per article read: the memory is bounded, and a forgotten article starts from a
    number it never had (what was kept under the old one is never read again); editions are kept."""
    from nashra.delivery import store, store_local

    monkeypatch.setattr(store_local, "MEMO_MAX_BUCKETS", 10)
    gens = store._LocalGenerations()
    edition = gens.get("eg")
    first = {f"art-{pk}": gens.bump(f"art-{pk}") for pk in range(11)}
    gens.get("art-new")  # over the bound: article buckets are forgotten
    assert gens.get("eg") == edition
    assert all(gens.get(bucket) > number for bucket, number in first.items())
    assert gens.bump("eg") > edition
