from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class CommentsConfig(AppConfig):
    name = "nashra.comments"
    label = "nashra_comments"
    verbose_name = gettext_lazy("التعليقات")
