"""RSS 2.0 and Atom 1.0 feeds of an edition, a section, an author or a tag.

Built on :mod:`django.contrib.syndication`; the generators are extended with
``media:content`` (the lead image, which RSS also gets as ``<enclosure>``) and
the full text (``content:encoded`` / Atom ``<content>``) when the edition's
:class:`~nashra.syndication.models.EditionFeedSettings` ask for it. Dates are
RFC 822 in RSS and RFC 3339 in Atom, with the edition's UTC offset.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from wagtail.rich_text import expand_db_html

from nashra.api.serializers import image_data

from . import sources
from .models import settings_for

MEDIA_NS = "http://search.yahoo.com/mrss/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"


def image_type(url: str) -> str:
    """The MIME type of a rendition from its file extension (renditions keep their source's format)."""
    extension = url.rsplit(".", 1)[-1].lower()
    return {"png": "image/png", "gif": "image/gif", "webp": "image/webp", "avif": "image/avif"}.get(
        extension, "image/jpeg"
    )


def _media_content(handler, item):
    image = item.get("image")
    if image:
        attrs = {"url": image["url"], "medium": "image", "type": image_type(image["url"])}
        if image.get("width"):
            attrs.update(width=str(image["width"]), height=str(image["height"]))
        handler.startElement("media:content", attrs)
        if image.get("caption"):
            handler.addQuickElement("media:description", image["caption"])
        if image.get("credit"):
            handler.addQuickElement("media:credit", image["credit"])
        handler.endElement("media:content")


class NewsRss(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_NS, "xmlns:content": CONTENT_NS}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        logo = self.feed.get("logo")
        if logo:
            handler.startElement("image", {})
            handler.addQuickElement("url", logo)
            handler.addQuickElement("title", self.feed["title"])
            handler.addQuickElement("link", self.feed["link"])
            handler.endElement("image")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])
        _media_content(handler, item)


class NewsAtom(Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("logo"):
            handler.addQuickElement("logo", self.feed["logo"])

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})
        _media_content(handler, item)


@dataclass
class FeedSource:
    edition: object
    title: str
    link: str
    description: str
    articles: list
    full_text: bool
    logo: str | None


class NewsFeed(Feed):
    """``kind`` is ``edition``, ``section``, ``author`` or ``tag``; unknown slugs are 404."""

    feed_type = NewsRss
    language = "ar"

    def get_object(self, request, kind: str = "edition", slug: str | None = None):
        self.request = request
        edition = sources.require_edition(request)
        feed_settings = settings_for(edition)
        root = sources.root_url(edition)
        title, link, description = edition.name, f"{root}/", edition.tagline or edition.name
        filters = {}
        if kind == "section":
            section = filters["section"] = sources.section_by_slug(edition, slug)
            title, link = f"{edition.name} - {section.title}", section.get_full_url(request)
            description = section.description or title
        elif kind == "author":
            author = filters["author"] = sources.author_by_slug(slug)
            title, link, description = f"{edition.name} - {author.name}", sources.author_url(edition, author), title
        elif kind == "tag":
            tag = filters["tag"] = sources.tag_by_slug(slug)
            title, link, description = f"{edition.name} - {tag.name}", sources.tag_url(edition, tag), title
        logo = None
        if feed_settings.logo is not None:
            logo = request.build_absolute_uri(feed_settings.logo.get_rendition("max-600x60").url)
        return FeedSource(
            edition=edition, title=title, link=link, description=description,
            articles=sources.feed_articles(edition, **filters), full_text=feed_settings.full_text, logo=logo,
        )

    def title(self, obj):
        return obj.title

    def link(self, obj):
        return obj.link

    def description(self, obj):
        return obj.description

    subtitle = description

    def author_name(self, obj):
        return obj.edition.name

    def feed_copyright(self, obj):
        return f"© {obj.edition.name}"

    def feed_extra_kwargs(self, obj):
        return {"logo": obj.logo}

    def get_feed(self, obj, request):
        self._source = obj
        return super().get_feed(obj, request)

    def items(self, obj):
        return obj.articles

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return sources.summary(item)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return sources.local(item.published_at, self._source.edition)

    def item_updateddate(self, item):
        moments = [m for m in (item.published_at, item.last_published_at) if m]
        return sources.local(max(moments), self._source.edition)

    def item_author_name(self, item):
        return item.byline or self._source.edition.name

    def item_categories(self, item):
        names = [item.section.title] if item.section_id else []
        return names + [tagged.tag.name for tagged in item.tagged_items.all()]

    def item_enclosures(self, item):
        image = self._image(item)
        if not image:
            return []
        # Length unknown without a storage round trip: 0, as the RSS Advisory Board recommends.
        return [Enclosure(url=image["url"], length="0", mime_type=image_type(image["url"]))]

    def item_extra_kwargs(self, item):
        extra = {"image": self._image(item)}
        if self._source.full_text:
            extra["content"] = expand_db_html(item.body)
        return extra

    def _image(self, item):
        cache = item.__dict__.setdefault("_feed_image", {})
        if "value" not in cache:
            cache["value"] = image_data(item, self.request)
        return cache["value"]


class NewsAtomFeed(NewsFeed):
    feed_type = NewsAtom
