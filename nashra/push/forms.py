"""The newsroom's «تنبيه عاجل» form: a story of the edition (or a link on its host), a title and a line
of text, and who receives it (everyone who subscribed to the edition, or a section's followers)."""

from __future__ import annotations

from urllib.parse import urlsplit

from django import forms
from django.utils.translation import gettext_lazy as _


class AlertForm(forms.Form):
    article = forms.TypedChoiceField(label=_("الخبر"), coerce=int, required=False, empty_value=None)
    url = forms.CharField(label=_("أو رابط في الإصدار"), max_length=500, required=False,
                          help_text=_("مثل /politics/عنوان-الخبر/ — يُترك فارغًا حين يُختار خبر."))
    title = forms.CharField(label=_("العنوان"), max_length=120, required=False,
                            help_text=_("يُترك فارغًا ليُستعمل عنوان الخبر. 120 حرفًا على الأكثر."))
    body = forms.CharField(label=_("النص"), max_length=240, required=False, widget=forms.Textarea(attrs={"rows": 2}))
    section = forms.TypedChoiceField(label=_("إلى"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, articles=(), sections=(), host="", **kwargs):
        super().__init__(*args, **kwargs)
        self.articles = {a.pk: a for a in articles}
        self.host = host
        self.fields["article"].choices = [("", _("— اختر خبرًا —"))] + [(a.pk, a.title) for a in articles]
        self.fields["section"].choices = [("", _("كل المشتركين في الإصدار"))] + [
            (s.pk, _("متابعو قسم %(title)s") % {"title": s.title}) for s in sections]

    def clean_url(self):
        url = self.cleaned_data["url"].strip()
        if not url:
            return ""
        parts = urlsplit(url)
        if parts.scheme and (parts.scheme not in ("http", "https") or parts.netloc.split(":")[0] != self.host):
            raise forms.ValidationError(_("الرابط يجب أن يكون صفحة من هذا الإصدار."))
        if not parts.scheme and not url.startswith("/"):
            raise forms.ValidationError(_("اكتب الرابط كاملًا أو مسارًا يبدأ بـ /."))
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def clean(self):
        cleaned = super().clean()
        article = self.articles.get(cleaned.get("article"))
        cleaned["article_page"] = article
        if article is None and not cleaned.get("url"):
            raise forms.ValidationError(_("اختر خبرًا أو اكتب رابطًا: التنبيه يفتح صفحة."))
        if not (cleaned.get("title") or "").strip():
            if article is None:
                raise forms.ValidationError(_("اكتب عنوان التنبيه."))
            cleaned["title"] = article.title[:120]
        return cleaned
