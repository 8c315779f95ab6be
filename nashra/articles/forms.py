"""The newsroom's article form: what a block alone cannot check (it does not know its page), and an
author picker that puts the journalist's own colleagues first.

The author picker lists everyone, but a journalist of one edition looks for their own colleagues:
the authors who have written for the user's editions come first, then the rest (an author may
write for several editions; what they wrote says which), each part by name.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.admin.forms import WagtailAdminPageForm

from nashra.editions.newsroom_time import zone_hint
from nashra.editions.services import editions_for

from .blocks import related_page_ids


def own_authors_first(authors, user):
    """``authors`` (a queryset of Author) with those who wrote for ``user``'s editions first."""
    articles = authors.model._meta.get_field("articles").related_model  # ArticlePage, whose form this is
    wrote_here = articles.objects.filter(authors=OuterRef("pk"), edition__in=editions_for(user))
    return authors.annotate(own_edition=Exists(wrote_here)).order_by("-own_edition", "name")


#: The form's date-time boxes: each says which zone it is read in (the user's, which Wagtail activates).
TIME_FIELDS = ("go_live_at", "expire_at", "published_at", "breaking_until")
#: What only someone who may publish the story decides: whether it runs in the «عاجل» ticker, and until when.
#: A reporter does not see these boxes; what an editor set stays as it is when the reporter saves.
PUBLISHERS_ONLY = ("is_breaking", "breaking_until")


def may_publish(form, user) -> bool:
    page = form.instance
    if page.pk:
        return page.permissions_for_user(user).can_publish()
    parent = form.parent_page
    return parent is not None and parent.permissions_for_user(user).can_publish_subpage()


class ArticlePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        if user is not None and "authors" in self.fields:
            self.fields["authors"].queryset = own_authors_first(self.fields["authors"].queryset, user)
        if user is not None and not may_publish(self, user):
            for name in PUBLISHERS_ONLY:
                self.fields.pop(name, None)
        hint = zone_hint()
        for name in TIME_FIELDS:
            if name in self.fields:
                field = self.fields[name]
                field.help_text = f"{field.help_text} — {hint}" if field.help_text else hint

    def clean(self):
        cleaned = super().clean()
        stream = cleaned.get("extras")
        if stream:
            message = related_edition_error(stream, self._edition_id(), type(self.instance))
            if message:
                self.add_error("extras", ValidationError(message))
        return cleaned

    def _edition_id(self):
        if getattr(self.instance, "edition_id", None):
            return self.instance.edition_id
        parent = self.parent_page.specific if self.parent_page is not None else None
        return getattr(parent, "edition_id", None)


def related_edition_error(stream, edition_id, articles) -> str | None:
    """An Arabic message when a related-story box names a story of another edition (or itself unpublished);
    ``articles`` is the ArticlePage model (the form's, so this module needs no import of the models)."""
    ids = related_page_ids(stream)
    if not ids or edition_id is None:
        return None
    foreign = list(articles.objects.filter(pk__in=ids).exclude(edition_id=edition_id)
                   .values_list("title", flat=True)[:3])
    if foreign:
        return _("الأخبار ذات الصلة يجب أن تكون من الإصدار نفسه؛ هذه ليست منه: %(titles)s") % {
            "titles": pgettext("list separator", "، ").join(foreign)}
    return None
