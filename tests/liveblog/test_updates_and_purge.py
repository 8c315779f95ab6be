"""With the page cache on, every change of an entry purges the blog page (all its ``?before=`` pages)
and its update channel; the channel answers changes since a version, with an ETag and 304."""

import pytest
from django.test import Client

from nashra.liveblog import services
from tests.delivery.conftest import page_cache  # noqa: F401 - the fixture
from tests.liveblog.conftest import url_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(page_cache, blog):  # noqa: F811 - the fixture above
    client = Client(HTTP_HOST="eg.localhost")
    page, channel = url_of(blog), url_of(blog) + "updates/"

    def get(url):
        response = client.get(url)
        assert response.status_code == 200
        return response

    def both_cached():
        return [get(page)["X-Cache"], get(channel)["X-Cache"]]

    return {"get": get, "page": page, "channel": channel, "both_cached": both_cached, "client": client}


def test_posting_editing_pinning_deleting_purge_the_page_and_the_channel(blog, reader):
    get, page = reader["get"], reader["page"]
    entry = services.post_entry(blog, None, title="أول تحديث", body="<p>نص</p>")
    reader["both_cached"]()
    assert reader["both_cached"]() == ["HIT", "HIT"]

    services.post_entry(blog, None, title="تحديث ثان", body="<p>نص</p>")
    assert "تحديث ثان" in get(page).content.decode()
    assert "تحديث ثان" in get(reader["channel"]).content.decode()

    reader["both_cached"]()
    services.edit_entry(entry, title="أول تحديث معدل", body="<p>نص</p>", embed_url="")
    assert "أول تحديث معدل" in get(page).content.decode()
    assert "أول تحديث معدل" in get(reader["channel"]).json()["entries"][-1]["html"]

    reader["both_cached"]()
    services.set_pinned(entry, True)
    html = get(page).content.decode()
    assert html.index("أول تحديث معدل") < html.index("تحديث ثان")

    reader["both_cached"]()
    entry_id = entry.pk
    services.delete_entry(entry)
    assert "أول تحديث معدل" not in get(page).content.decode()
    assert entry_id in get(reader["channel"]).json()["deleted"]


def test_an_entry_waiting_for_approval_is_not_shown_until_approved(blog, reader):
    blog.require_approval = True
    entry = services.post_entry(blog, None, title="بانتظار المحرر", body="<p>نص</p>", may_approve=False)
    assert "بانتظار المحرر" not in reader["get"](reader["page"]).content.decode()
    reader["both_cached"]()
    services.approve(entry)
    assert "بانتظار المحرر" in reader["get"](reader["page"]).content.decode()
    assert reader["get"](reader["channel"]).json()["entries"][0]["id"] == entry.pk


def test_since_and_etag(blog):
    client = Client(HTTP_HOST="eg.localhost")
    channel = url_of(blog) + "updates/"
    first = services.post_entry(blog, None, title="أ", body="<p>نص</p>")
    second = services.post_entry(blog, None, title="ب", body="<p>نص</p>")
    data = client.get(channel).json()
    assert data["version"] == second.version
    assert [e["id"] for e in data["entries"]] == [first.pk, second.pk]
    assert [e["id"] for e in client.get(channel, {"since": first.version}).json()["entries"]] == [second.pk]
    assert client.get(channel, {"since": second.version}).json()["entries"] == []
    assert client.get(channel, {"since": "x"}).status_code == 400

    etag = client.get(channel)["ETag"]
    assert client.get(channel, HTTP_IF_NONE_MATCH=etag).status_code == 304
    services.post_entry(blog, None, title="ج", body="<p>نص</p>")
    response = client.get(channel, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and response["ETag"] != etag


def test_json_api_entries_with_cursor_and_since(blog):
    client = Client(HTTP_HOST="eg.localhost")
    made = [services.post_entry(blog, None, title=f"تحديث {n}", body="<p>نص</p>") for n in range(5)]
    url = f"/api/v1/liveblogs/{blog.pk}/entries/"
    first = client.get(url, {"limit": 3}).json()
    assert first["liveblog"]["state"] == "live"
    assert [e["id"] for e in first["entries"]] == [e.pk for e in made[:1:-1]]
    second = client.get(first["next"]).json()
    assert [e["id"] for e in second["entries"]] == [made[1].pk, made[0].pk] and second["next"] is None
    services.delete_entry(made[0])
    changed = client.get(url, {"since": made[3].version}).json()
    assert [e["id"] for e in changed["entries"]] == [made[4].pk]
    assert changed["deleted"] == [second["entries"][-1]["id"]]
    assert client.get(url, {"since": "x"}).status_code == 400
    assert client.get("/api/v1/liveblogs/999999/entries/").status_code == 404
    assert Client(HTTP_HOST="lb.localhost").get(url).status_code == 404


def test_per_blog_feed_has_one_item_per_entry_and_is_purged(blog, reader):
    services.post_entry(blog, None, title="أول", body="<p>نص</p>")
    feed = reader["page"] + "feed/"
    assert reader["get"](feed).content.decode().count("<item>") == 1
    assert reader["get"](feed)["X-Cache"] == "HIT"
    second = services.post_entry(blog, None, title="ثان", body="<p>نص</p>")
    xml = reader["get"](feed).content.decode()
    assert xml.count("<item>") == 2 and f"#entry-{second.pk}</link>" in xml


def test_publishing_an_old_revision_never_moves_the_version_back(blog):
    revision = blog.get_latest_revision()
    services.post_entry(blog, None, title="بعد المراجعة", body="<p>نص</p>")
    blog.refresh_from_db()
    version = blog.entries_version
    revision.publish()
    blog.refresh_from_db()
    assert blog.entries_version == version
