"""The newsroom's article form: what a block alone cannot check (it does not know its page)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


class ArticlePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        stream = cleaned.get("extras")
        if stream:
            message = related_edition_error(stream, self._edition_id())
            if message:
                self.add_error("extras", ValidationError(message))
        return cleaned

    def _edition_id(self):
        if getattr(self.instance, "edition_id", None):
            return self.instance.edition_id
        parent = self.parent_page.specific if self.parent_page is not None else None
        return getattr(parent, "edition_id", None)


def related_edition_error(stream, edition_id) -> str | None:
    """An Arabic message when a related-story box names a story of another edition (or itself unpublished)."""
    from .blocks import related_page_ids
    from .models import ArticlePage

    ids = related_page_ids(stream)
    if not ids or edition_id is None:
        return None
    foreign = list(ArticlePage.objects.filter(pk__in=ids).exclude(edition_id=edition_id)
                   .values_list("title", flat=True)[:3])
    if foreign:
        return _("الأخبار ذات الصلة يجب أن تكون من الإصدار نفسه؛ هذه ليست منه: %(titles)s") % {
            "titles": "، ".join(foreign)}
    return None
