from django.urls import path

from . import views

app_name = "horoscopes"

urlpatterns = [
    path("", views.index, name="index"),
    path("find/", views.find_sign, name="find"),
    path("<str:sign_slug>/", views.sign_today, name="sign"),
    path("<str:sign_slug>/archive/", views.sign_archive, name="archive"),
]
