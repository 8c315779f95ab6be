"""The reader's comment form: every message in Arabic, lengths counted as the reader sees them."""

from __future__ import annotations

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_lazy, ngettext

from nashra.arabic.digits import to_digits
from nashra.arabic.screening import clean_invisible

from . import captcha

REQUIRED = gettext_lazy("هذا الحقل مطلوب.")
BAD_BYTES = gettext_lazy("يحتوي النص على رموز غير صالحة، يُرجى إعادة كتابته.")
NAME_MAX, TITLE_MAX, EMAIL_MAX = 80, 150, 254


def _clean_text(value: str) -> str:
    value = clean_invisible(value).replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in value if ch in "\n\t" or (ch >= " " and not "\x7f" <= ch <= "\x9f"))


class TextField(forms.CharField):
    """A CharField that drops invisible and control characters before counting or validating."""

    def to_python(self, value):
        if value not in self.empty_values:
            value = _clean_text(str(value))
        return super().to_python(value)

    def validate(self, value):
        super().validate(value)
        if "\ufffd" in (value or ""):
            raise forms.ValidationError(BAD_BYTES, code="encoding")


def _too_long_text(limit: int) -> str:
    return ngettext(
        "النص أطول من المسموح (حرف واحد).", "النص أطول من المسموح (%(limit)s حرف).", limit
    ) % {"limit": limit}


# Lazy: the field declarations below run at import, before any language is active.
_too_long = lazy(_too_long_text, str)


class CommentForm(forms.Form):
    name = TextField(label=gettext_lazy("الاسم"), max_length=NAME_MAX,
                     error_messages={"required": REQUIRED, "max_length": _too_long(NAME_MAX)})
    email = forms.EmailField(
        label=gettext_lazy("البريد الإلكتروني"), max_length=EMAIL_MAX,
        help_text=gettext_lazy("لن يُنشر بريدك الإلكتروني."),
        error_messages={"required": REQUIRED, "invalid": gettext_lazy("يُرجى كتابة بريد إلكتروني صحيح."),
                        "max_length": _too_long(EMAIL_MAX)},
    )
    title = TextField(label=gettext_lazy("عنوان التعليق"), max_length=TITLE_MAX,
                      error_messages={"required": REQUIRED, "max_length": _too_long(TITLE_MAX)})
    text = TextField(label=gettext_lazy("التعليق"), widget=forms.Textarea(attrs={"rows": 6}),
                     error_messages={"required": REQUIRED})
    agree = forms.BooleanField(
        label=gettext_lazy("أوافق على شروط الاستخدام"),
        error_messages={"required": gettext_lazy("يجب الموافقة على شروط الاستخدام لإرسال التعليق.")},
    )
    captcha_id = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)
    captcha_answer = forms.CharField(label=gettext_lazy("رمز التحقق"), max_length=8, required=False)
    # Honeypot: hidden from people by CSS and aria-hidden; bots fill it in.
    website = forms.CharField(label=gettext_lazy("اترك هذا الحقل فارغًا"), required=False, max_length=200)

    def __init__(self, *args, max_length: int = 1000, digits: str = "latin", **kwargs):
        super().__init__(*args, **kwargs)
        self.max_length = max_length
        self.fields["text"].max_length = max_length
        too_long = lazy(lambda: to_digits(_too_long_text(max_length), digits), str)()  # the edition's digits
        self.fields["text"].error_messages["max_length"] = too_long
        from django.core.validators import MaxLengthValidator

        self.fields["text"].validators.append(MaxLengthValidator(max_length, message=too_long))
        # The browser counts maxlength in UTF-16 units (an emoji is 2) while readers, comments.js
        # and the validator count characters; 2× lets the script stop typing at the real limit.
        self.fields["text"].widget.attrs["maxlength"] = str(2 * max_length)
        for name in ("name", "email", "title", "text", "captcha_answer"):
            self.fields[name].widget.attrs.setdefault("dir", "auto")
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "dir": "ltr"})
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["captcha_answer"].widget.attrs.update(
            {"inputmode": "numeric", "autocomplete": "off", "dir": "ltr"}
        )
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.honeypot_hit = False
        self.kept_challenge = None  # (id, data, answer) of a right code kept while another field failed

    def clean_email(self):
        email = self.cleaned_data["email"]
        if "\ufffd" in email:
            raise forms.ValidationError(BAD_BYTES)
        return email.strip()

    def clean(self):
        data = super().clean()
        if (self.data.get("website") or "").strip():
            self.honeypot_hit = True
            raise forms.ValidationError(gettext("تعذّر قبول التعليق."), code="honeypot")
        cid = self.data.get("captcha_id", "")
        answer = (self.data.get("captcha_answer") or "").strip()
        if not answer:
            self.add_error("captcha_answer", gettext("يُرجى كتابة رمز التحقق."))
            captcha.verify(cid, "")  # consume it anyway: one attempt per challenge
        elif (solved := captcha.verify(cid, answer)) is None:
            self.add_error("captcha_answer", gettext("رمز التحقق غير صحيح أو انتهت صلاحيته، حُلّ الرمز الجديد."))
        elif self._errors and captcha.keep_solved(cid, solved):
            self.kept_challenge = (cid, solved, answer)
        return data
