"""Edition home → Section → Article, as Wagtail pages.

Articles carry denormalised, indexed ``edition``, ``section`` and
``published_at`` so listings are index range scans (keyset pagination) that
cost the same on page 1 and page 500, whatever the archive size
(see shared/notes/wagtail-at-scale.md).
"""

from urllib.parse import unquote

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction

from nashra.core import scopes
from nashra.core.html import clean_html
from nashra.core.limits import EARLIEST_YEAR, LATEST_YEAR, MAX_BODY_CHARACTERS, year_in_range
from nashra.editions.models import Edition

from . import routing
from .blocks import ArticleExtrasBlock
from .forms import ArticlePageForm

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "image", "blockquote", "hr"]


class Author(models.Model):
    name = models.CharField(_("الاسم"), max_length=120)
    slug = models.SlugField(_("المعرّف"), max_length=140, unique=True, allow_unicode=True)
    bio = models.TextField(_("نبذة"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("الصورة"),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("bio"), FieldPanel("photo")]

    class Meta:
        verbose_name = _("كاتب")
        verbose_name_plural = _("الكتّاب")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_author_slug(self.name)
        super().save(*args, **kwargs)


def unique_author_slug(name: str) -> str:
    base = slugify(name, allow_unicode=True)[:120] or "author"
    slug, n = base, 2
    while Author.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class NoViewRestrictionsMixin:
    """Wagtail checks the page and its ancestors for view restrictions (privacy) on every view: two
    queries. While no page of the network has one (the usual case for a news site), say so without
    asking (the answer is kept: :func:`.routing.any_view_restrictions`)."""

    def get_view_restrictions(self):
        if not routing.any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class EditionHomePage(NoViewRestrictionsMixin, RoutablePageMixin, Page):
    """The root page of one edition's Site: home, author pages, tag pages."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["articles.SectionPage"]
    max_count_per_parent = None
    search_fields = []

    class Meta:
        verbose_name = _("الصفحة الرئيسية للإصدار")

    # The page's lists come from its template ({% home_lists %}, templatetags/article_lists.py).

    def route(self, request, path_components):
        # RoutablePageMixin's own routes (authors/…, tags/…) first, as its route() does; then a
        # section child fetched as a SectionPage at once.
        if path_components and self.live:
            try:
                self.resolve_subpage("/" + "/".join(path_components) + "/")
            except Http404:
                section = self._section_by_slug(request, path_components[0])
                if section is not None:
                    section._cached_parent_obj = self
                    return section.route(request, path_components[1:])
        return super().route(request, path_components)

    def _section_by_slug(self, request, slug):
        """The child section ``slug`` (None when there is none), as routing keeps it."""

        def find():
            return SectionPage.objects.child_of(self).filter(slug=slug).first()

        return routing.section_by_slug(self, request, slug, find)

    # Author and tag pages: the page of stories comes from the template ({% author_articles %},
    # {% tagged_articles %} in templatetags/article_lists.py, with the ``?before=`` cursor).

    @path("authors/<str:author_slug>/", name="author")
    def author_view(self, request, author_slug):
        author = Author.objects.filter(slug=author_slug).first()
        if author is None:
            raise Http404
        return self._listing_response(request, "articles/author_page.html", {"author": author})

    @path("tags/<str:tag_slug>/", name="tag")
    def tag_view(self, request, tag_slug):
        tag = Tag.objects.filter(slug=tag_slug).first() or Tag.objects.filter(name=tag_slug).first()
        if tag is None:
            raise Http404
        return self._listing_response(request, "articles/tag_page.html", {"tag": tag})

    def _listing_response(self, request, template, extra):
        return TemplateResponse(request, template, {"page": self, "self": self, **extra})


class SectionPage(NoViewRestrictionsMixin, Page):
    """A section (سياسة، رياضة …): newest articles first, keyset-paginated."""

    edition = models.ForeignKey(
        "editions.Edition", null=True, blank=True, on_delete=models.SET_NULL, related_name="sections",
        editable=False,
    )
    nav_order = models.PositiveSmallIntegerField(_("الترتيب في القائمة"), default=100)
    show_in_nav = models.BooleanField(_("يظهر في القائمة"), default=True)
    description = models.CharField(_("الوصف"), max_length=300, blank=True)

    parent_page_types = ["articles.EditionHomePage"]
    subpage_types = ["articles.ArticlePage", "liveblog.LiveBlogPage"]
    search_fields = []
    content_panels = Page.content_panels + [
        FieldPanel("description"),
        FieldPanel("nav_order"),
        FieldPanel("show_in_nav"),
    ]

    class Meta:
        verbose_name = _("قسم")
        verbose_name_plural = _("الأقسام")

    def save(self, *args, **kwargs):
        if self.edition_id is None:
            self.edition_id = edition_id_for_home(self.get_parent())
        super().save(*args, **kwargs)

    # A page of the section comes from its template ({% section_articles %}, templatetags/article_lists.py).

    def route(self, request, path_components):
        if path_components:
            # The lead image in the query that finds the article (its authors and tags: author_list, tag_list).
            articles = ArticlePage.objects.select_related("lead_image")
            found = route_to_child(self, articles, request, path_components)
            if found is not None:
                return found
        return super().route(request, path_components)


def route_to_child(parent, queryset, request, path_components):
    """Wagtail's ``Page.route`` step to a child, with the child read as its specific class at once.

    ``Page.route`` reads the child as a plain Page and then again as its specific class (two
    queries per level); this reads ``queryset`` (children of a known type) by slug in one. None
    when no such child exists (``Page.route`` then looks for a child of any other type).
    """
    child = _child_by_slug(parent, queryset, request, path_components[0])
    if child is None:
        return None
    child._cached_parent_obj = parent  # as Page.route does: get_parent() needs no query
    if getattr(child, "section_id", None) == parent.pk:
        ArticlePage._meta.get_field("section").set_cached_value(child, parent)
    return child.route(request, path_components[1:])


def _child_by_slug(parent, queryset, request, slug):
    """The child ``slug`` of ``parent`` read from ``queryset`` (None when there is none), as routing
    keeps it (:func:`.routing.child_by_slug`)."""

    def find():
        return queryset.child_of(parent).filter(slug=slug).first()

    return routing.child_by_slug(parent, request, slug, find)


def edition_id_for_home(home) -> int | None:
    if home is None:
        return None
    return Edition.objects.filter(site__root_page_id=home.pk).values_list("pk", flat=True).first()


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(NoViewRestrictionsMixin, Page):
    counts_views = True  # the reader pages carry the view beacon (most read, the newsroom's numbers)
    subtitle = models.CharField(_("العنوان الفرعي"), max_length=300, blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("الصورة الرئيسية"),
    )
    lead_image_caption = models.CharField(_("تعليق الصورة"), max_length=300, blank=True)
    lead_image_credit = models.CharField(_("مصدر الصورة"), max_length=150, blank=True)
    dateline = models.CharField(_("مكان الخبر"), max_length=80, blank=True, help_text=_("مثل «طرابلس»"))
    authors = ParentalManyToManyField(Author, blank=True, related_name="articles", verbose_name=_("الكتّاب"))
    body = RichTextField(_("نص الخبر"), features=RICH_TEXT_FEATURES, blank=True)
    # Galleries, videos, embeds, pull quotes and related boxes (blocks.py), placed among the body's paragraphs.
    # Nullable: the importer inserts article rows itself (importing/bulk.py) and leaves this column out.
    extras = StreamField(ArticleExtrasBlock(), blank=True, null=True, verbose_name=_("وسائط ومكوّنات الخبر"))
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("الوسوم"))
    published_at = models.DateTimeField(
        _("وقت النشر المعروض"), null=True, blank=True,
        help_text=_("يُملأ تلقائيًا عند النشر الأول إن تُرك فارغًا"),
    )
    is_breaking = models.BooleanField(_("عاجل (شريط الأخبار)"), default=False)
    breaking_until = models.DateTimeField(_("عاجل حتى"), null=True, blank=True)
    external_id = models.CharField(_("المعرّف الخارجي"), max_length=200, null=True, blank=True, editable=False)
    edition = models.ForeignKey(
        "editions.Edition", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles",
        editable=False,
    )
    section = models.ForeignKey(
        SectionPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles", editable=False,
    )

    parent_page_types = ["articles.SectionPage"]
    subpage_types = []
    # Wagtail's own search index stays empty for articles (see settings).
    search_fields = Page.search_fields

    content_panels = Page.content_panels + [
        FieldPanel("subtitle"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption"), FieldPanel("lead_image_credit")],
            heading=_("الصورة الرئيسية"),
        ),
        MultiFieldPanel([FieldPanel("dateline"), FieldPanel("authors")], heading=_("المكان والكاتب")),
        FieldPanel("body"),
        FieldPanel("extras"),
        FieldPanel("tags"),
    ]
    # Wagtail's «لقوائم الموقع» box is left out: a story is never a menu entry (the sections are).
    promote_panels = Page.promote_panels[:1] + [
        MultiFieldPanel(
            [FieldPanel("published_at"), FieldPanel("is_breaking"), FieldPanel("breaking_until")],
            heading=_("النشر والعاجل"),
        ),
    ]

    base_form_class = ArticlePageForm

    class Meta:
        verbose_name = _("خبر")
        verbose_name_plural = _("الأخبار")
        indexes = [
            models.Index(fields=["section", "-published_at", "-page_ptr"], name="article_section_keyset"),
            models.Index(fields=["edition", "-published_at", "-page_ptr"], name="article_edition_keyset"),
            # The ticker: an edition's breaking stories newest first, read until five current ones
            # are found (not every story ever flagged, then sorted).
            models.Index(fields=["edition", "-published_at", "-page_ptr"], name="article_breaking_recent",
                         condition=models.Q(is_breaking=True)),
            # Sitemap pages are id ranges per edition (nashra/syndication/sitemaps.py).
            models.Index(fields=["edition", "page_ptr"], name="article_edition_id"),
            # hreflang: the copies of one story in every edition (the unique constraint below leads with
            # the edition, so it cannot serve a lookup by external_id alone).
            models.Index(fields=["external_id"], name="article_external_id",
                         condition=models.Q(external_id__isnull=False)),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "external_id"], name="article_unique_external_id_per_edition",
                condition=models.Q(external_id__isnull=False),
            )
        ]

    def clean(self):
        super().clean()
        errors = {}
        for name in ("published_at", "breaking_until"):
            if not year_in_range(getattr(self, name)):
                errors[name] = _("التاريخ خارج المدى المقبول (من سنة %(first)d إلى %(last)d).") % {
                    "first": EARLIEST_YEAR, "last": LATEST_YEAR}
        if len(self.body or "") > MAX_BODY_CHARACTERS:
            errors["body"] = _("نص الخبر أطول من %(limit)d حرف.") % {"limit": MAX_BODY_CHARACTERS}
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.body = clean_html(self.body)
        parent = self.get_parent() if self.pk or self.path else None
        if parent is not None:
            parent = parent.specific
            if isinstance(parent, SectionPage):
                self.section_id = parent.pk
                self.edition_id = parent.edition_id
        if self.live and self.published_at is None:
            self.published_at = self.first_published_at or timezone.now()
        super().save(*args, **kwargs)

    @cached_property
    def author_list(self) -> list:
        """The authors, read once per page view (the byline and the JSON-LD both show them)."""
        return list(self.authors.all())

    @cached_property
    def tag_list(self) -> list:
        return list(self.tags.all())

    @property
    def byline(self) -> str:
        return pgettext("byline separator", " و").join(a.name for a in self.authors.all())

    def listing_paths(self) -> set[str]:
        """Site-relative paths (decoded, as the page cache keys them) of the pages that list this story
        besides its section and the home page: its authors' and its tags' pages, routes of the edition's
        home page (the site root), named by those routes. Delivery purges them with the story."""
        if not self.pk:
            return set()
        resolver = EditionHomePage.get_resolver()
        paths = {resolver.reverse("author", author_slug=slug) for slug in self.authors.values_list("slug", flat=True)}
        paths |= {resolver.reverse("tag", tag_slug=slug) for slug in self.tags.values_list("slug", flat=True)}
        return {"/" + unquote(path) for path in paths}

    def get_context(self, request, *args, **kwargs):
        # The sidebar lists come from the template ({% article_lists %}, templatetags/article_lists.py).
        context = super().get_context(request, *args, **kwargs)
        from nashra.editions.middleware import get_edition  # imports Wagtail's views: not at app loading

        from .canonical import canonical_page

        def canonical_url():
            return canonical_page(self).get_full_url(request)

        # Kept with the article's own fragments (its edition's own generation and the article's): which
        # page is canonical changes only through events that bump one of them (set_canonical, the
        # original withdrawn or moved: EditionContentChanged). The URL depends on the host asked.
        edition = get_edition(request)
        if self.pk and edition is not None and not getattr(request, "is_preview", False):
            name = scopes.hashed_name("canonical-url", [request.scheme, request.get_host()])
            context["canonical_url"] = scopes.for_article(edition, self.pk, name, canonical_url)
        else:
            context["canonical_url"] = canonical_url()
        return context
