"""The newsroom's forms: which page, a story to pick, an expiry. Times are typed and shown in the
edition's own time zone (the view activates it), as readers there read them."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nashra.arabic.digits import to_latin_digits
from nashra.articles import listings
from nashra.articles.models import ArticlePage

from .models import SLOTS

#: The chooser lists the page's newest live stories; an editor picks from the news, not the archive.
CHOOSER_SIZE = 150
DATETIME_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"]


class ExpiryField(forms.DateTimeField):
    # A plain box with an Arabic hint, not type=datetime-local: the browser's picker speaks the
    # browser's language (mm/dd/yyyy, AM/PM). Hindi digits are read too (see to_python).
    widget = forms.DateTimeInput(
        attrs={"inputmode": "numeric", "autocomplete": "off", "dir": "ltr", "maxlength": "19",
               "placeholder": _("سنة-شهر-يوم ساعة:دقيقة")},
        format="%Y-%m-%d %H:%M")
    default_error_messages = {"invalid": _("اكتب الوقت كاملًا: التاريخ ثم الساعة والدقيقة.")}

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", DATETIME_FORMATS)
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("ينتهي في (بتوقيت الإصدار، اختياري)"))
        kwargs.setdefault("help_text", _("مثل 2026-12-05 18:30، بتوقيت الإصدار."))
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            # Django reads ISO 8601 first, whose date and time may be parted by any one character: a NUL
            # or another control character would pass as the separator. Only what a keyboard types is read.
            if any(ch < " " or ch == "\x7f" for ch in value):
                raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
            value = to_latin_digits(value)
        return super().to_python(value)


class ArticleChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, article):
        section = article.section.title if article.section_id and article.section else ""
        return f"{article.title} — {section}" if section else article.title


class AddPickForm(forms.Form):
    article = ArticleChoiceField(
        queryset=ArticlePage.objects.all(), label=_("الخبر"),
        error_messages={"required": _("اختر خبرًا."), "invalid_choice": _("هذا الخبر غير موجود؛ اختر خبرًا من القائمة.")},
    )
    slot = forms.ChoiceField(choices=SLOTS, label=_("الموضع"),
                             error_messages={"invalid_choice": _("اختر «رئيسي» أو «مميز».")})
    expires_at = ExpiryField()

    def __init__(self, *args, edition, section=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Any story is accepted here and judged by Pick.clean() (with a message saying why); the list
        # offers only the page's newest live ones.
        stories = listings.card_articles().filter(edition_id=edition.pk)
        if section is not None:
            stories = stories.filter(section_id=section.pk)
        self.fields["article"].widget.choices = [("", _("— اختر خبرًا منشورًا —"))] + [
            (a.pk, self.fields["article"].label_from_instance(a)) for a in stories[:CHOOSER_SIZE]
        ]


class ExpiryForm(forms.Form):
    expires_at = ExpiryField(label=_("ينتهي في"))
