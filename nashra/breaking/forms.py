"""The switch's form: sections where the story also leads, an end time typed in the edition's zone
(as the picks' expiry), and whether to send a push alert."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nashra.articles.models import SectionPage
from nashra.picks.forms import ExpiryField


class StartForm(forms.Form):
    sections = forms.ModelMultipleChoiceField(
        queryset=SectionPage.objects.none(), required=False, widget=forms.CheckboxSelectMultiple,
        label=_("يتصدر أيضًا صفحة القسم"),
        error_messages={"invalid_choice": _("هذا القسم غير متاح لهذا الخبر."),
                        "invalid_pk_value": _("هذا القسم غير متاح لهذا الخبر.")})
    ends_at = ExpiryField(label=_("ينتهي في (بتوقيت الإصدار، اختياري: فارغ ينتهي يدويًا)"))
    send_alert = forms.BooleanField(required=False, label=_("أرسل تنبيهًا عاجلًا"))

    def __init__(self, *args, page, alerts_available=True, **kwargs):
        super().__init__(*args, **kwargs)
        # A section page lists its own stories only (the picks' rule): the story leads its section.
        self.fields["sections"].queryset = SectionPage.objects.filter(pk=page.section_id, edition_id=page.edition_id)
        if not alerts_available:
            del self.fields["send_alert"]
