"""Reader pages that are not Wagtail pages of their own: author and tag lists."""

from django.http import Http404
from django.template.response import TemplateResponse
from taggit.models import Tag

from .listings import Cursor, keyset_page, live_articles, page_number_from
from .models import Author


def _listing(request, home, queryset, template, extra):
    cursor = Cursor.decode(request.GET.get("before"))
    page = keyset_page(queryset, cursor, page_number=page_number_from(request) if cursor else 1)
    context = {"page": home, "self": home, "articles_page": page, **extra}
    return TemplateResponse(request, template, context)


def author_page(request, home, author_slug):
    author = Author.objects.filter(slug=author_slug).first()
    if author is None:
        raise Http404
    edition_id = _edition_id(home)
    queryset = live_articles().filter(edition_id=edition_id, authors=author)
    return _listing(request, home, queryset, "articles/author_page.html", {"author": author})


def tag_page(request, home, tag_slug):
    tag = Tag.objects.filter(slug=tag_slug).first() or Tag.objects.filter(name=tag_slug).first()
    if tag is None:
        raise Http404
    queryset = live_articles().filter(edition_id=_edition_id(home), tags=tag)
    return _listing(request, home, queryset, "articles/tag_page.html", {"tag": tag})


def _edition_id(home):
    from .models import edition_id_for_home

    return edition_id_for_home(home)
