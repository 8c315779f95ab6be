"""«نشر في إصدارات أخرى»: copy an article to sections of other editions, see its copies, and update
the copies not edited locally. Editors and admins of the article's edition, to editions they edit."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nashra.articles.models import ArticlePage

from . import copies
from .models import ArticleCopy


def copy_page(request, page_id: int):
    article = get_object_or_404(ArticlePage, pk=page_id)
    if article.edition_id is None or not copies.may_copy(request.user, article):
        raise PermissionDenied
    targets = copies.target_sections(request.user, article)
    errors = []
    if request.method == "POST":
        if request.POST.get("action") == "update":
            count = copies.update_copies(article, request.user)
            messages.success(request, _("حُدّثت %(count)s نسخة لم تُعدَّل محليًا (مسودات تنتظر النشر).")
                             % {"count": count})
            return redirect("wire_copy_page", article.pk)
        wanted = [s for s in request.POST.getlist("section") if s.isdigit()][:50]
        chosen = list(targets.filter(pk__in=[int(s) for s in wanted]))
        if not wanted or len(chosen) != len(wanted):
            errors.append(_("اختر قسمًا واحدًا على الأقل من أقسام الإصدارات التي تحررها."))
        elif len({s.edition_id for s in chosen}) != len(chosen):
            errors.append(_("نسخة واحدة لكل إصدار: اختر قسمًا واحدًا في كل إصدار."))
        else:
            made = copies.make_copies(article, chosen, request.user)
            messages.success(request, ngettext("أُنشئت نسخة واحدة في إصدار آخر (مسودة).",
                                               "أُنشئت %(count)s نسخة في إصدارات أخرى (مسودات).",
                                               len(made)) % {"count": len(made)})
            return redirect("wire_copy_page", article.pk)
    return render(request, "wire/admin/copies.html", {
        "article": article, "targets": targets, "copies": copies.copies_of(article), "errors": errors,
    }, status=400 if errors else 200)


def copy_of_page(request, page_id: int):
    """The copy's side: which story it was copied from, and its edition's choice of canonical."""
    link = get_object_or_404(ArticleCopy.objects.select_related("original", "original__edition", "copy"),
                             copy_id=page_id)
    if not copies.may_edit_copy(request.user, link.copy):
        raise PermissionDenied
    if request.method == "POST":
        choice = request.POST.get("canonical", "")
        if choice not in ("self", "original"):
            messages.error(request, _("اختر أحد الخيارين: هذه النسخة أو الخبر الأصلي."))
        else:
            copies.set_canonical(link, choice == "original")
            messages.success(request, _("حُفظ الرابط المعتمد لهذه النسخة."))
            return redirect("wire_copy_of_page", page_id)
    return render(request, "wire/admin/copy_of.html", {"link": link, "original_url": link.original.full_url})
