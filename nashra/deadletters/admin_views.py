from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from .models import DeadLetter
from .retry import retry


def _admins_only(request):
    if not request.user.is_superuser:
        raise PermissionDenied


def dead_letters_page(request):
    _admins_only(request)
    return TemplateResponse(request, "deadletters/list.html", {"letters": DeadLetter.objects.all()[:200]})


@require_POST
def retry_dead_letter(request, pk):
    _admins_only(request)
    letter = get_object_or_404(DeadLetter, pk=pk)
    try:
        retry(letter)
    except Exception:  # the task is gone or its arguments no longer fit: say so, keep the letter
        messages.error(request, gettext("تعذرت إعادة المهمة."))
    else:
        messages.success(request, gettext("أُعيدت المهمة إلى الطابور."))
    return redirect("dead_letters_admin")
