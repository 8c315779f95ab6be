import pytest
from django.test import Client

from nashra.liveblog.demo import load_demo
from nashra.liveblog.models import LiveBlogPage

pytestmark = pytest.mark.django_db


def test_the_demo_blog_runs_with_thirty_entries_one_pinned(editions):
    assert load_demo(editions["eg"]) is True
    assert load_demo(editions["eg"]) is False
    blog = LiveBlogPage.objects.get(edition=editions["eg"])
    assert blog.state == "live" and blog.entries.count() == 31 and blog.entries.filter(pinned=True).count() == 1
    html = Client(HTTP_HOST="eg.localhost").get(blog.get_url_parts()[2]).content.decode()
    assert html.index("تعليمات السلامة") < html.index("رصد الهزة")
    assert 'href="?before=' in html
