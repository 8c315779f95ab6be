"""Rich articles: galleries, videos, embeds (click-to-load facades), pull quotes, related boxes, pictures.

What a reader relies on: the blocks show where the editor put them, nothing on the page asks another host
for anything before a click on a facade, pictures reserve their space; what an editor relies on: bad
input (an empty or huge gallery, a foreign or scripted embed URL) is refused with an Arabic message.
"""

from __future__ import annotations

import io
import re
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.test import Client
from django.urls import reverse

from nashra.articles import embeds
from nashra.articles.blocks import MAX_GALLERY_IMAGES, ArticleExtrasBlock
from nashra.articles.templatetags.rich_blocks import place_blocks
from tests.rich_factories import MP4_BYTES, make_document

ARABIC = re.compile(r"[\u0600-\u06ff]")


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def make_image(media):
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    def make(title="صورة", size=(1200, 800), colour=(180, 40, 40)):
        buffer = io.BytesIO()
        PILImage.new("RGB", size, colour).save(buffer, "JPEG")
        return get_image_model().objects.create(
            title=title, file=ImageFile(buffer, name="picture.jpg"), width=size[0], height=size[1])

    return make


def gallery(images, title="صور من الميدان", after=None):
    return {"type": "gallery", "value": {
        "title": title, "after_paragraph": after,
        "images": [{"type": "item", "id": str(uuid.uuid4()),
                    "value": {"image": image.pk, "caption": f"تعليق {n}", "credit": "رويترز"}}
                   for n, image in enumerate(images, start=1)],
    }}


def embed(url, title="لقطات من الميدان", poster=None, after=None):
    return {"type": "embed", "value": {"url": url, "title": title, "poster": poster.pk if poster else None,
                                       "caption": "", "after_paragraph": after}}


def clean(raw):
    """The stream's validation as the newsroom form runs it: the error, or None."""
    block = ArticleExtrasBlock()
    try:
        block.clean(block.to_python(raw))
    except ValidationError as error:
        return error
    return None


def messages(error) -> str:
    """Every message of a (nested) block validation error, as the newsroom would show them."""
    from wagtail.blocks.base import get_error_json_data

    return str(get_error_json_data(error))


# --- validation: what an editor sees ---------------------------------------------------------------


def test_a_gallery_without_pictures_is_refused_in_arabic(db):
    error = clean([gallery([])])
    assert error is not None
    assert "أضف صورة واحدة على الأقل" in messages(error)


def test_a_gallery_of_500_pictures_is_refused_with_the_limit(db, make_image):
    image = make_image()
    error = clean([gallery([image] * 500)])
    assert error is not None
    text = messages(error)
    assert str(MAX_GALLERY_IMAGES) in text and "500" in text and ARABIC.search(text)


def test_a_gallery_of_a_few_pictures_is_accepted(db, make_image):
    assert clean([gallery([make_image(), make_image()])]) is None


@pytest.mark.parametrize("url, expected", [
    ("javascript:alert(1)", "رموز أو شيفرة"),
    ("https://www.youtube.com/watch?v=<script>alert(1)</script>", "رموز أو شيفرة"),
    ('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>', "رموز أو شيفرة"),
    ("https://vimeo.com/123456789", "غير مدعومة"),
    ("https://evil.example/watch?v=dQw4w9WgXcQ", "غير مدعومة"),
    ("http://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://"),
    ("https://www.youtube.com/channel/UCabc", "لم نتعرّف"),
    ("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "غير مدعومة"),
])
def test_bad_embed_urls_are_refused_with_the_reason(db, url, expected):
    error = clean([embed(url)])
    assert error is not None, url
    assert expected in messages(error)


@pytest.mark.parametrize("url, platform, frame", [
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
    ("https://youtu.be/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
    ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/"),
    ("https://www.facebook.com/aljazeera/videos/1234567890123/", "facebook", "https://www.facebook.com/plugins/"),
    ("https://x.com/AJArabic/status/1865432109876543210", "x", "https://platform.twitter.com/embed/"),
    ("https://twitter.com/AJArabic/status/1865432109876543210", "x", "https://platform.twitter.com/embed/"),
    ("https://www.tiktok.com/@aljazeera/video/7301234567890123456", "tiktok", "https://www.tiktok.com/embed/"),
])
def test_supported_platforms_give_an_embed_on_the_allowed_host(url, platform, frame):
    found = embeds.parse(url)
    assert found.platform.key == platform
    assert found.embed_url.startswith(frame)
    assert found.embed_url.startswith(found.platform.frame_host + "/")


def test_a_video_file_that_is_not_a_video_is_refused(db, media, make_image):
    fake = make_document("فيديو", "clip.mp4", b"<?php echo 1; ?>" + b"\x00" * 40)
    raw = [{"type": "video", "value": {"title": "فيديو", "video": fake.pk, "poster": make_image().pk,
                                       "captions": None, "caption": "", "after_paragraph": None}}]
    error = clean(raw)
    assert error is not None and "MP4 أو WebM" in messages(error)
    real = make_document("فيديو", "clip.mp4", MP4_BYTES)
    raw[0]["value"]["video"] = real.pk
    assert clean(raw) is None


def test_related_stories_are_at_most_three(db, article_factory):
    stories = [article_factory() for _ in range(4)]
    raw = [{"type": "related", "value": {"title": "", "after_paragraph": None,
                                         "articles": [{"type": "item", "id": str(uuid.uuid4()), "value": s.pk}
                                                      for s in stories]}}]
    error = clean(raw)
    assert error is not None and "3" in messages(error)


# --- the newsroom form ---------------------------------------------------------------------------


def shown(response) -> str:
    """The page as the newsroom shows it: the block errors travel as JSON in data attributes."""
    import html

    text = html.unescape(response.content.decode())
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def _edit_form_data(article, extras):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    def stream_item(item):
        value = dict(item["value"])
        if "images" in value:
            value["images"] = [i["value"] for i in value["images"]]
            value["images"] = {"count": len(value["images"]), **{
                str(n): {"value": i, "deleted": "", "order": str(n)} for n, i in enumerate(value["images"])}}
        if "articles" in value:
            ids = [i["value"] for i in value["articles"]]
            value["articles"] = {"count": len(ids), **{
                str(n): {"value": i, "deleted": "", "order": str(n)} for n, i in enumerate(ids)}}
        return (item["type"], {k: ("" if v is None else v) for k, v in value.items()})

    return nested_form_data({
        "title": article.title, "slug": article.slug, "subtitle": "", "lead_image": "",
        "lead_image_caption": "", "lead_image_credit": "", "dateline": "", "body": rich_text("<p>نص.</p>"),
        "extras": streamfield([stream_item(item) for item in extras]), "tags": "",
        "seo_title": "", "search_description": "", "published_at": "", "breaking_until": "",
    })


@pytest.fixture
def newsroom(editions):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("rich-admin", "rich@example.invalid", "pw-rich-2025")
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("case", ["empty-gallery", "huge-gallery", "script-embed", "foreign-related"])
def test_the_newsroom_shows_an_arabic_message_never_a_server_error(newsroom, editions, article_factory,
                                                                     make_image, case):
    article = article_factory()
    if case == "empty-gallery":
        extras, expected = [gallery([])], "أضف صورة واحدة على الأقل"
    elif case == "huge-gallery":
        image = make_image()
        extras, expected = [gallery([image] * 500)], "على الأكثر"
    elif case == "script-embed":
        extras, expected = [embed("javascript:alert(document.cookie)")], "رموز أو شيفرة"
    else:
        other = article_factory(edition="lb")
        extras = [{"type": "related", "value": {"title": "", "after_paragraph": None,
                                                "articles": [{"type": "item", "id": str(uuid.uuid4()),
                                                              "value": other.pk}]}}]
        expected = "من الإصدار نفسه"
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    response = newsroom.post(url, _edit_form_data(article, extras))
    assert response.status_code == 200  # the form again, with the message (a save would redirect)
    assert expected in shown(response)
    article.refresh_from_db()
    assert not article.extras.raw_data


def test_the_newsroom_saves_a_valid_gallery(newsroom, article_factory, make_image):
    article = article_factory()
    extras = [gallery([make_image(), make_image()])]
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    response = newsroom.post(url, _edit_form_data(article, extras))
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    latest = article.get_latest_revision_as_object()
    assert [b.block_type for b in latest.extras] == ["gallery"]


# --- placement -------------------------------------------------------------------------------------


def test_blocks_go_after_the_paragraph_the_editor_chose():
    html = "<p>أول</p><blockquote><p>داخل</p></blockquote><p>ثان</p><ul><li>بند</li></ul><p>ثالث</p>"
    out = place_blocks(html, [(2, "[B]"), (None, "[END]"), (0, "[TOP]"), (9, "[LATE]")])
    assert out == ("[TOP]<p>أول</p><blockquote><p>داخل</p></blockquote><p>ثان</p>[B]<ul><li>بند</li></ul>"
                   "<p>ثالث</p>[END][LATE]")


# --- the reader's page -----------------------------------------------------------------------------

LOCAL_HOSTS = {"eg.localhost", "testserver", ""}


def _attributes(html: str):
    """(tag, attribute, value) of every attribute on the page."""
    from html.parser import HTMLParser

    found = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend((tag, name, value or "") for name, value in attrs)

    Collect().feed(html)
    return found


def _urls_in(value: str) -> list[str]:
    return [part.strip().split(" ")[0] for part in value.split(",")] if value else []


@pytest.fixture
def rich_page(media, article_factory):
    from tests.rich_factories import rich_article

    related = article_factory(title="خبر ذو صلة من الإصدار نفسه")
    article, images = rich_article(article_factory, related=[related], title="خبر غني بالوسائط")
    response = Client(HTTP_HOST="eg.localhost").get(article.url)
    assert response.status_code == 200
    return article, related, response.content.decode()


def test_blocks_show_where_the_editor_put_them(rich_page):
    _article, related, html = rich_page
    body = html[html.index('<div class="body">'):]
    first, second, third = (body.index(text) for text in ("الفقرة الأولى", "الفقرة الثانية", "الفقرة الثالثة"))
    assert first < body.index('class="gallery"') < second < body.index('class="pull-quote"') < third
    assert third < body.index("<video") < body.index('class="embed ') < body.index('class="related-box"')
    assert "لن نترك المدينة" in body and "قائد ميداني" in body
    video = body[body.index("<video"):body.index("</video>")]
    assert 'preload="none"' in video and " controls" in video and re.search(r'poster="/media/[^"]+\.webp"', video)
    assert re.search(r'<track kind="captions" src="/media/documents/[^"]+\.vtt" srclang="ar"', video)
    assert re.search(r'<source src="/media/documents/[^"]+\.mp4" type="video/mp4">', video)
    assert related.title in body and f'href="{related.relative_url(related.get_site())}"' in body


def test_the_gallery_works_without_script_and_has_arabic_controls(rich_page):
    _article, _related, html = rich_page
    gallery = html[html.index('class="gallery"'):html.index('class="pull-quote"')]
    assert gallery.count('class="gallery-slide"') == 3
    assert 'class="gallery-track" tabindex="0"' in gallery  # a scrollable list, reachable by keyboard
    assert "الصورة السابقة" in gallery and "الصورة التالية" in gallery
    assert "تعليق الصورة 2" in gallery and "رويترز" in gallery
    assert "الصورة 1 من 3" in gallery


def test_nothing_points_off_our_host_before_a_click(rich_page):
    """src, srcset, poster and every <link>/<script> stay on our host; the platform's URL appears only in a
    data- attribute (what rich.js frames after the click) and in the plain link for readers without JS."""
    from urllib.parse import urlsplit

    _article, _related, html = rich_page
    platform_urls = []
    for tag, name, value in _attributes(html):
        for url in _urls_in(value) if name in {"src", "srcset", "poster", "imagesrcset", "href", "data"} \
                or name.startswith("data-") else ():
            host = urlsplit(url).hostname or ""
            if url.startswith(("http://", "https://", "//")) and host not in LOCAL_HOSTS:
                platform_urls.append((tag, name, url))
    embedded = [(t, n) for t, n, u in platform_urls if "youtube" in u]
    assert ("div", "data-embed-src") in embedded and ("a", "href") in embedded
    for tag, name, url in platform_urls:
        assert name.startswith("data-") or (tag == "a" and name == "href"), (tag, name, url)
    assert "ytimg.com" not in html and "i.ytimg" not in html  # never the platform's thumbnail
    assert "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" in html
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
    assert "<iframe" not in html


def test_pictures_reserve_their_space_and_load_lazily_below_the_fold(media, article_factory):
    from tests.rich_factories import make_image, rich_article

    article, _images = rich_article(article_factory, lead_image=make_image("رئيسية", size=(1600, 900)),
                                    title="خبر بصورة رئيسية ومعرض")
    html = Client(HTTP_HOST="eg.localhost").get(article.url).content.decode()
    main = html[html.index('<article class="article">'):html.index("</article>")]
    imgs = re.findall(r"<img\b[^>]*>", main)
    for img in imgs:
        assert re.search(r'\swidth="\d+"', img) and re.search(r'\sheight="\d+"', img), img
    pictures = [img for img in imgs if "srcset=" in img]
    assert len(pictures) == 4  # lead + three gallery pictures
    for img in pictures:
        assert ".webp" in img and "sizes=" in img, img
    lead, *gallery_imgs = pictures
    assert 'loading="lazy"' not in lead and 'fetchpriority="high"' in lead
    assert all('loading="lazy"' in img for img in gallery_imgs)
    head = html[:html.index("</head>")]
    preload = re.search(r'<link rel="preload" as="image"[^>]*imagesrcset="([^"]+)"', head)
    assert preload, "the lead picture is not preloaded"
    lead_srcset = re.search(r'srcset="([^"]+)"', lead).group(1)
    assert preload.group(1) == lead_srcset


def test_avif_sources_when_pillow_writes_avif(settings, media, article_factory):
    from PIL import features

    from tests.rich_factories import make_image

    if not features.check("avif"):
        pytest.skip("this Pillow cannot write AVIF")
    settings.NASHRA_IMAGE_AVIF = True
    article = article_factory(lead_image=make_image("رئيسية", size=(800, 450)))
    html = Client(HTTP_HOST="eg.localhost").get(article.url).content.decode()
    assert re.search(r'<picture><source type="image/avif" srcset="[^"]+\.avif', html)
    assert re.search(r'<link rel="preload" as="image" type="image/avif"', html)


def test_rich_styles_load_only_on_articles_with_blocks(rich_page, article_factory):
    _article, _related, html = rich_page
    assert "articles/rich.css" in html and "articles/rich.js" in html
    plain = Client(HTTP_HOST="eg.localhost").get(article_factory().url).content.decode()
    assert "rich.css" not in plain and "rich.js" not in plain


def test_an_unpublished_related_story_leaves_the_box(media, article_factory):
    from tests.rich_factories import rich_article

    related = article_factory(title="خبر سيُسحب لاحقًا")
    article, _ = rich_article(article_factory, related=[related])
    client = Client(HTTP_HOST="eg.localhost")
    assert related.title in client.get(article.url).content.decode()
    related.unpublish()
    assert related.title not in client.get(article.url).content.decode()


def test_csp_frame_src_lists_exactly_the_embed_hosts(rich_page):
    article, _related, _html = rich_page
    response = Client(HTTP_HOST="eg.localhost").get(article.url)
    directives = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert set(directives["frame-src"].split()) == {
        "https://www.youtube-nocookie.com", "https://www.facebook.com", "https://platform.twitter.com",
        "https://www.tiktok.com"}
    assert directives["default-src"] == "'self'" and directives["script-src"] == "'self'"
