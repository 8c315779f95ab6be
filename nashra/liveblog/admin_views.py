"""«التغطيات المباشرة» in the newsroom: a list of the live blogs of the user's editions and, per blog,
one screen where a reporter types an entry and posts it in one step; entries are edited, pinned,
deleted and (when the blog requires it) approved there, and editors set the blog live, paused or ended.

Anyone with a role in the blog's edition may post; approving and changing the state are for its
editors and admins (and superusers). Bad input is answered on the same screen, the text kept.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from nashra.editions.services import editions_for

from . import services
from .models import STATES, LiveBlogEntry, LiveBlogPage

EDITOR_ROLES = ("editor", "admin")
LIST_SIZE = 50
RECENT_IMAGES = 30  # the screen offers the newest pictures; others are uploaded in «الصور» first


class Refused(ValidationError):
    """An action the user's role does not allow: answered on the screen, 403."""


def _only_editors(may_edit: bool) -> None:
    if not may_edit:
        raise Refused(_("هذا الإجراء لمحرري هذا الإصدار فقط."))


def _may_edit(user, blog) -> bool:
    return editions_for(user, EDITOR_ROLES).filter(pk=blog.edition_id).exists()


def blog_list(request):
    editions = editions_for(request.user)
    if not editions.exists():
        raise PermissionDenied
    blogs = LiveBlogPage.objects.filter(edition__in=editions).select_related("edition").order_by("-pk")[:100]
    return render(request, "liveblog/admin/list.html", {"blogs": blogs})


def blog_screen(request, blog_id: int):
    blog = get_object_or_404(LiveBlogPage, pk=blog_id)
    if not editions_for(request.user).filter(pk=blog.edition_id).exists():
        raise PermissionDenied
    may_edit = _may_edit(request.user, blog)
    url = reverse("liveblog_admin_blog", args=[blog.pk])
    form = {"title": "", "body": "", "embed_url": "", "pinned": False, "highlight": False, "entry": "", "image": ""}
    errors: list[str] = []
    status = 200
    editing = None
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "post":
                return _post(request, blog, may_edit, url)
            if action == "state":
                _only_editors(may_edit)
                state = request.POST.get("state", "")
                if state not in dict(STATES):
                    raise ValidationError(_("حالة غير معروفة."))
                services.set_state(blog, state)
                messages.success(request, _("تغيّرت حالة التغطية."))
                return redirect(url)
            entry = _entry(blog, request.POST.get("entry", ""))
            if action == "pin":
                services.set_pinned(entry, not entry.pinned)
            elif action == "delete":
                services.delete_entry(entry)
                messages.success(request, _("حُذف التحديث."))
            elif action == "approve":
                _only_editors(may_edit)
                services.approve(entry)
                messages.success(request, _("نُشر التحديث بعد الموافقة."))
            else:
                raise ValidationError(_("إجراء غير معروف."))
            return redirect(url)
        except ValidationError as exc:
            errors = _messages_of(exc)
            form.update({k: request.POST.get(k, "") for k in ("title", "body", "embed_url", "entry", "image")})
            form["pinned"] = bool(request.POST.get("pinned"))
            form["highlight"] = bool(request.POST.get("highlight"))
            status = 403 if isinstance(exc, Refused) else 400
    elif request.GET.get("edit", "").isdigit():
        editing = LiveBlogEntry.objects.filter(blog=blog, pk=int(request.GET["edit"])).first()
        if editing is not None:
            form.update(title=editing.title, body=editing.body, embed_url=editing.embed_url,
                        highlight=editing.highlight, pinned=editing.pinned, entry=editing.pk,
                        image=str(editing.image_id or ""))
    entries = blog.entries.select_related("author").order_by("approved", "-pinned", "-id")[:LIST_SIZE]
    return render(request, "liveblog/admin/blog.html", {
        "blog": blog, "entries": entries, "form": form, "errors": errors, "may_edit": may_edit,
        "page_url": url, "states": STATES, "max_chars": services.MAX_ENTRY_CHARACTERS,
        "images": get_image_model().objects.order_by("-pk")[:RECENT_IMAGES],
    }, status=status)


def _entry(blog, entry_id: str) -> LiveBlogEntry:
    entry = LiveBlogEntry.objects.filter(blog=blog, pk=int(entry_id)).first() if entry_id.isdigit() else None
    if entry is None:
        raise ValidationError(_("لم يعد هذا التحديث موجودًا."))
    return entry


def _image(value: str):
    """The chosen picture (one of the recent ones the screen lists), None for none."""
    if not value:
        return None
    image = get_image_model().objects.filter(pk=int(value)).first() if value.isdigit() else None
    if image is None:
        raise ValidationError({"image": _("الصورة المختارة غير موجودة؛ اختر صورة أخرى.")})
    return image


def _post(request, blog, may_edit, url):
    data = request.POST
    image = _image(data.get("image", ""))
    fields = {"title": data.get("title", ""), "body": data.get("body", ""), "embed_url": data.get("embed_url", "")}
    entry_id = data.get("entry", "")
    if entry_id:
        services.edit_entry(_entry(blog, entry_id), highlight=bool(data.get("highlight")), image=image, **fields)
        messages.success(request, _("حُفظ التعديل."))
    else:
        entry = services.post_entry(blog, request.user, image=image, pinned=bool(data.get("pinned")),
                                    highlight=bool(data.get("highlight")), may_approve=may_edit, **fields)
        messages.success(request, _("نُشر التحديث.") if entry.approved else _("أُرسل التحديث إلى المحررين للموافقة."))
    return redirect(url)


def _messages_of(exc: ValidationError) -> list[str]:
    return [str(m) for m in exc.messages]
