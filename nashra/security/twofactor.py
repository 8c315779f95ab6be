"""Optional TOTP two-factor sign-in for the newsroom (django-otp).

An editor enrols from «حسابي» → «التحقق بخطوتين» (``/<admin>/2fa/``): a QR code
for any authenticator app, then one code to confirm. From then on, after the
password, the newsroom asks for a current code (``/<admin>/2fa/verify/``)
before anything else. ``NASHRA_REQUIRE_2FA=1`` makes enrolment compulsory for
every staff member (they are sent to the enrolment page until they enrol).
Codes are throttled by django-otp (growing delay after wrong codes).
"""

from __future__ import annotations

import base64
import io

from django import forms
from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, gettext_lazy

VERIFY_URL_NAME = "nashra_2fa_verify"
ENROL_URL_NAME = "nashra_2fa_enrol"


class TokenForm(forms.Form):
    token = forms.CharField(label=gettext_lazy("رمز التحقق"), min_length=6, max_length=8,
                            widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}))


def _devices(user, confirmed=True):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.devices_for_user(user, confirmed=confirmed)


def required() -> bool:
    return bool(settings.NASHRA_REQUIRE_2FA)


def qr_data_uri(url: str) -> str:
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def verify(request):
    """Ask for the current code of an enrolled device."""
    from django_otp import login as otp_login

    if request.user.is_verified():
        return redirect(_next(request))
    devices = list(_devices(request.user))
    if not devices:
        return redirect(reverse(ENROL_URL_NAME))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        for device in devices:
            allowed, _data = device.verify_is_allowed()
            if allowed and device.verify_token(form.cleaned_data["token"].strip()):
                otp_login(request, device)
                return redirect(_next(request))
        form.add_error("token", gettext(
            "الرمز غير صحيح أو منتهي الصلاحية، أو كثرت المحاولات؛ انتظر قليلًا وأعد المحاولة."
        ))
    return render(request, "security/otp_verify.html", {"form": form, "next": _next(request)})


def enrol(request):
    """Create (or show) an unconfirmed TOTP device; confirm it with one code."""
    from django_otp import login as otp_login
    from django_otp.plugins.otp_totp.models import TOTPDevice

    if list(_devices(request.user)) and not request.user.is_verified():
        return redirect(reverse(VERIFY_URL_NAME))
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name=gettext("نشرة"), confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
            otp_login(request, device)
            return redirect(reverse("wagtailadmin_home"))
        form.add_error("token", gettext("الرمز غير صحيح؛ تأكد من ضبط ساعة الهاتف وأعد المحاولة."))
    secret = base64.b32encode(device.bin_key).decode()
    context = {"form": form, "qr": qr_data_uri(device.config_url), "secret": secret,
               "enrolled": list(_devices(request.user))}
    return render(request, "security/otp_enrol.html", context)


class RequireOTPMiddleware:
    """In the newsroom, a user with a confirmed device must have entered a code this session."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = f"/{settings.NASHRA_ADMIN_PATH.strip('/')}/"
        self.open_paths = {f"{self.prefix}login/", f"{self.prefix}logout/", f"{self.prefix}jsi18n/"}

    def __call__(self, request):
        path = request.path_info
        user = getattr(request, "user", None)
        if (path.startswith(self.prefix) and path not in self.open_paths and user is not None
                and user.is_authenticated and hasattr(user, "is_verified") and not user.is_verified()):
            verify_url, enrol_url = reverse(VERIFY_URL_NAME), reverse(ENROL_URL_NAME)
            if path not in (verify_url, enrol_url):
                if any(True for _ in _devices(user)):
                    return redirect(f"{verify_url}?next={request.get_full_path()}")
                if required() and user.is_staff:
                    return redirect(enrol_url)
        return self.get_response(request)
