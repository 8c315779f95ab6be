"""Page types of the stock Wagtail reference site, written the way the Wagtail tutorial writes them.

Home → Section → Article, as in Nashra's demo, so the stock article page can show what a news
article page shows (section nav, breaking ticker, latest stories, more from this section). Plain
idioms only: fields and panels, ``ClusterTaggableManager`` tags, listings built in ``get_context``
from ``ArticlePage.objects.live()``; no prefetching, no caching, no denormalised columns.
"""

from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    subpage_types = ["stock_wagtail.SectionPage"]


class SectionPage(Page):
    parent_page_types = ["stock_wagtail.HomePage"]
    subpage_types = ["stock_wagtail.ArticlePage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = ArticlePage.objects.child_of(self).live().order_by("-published_at")[:20]
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("ArticlePage", related_name="tagged_items", on_delete=models.CASCADE)


class ArticlePage(Page):
    subtitle = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    dateline = models.CharField(max_length=80, blank=True)
    byline = models.CharField(max_length=200, blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lead_image_caption = models.CharField(max_length=300, blank=True)
    lead_image_credit = models.CharField(max_length=150, blank=True)
    body = RichTextField(blank=True)
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)
    breaking = models.BooleanField(default=False)

    parent_page_types = ["stock_wagtail.SectionPage"]
    subpage_types = []
    content_panels = Page.content_panels + [
        FieldPanel("subtitle"),
        FieldPanel("published_at"),
        FieldPanel("dateline"),
        FieldPanel("byline"),
        FieldPanel("lead_image"),
        FieldPanel("lead_image_caption"),
        FieldPanel("lead_image_credit"),
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("breaking"),
    ]

    def get_context(self, request, *args, **kwargs):
        # the same lists, and the same lengths, as Nashra's article page (nashra/articles/templatetags/article_lists.py)
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.live().order_by("-published_at")
        context["breaking"] = articles.filter(breaking=True)[:5]
        context["more_from_section"] = articles.sibling_of(self, inclusive=False)[:5]
        context["latest"] = articles.exclude(pk=self.pk)[:6]
        return context
