"""The moderation queue in the Wagtail admin («التعليقات»).

A moderator sees and acts on the comments of the editions whose moderator,
editor or admin group they belong to; superusers see every edition. Every
action goes through :mod:`nashra.comments.services`.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from nashra.editions.services import editions_for

from . import services
from .models import Ban, Comment
from .rules import REASON_CHOICES, REASONS, RULE_CHOICES, RULES

ROLES = ("moderator", "editor", "admin")
STATUS_TABS = [
    ("pending", gettext_lazy("بانتظار المراجعة")), ("reported", gettext_lazy("عليها بلاغات")),
    ("approved", gettext_lazy("منشورة")), ("rejected", gettext_lazy("مرفوضة")), ("spam", gettext_lazy("مزعجة")),
]


def moderated_editions(user):
    """Editions ``user`` may moderate (a queryset)."""
    return editions_for(user, ROLES)


def moderated_comments(user):
    return Comment.objects.filter(edition__in=moderated_editions(user))


def filter_queue(qs, params):
    status = params.get("status") or "pending"
    if status == "reported":
        qs = qs.filter(is_reported=True)
    elif status in {"pending", "approved", "rejected", "spam"}:
        qs = qs.filter(status=status)
    if params.get("edition"):
        qs = qs.filter(edition__slug=params["edition"])
    article = params.get("article", "")
    if article.isdigit():
        qs = qs.filter(article_id=int(article))
    if params.get("rule") in RULES:
        qs = qs.filter(rejected_rule=params["rule"])
    if params.get("reason") in REASONS:
        qs = qs.filter(reason_code=params["reason"])
    q = (params.get("q") or "").strip()
    if q:
        qs = qs.filter(text__icontains=q) | qs.filter(title__icontains=q) | qs.filter(email__iexact=q)
    return qs, status


class ModerationQueueView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "comments/admin/queue.html"
    page_title = gettext_lazy("التعليقات")
    header_icon = "comment"

    def dispatch(self, request, *args, **kwargs):
        if not moderated_editions(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        params = self.request.GET
        qs, status = filter_queue(moderated_comments(self.request.user), params)
        qs = qs.select_related("article", "edition", "moderated_by").order_by(
            "created_at" if status == "pending" else "-created_at"
        )
        page = Paginator(qs, 50).get_page(params.get("p"))
        query = params.copy()
        query.pop("p", None)
        base = moderated_comments(self.request.user)
        counts = {
            "pending": base.filter(status=Comment.PENDING).count(),
            "reported": base.filter(is_reported=True).count(),
        }
        context.update(
            page_obj=page, comments=page.object_list, status=status, tabs=STATUS_TABS, counts=counts,
            editions=moderated_editions(self.request.user), rules=RULE_CHOICES, reasons=REASON_CHOICES,
            params=params, base_query=query.urlencode(), ban_kinds=Ban.KIND_CHOICES,
        )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action", "")
        back = request.POST.get("next", "")
        # «//evil.example» starts with «/» too: only a path on this host may be the way back.
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()},
                                               require_https=request.is_secure()):
            back = reverse("nashra_comments_queue")
        if action == "ban_manual":
            return self._ban_manual(request, back)
        ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()]
        selected = moderated_comments(request.user).filter(pk__in=ids)
        if not ids or not selected.exists():
            messages.error(request, gettext("لم تختر أي تعليق."))
            return redirect(back)
        user = request.user
        if action == "approve":
            n = services.approve(selected, user)
            messages.success(request, ngettext("نُشر تعليق واحد.", "نُشر %(n)s تعليق.", n) % {"n": n})
        elif action == "reject":
            rule = request.POST.get("rule", "")
            if rule not in RULES:
                messages.error(request, gettext("اختر الشرط المخالف قبل الرفض."))
                return redirect(back)
            n = services.reject(selected, rule, user)
            message = ngettext("رُفض تعليق واحد: %(rule)s.", "رُفض %(n)s تعليق: %(rule)s.", n)
            messages.success(request, message % {"n": n, "rule": RULES[rule]})
        elif action == "spam":
            n = services.mark_spam(selected, user)
            message = ngettext("نُقل تعليق واحد إلى المزعجة.", "نُقل %(n)s تعليق إلى المزعجة.", n)
            messages.success(request, message % {"n": n})
        elif action in ("ban_email", "ban_address"):
            kind = Ban.EMAIL if action == "ban_email" else Ban.ADDRESS
            bans = [services.ban_author(c, kind, user) for c in selected]
            services.mark_spam(selected.exclude(status=Comment.SPAM), user)
            banned = len([b for b in bans if b])
            message = ngettext(
                "حُظر مرسل واحد ونُقلت تعليقاته إلى المزعجة.", "حُظر %(n)s مرسل ونُقلت تعليقاتهم إلى المزعجة.", banned
            )
            messages.success(request, message % {"n": banned})
        else:
            messages.error(request, gettext("إجراء غير معروف."))
        return redirect(back)

    def _ban_manual(self, request, back):
        kind = request.POST.get("kind")
        value = (request.POST.get("value") or "").strip()
        edition = moderated_editions(request.user).filter(slug=request.POST.get("ban_edition", "")).first()
        if kind not in (Ban.EMAIL, Ban.ADDRESS) or not value or edition is None:
            messages.error(request, gettext("اختر الإصدار ونوع الحظر واكتب البريد أو العنوان."))
            return redirect(back)
        # Stored on the ban and shown to moderators: written in the moderator's language at the time.
        services.ban(kind, value, edition=edition, user=request.user, reason=gettext("حظر يدوي"))
        messages.success(request, gettext("تم الحظر."))
        return redirect(back)
