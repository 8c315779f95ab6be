from django.urls import path

from . import views

app_name = "newsletters"

urlpatterns = [
    path("", views.archive, name="archive"),
    path("<int:issue_id>/", views.issue_page, name="issue"),
    path("form-token/", views.form_token, name="form_token"),
    path("subscribe/", views.signup, name="signup"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("p/<str:token>/", views.preferences, name="preferences"),
    path("p/<str:token>/export.json", views.export, name="export"),
    path("u/<str:token>/<int:list_id>/", views.unsubscribe, name="unsubscribe"),
]
