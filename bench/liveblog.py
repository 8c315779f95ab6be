"""Live blog costs, in-process (issue #20): medians and ratios, no assertions.

1. the uncached render of a live blog with 2,000 entries against one with 20 (entries are paginated:
   the ratio should stay near 1);
2. with the page cache on, the update channel (``<blog>/updates/``) against a cached article: median
   per request of each and the rate ratio (channel / article);
3. the JSON API page of each blog, uncached.

It builds a throw-away data dir (migrate, one edition, a section, an article, two blogs) unless
``--data-dir`` names one. Usage::

    .venv/bin/python bench/liveblog.py [-n 200] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOST = "eg.localhost"


def setup(data_dir: Path) -> None:
    os.environ.update(NASHRA_DATA_DIR=str(data_dir), NASHRA_DEBUG="0", NASHRA_AUTO_SECRET="1",
                      NASHRA_PAGE_CACHE="0", DJANGO_SETTINGS_MODULE="nashra.settings")
    for name in ("NASHRA_TESTING", "DATABASE_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def build():
    from datetime import timedelta

    from django.utils import timezone

    from nashra.articles.edition_setup import EditionSpec, ensure_edition
    from nashra.liveblog.models import LiveBlogEntry, LiveBlogPage
    from tests.factories import make_article, make_section

    edition = ensure_edition(EditionSpec(slug="eg", name="مصر", hostname=HOST, city_name="القاهرة",
                                         time_zone="Africa/Cairo", month_style="both", is_default_site=True))
    section = make_section(edition, "politics", "سياسة", 1)
    article = make_article(section, "خبر للقياس", published_at=timezone.now(), body="<p>نص</p>" * 20)
    blogs = {}
    for size in (20, 2000):
        slug = f"live-{size}"
        blog = LiveBlogPage.objects.filter(slug=slug).first()
        if blog is None:
            blog = LiveBlogPage(title=f"تغطية {size}", slug=slug, summary="<ul><li>نقطة</li></ul>")
            section.add_child(instance=blog)
            blog.save_revision().publish()
            now = timezone.now()
            LiveBlogEntry.objects.bulk_create([
                LiveBlogEntry(blog=blog, title=f"تحديث {n}", body=f"<p>نص التحديث رقم {n}</p>", version=n + 1,
                              created_at=now - timedelta(minutes=size - n)) for n in range(size)])
            LiveBlogPage.objects.filter(pk=blog.pk).update(entries_version=size)
        blogs[size] = blog
    return article, blogs


def median_ms(client, url, n) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: {response.status_code}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    data_dir = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="nashra-liveblog-bench-"))
    setup(data_dir)
    from django.test import Client, override_settings

    article, blogs = build()
    client = Client(HTTP_HOST=HOST)
    path = {size: blog.get_url_parts()[2] for size, blog in blogs.items()}
    n_render = max(10, args.n // 5)
    render = {size: median_ms(client, path[size], n_render) for size in blogs}
    api = {size: median_ms(client, f"/api/v1/liveblogs/{blogs[size].pk}/entries/", n_render) for size in blogs}
    print(f"uncached render, median ms: 20 entries {render[20]:.2f}, 2000 entries {render[2000]:.2f}, "
          f"ratio {render[2000] / render[20]:.2f}")
    print(f"API entries page, median ms: 20 entries {api[20]:.2f}, 2000 entries {api[2000]:.2f}, "
          f"ratio {api[2000] / api[20]:.2f}")
    with override_settings(NASHRA_PAGE_CACHE=True):
        article_path = article.get_url_parts()[2]
        channel = path[2000] + "updates/"
        hit_article = median_ms(client, article_path, args.n)
        hit_channel = median_ms(client, channel, args.n)
        print(f"page-cache hit, median ms: article {hit_article:.3f}, update channel {hit_channel:.3f}; "
              f"rate ratio channel/article {hit_article / hit_channel:.2f}")
        etag = client.get(channel)["ETag"]
        start = time.perf_counter()
        statuses = [client.get(channel, HTTP_IF_NONE_MATCH=etag).status_code for _ in range(args.n)]
        per = (time.perf_counter() - start) * 1000 / args.n
        print(f"conditional poll of the channel: {per:.3f} ms per request, statuses {sorted(set(statuses))} "
              "(the page cache answers a matching If-None-Match with 304 itself)")
    print(f"data dir: {data_dir}")


if __name__ == "__main__":
    main()
