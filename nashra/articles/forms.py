"""The article form of the newsroom.

The author picker lists everyone, but a journalist of one edition looks for their own colleagues:
the authors who have written for the user's editions come first, then the rest (an author may
write for several editions; what they wrote says which), each part by name.
"""

from django.db.models import Exists, OuterRef
from wagtail.admin.forms import WagtailAdminPageForm

from nashra.editions.services import editions_for


def own_authors_first(authors, user):
    """``authors`` (a queryset of Author) with those who wrote for ``user``'s editions first."""
    articles = authors.model._meta.get_field("articles").related_model  # ArticlePage, whose form this is
    wrote_here = articles.objects.filter(authors=OuterRef("pk"), edition__in=editions_for(user))
    return authors.annotate(own_edition=Exists(wrote_here)).order_by("-own_edition", "name")


class ArticleForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        if user is not None and "authors" in self.fields:
            self.fields["authors"].queryset = own_authors_first(self.fields["authors"].queryset, user)
