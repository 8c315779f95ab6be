from django.urls import path

from . import views

app_name = "comments"

urlpatterns = [
    path("form-token/", views.form_token, name="form_token"),
    path("captcha/<str:cid>.png", views.captcha_image, name="captcha"),
    path("<int:article_id>/new/", views.new_comment, name="new"),
    path("report/<int:comment_id>/", views.report_comment, name="report"),
    path("rules/", views.rules, name="rules"),
    path("terms/", views.terms, name="terms"),
]
