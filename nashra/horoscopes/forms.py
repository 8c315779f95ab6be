from django import forms
from django.utils.translation import gettext_lazy as _

from .signs import SIGNS


class DayChoiceForm(forms.Form):
    """Which edition and day to edit (GET)."""

    edition = forms.ModelChoiceField(queryset=None, label=_("الإصدار"), empty_label=None)
    date = forms.DateField(label=_("اليوم"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def __init__(self, *args, editions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["edition"].queryset = editions


class HoroscopeDayForm(DayChoiceForm):
    """All twelve signs of one day on one screen; an empty box removes that sign's entry."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for sign in SIGNS:
            self.fields[f"sign_{sign.slug}"] = forms.CharField(
                label=f"{sign.symbol} {sign.title}", required=False,
                widget=forms.Textarea(attrs={"rows": 3}), max_length=4000,
            )

    def sign_fields(self):
        return [(sign, self[f"sign_{sign.slug}"]) for sign in SIGNS]
