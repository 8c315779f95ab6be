from django.urls import path

from . import views

app_name = "prayer"

urlpatterns = [
    path("", views.today, name="today"),
    path("cities/", views.cities, name="cities"),
    path("<str:city_slug>/", views.today, name="city"),
    path("<str:city_slug>/month/", views.month, name="month"),
]
