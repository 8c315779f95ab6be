from django.urls import path

from . import views

app_name = "caricatures"

urlpatterns = [
    path("", views.gallery, name="gallery"),
    path("<int:pk>/", views.detail, name="detail"),
    path("artists/<str:slug>/", views.artist, name="artist"),
]
