"""The reader's sign-up form and the newsroom's forms (times typed in the edition's zone, as the
picks' expiry is)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nashra.picks.forms import ExpiryField

from .models import KINDS, SECTION_WEEKLY, NewsletterList


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("بريدك الإلكتروني"), max_length=254,
        error_messages={"required": _("اكتب بريدك الإلكتروني."), "invalid": _("يُرجى كتابة بريد إلكتروني صحيح."),
                        "max_length": _("البريد الإلكتروني أطول من المسموح.")})
    # Honeypot: hidden from people by CSS and aria-hidden; bots fill it in.
    website = forms.CharField(label=_("اترك هذا الحقل فارغًا"), required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "dir": "ltr", "inputmode": "email"})
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if "\ufffd" in email:
            raise forms.ValidationError(_("يُرجى كتابة بريد إلكتروني صحيح."))
        return email


class ListForm(forms.ModelForm):
    class Meta:
        model = NewsletterList
        fields = ["name", "kind", "section", "send_hour", "send_weekday", "offered_at_signup"]
        error_messages = {"name": {"required": _("اكتب اسم النشرة.")}}

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        from nashra.articles.models import SectionPage

        self.fields["section"].queryset = SectionPage.objects.filter(edition=edition)
        self.fields["kind"].choices = KINDS
        self.fields["send_hour"].error_messages["max_value"] = _("الساعة من 0 إلى 23.")
        self.fields["send_hour"].max_value = 23
        self.fields["send_hour"].widget.attrs.update({"min": 0, "max": 23})

    def clean(self):
        data = super().clean()
        if data.get("kind") == SECTION_WEEKLY and not data.get("section"):
            self.add_error("section", _("اختر قسم النشرة الأسبوعية."))
        weekly = data.get("kind") == SECTION_WEEKLY
        if weekly and data.get("send_hour") is not None and data.get("send_weekday") is None:
            self.add_error("send_weekday", _("اختر يوم إرسال النشرة الأسبوعية."))
        return data

    def clean_send_hour(self):
        hour = self.cleaned_data.get("send_hour")
        if hour is not None and not 0 <= hour <= 23:
            raise forms.ValidationError(_("الساعة من 0 إلى 23."))
        return hour


class ComposeForm(forms.Form):
    subject = forms.CharField(label=_("العنوان"), max_length=200, required=False)
    stories = forms.TypedMultipleChoiceField(label=_("الأخبار"), coerce=int, required=False,
                                             widget=forms.CheckboxSelectMultiple)
    auto = forms.BooleanField(label=_("اجمع أخبار اليوم تلقائيًا"), required=False)

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stories"].choices = list(choices)
        self.fields["stories"].error_messages["invalid_choice"] = _(
            "خبر غير موجود في القائمة؛ اختر من الأخبار المعروضة.")

    def clean(self):
        data = super().clean()
        if not data.get("auto") and not data.get("stories"):
            raise forms.ValidationError(_("اختر خبرًا واحدًا على الأقل، أو اطلب الجمع التلقائي."))
        if not data.get("auto") and not (data.get("subject") or "").strip():
            self.add_error("subject", _("اكتب عنوان العدد."))
        return data


class ScheduleForm(forms.Form):
    send_at = ExpiryField(required=True, label=_("موعد الإرسال (بتوقيت الإصدار)"),
                          error_messages={"required": _("اكتب موعد الإرسال.")})
