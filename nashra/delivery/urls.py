from django.urls import path

from . import views

urlpatterns = [
    path("_b/", views.beacon, name="delivery-beacon"),
]
