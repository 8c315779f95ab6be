from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "nashra.comments"
    label = "nashra_comments"
    verbose_name = "التعليقات"
