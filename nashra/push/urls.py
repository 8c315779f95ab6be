from django.urls import path

from . import views

urlpatterns = [
    path("push-sw.js", views.service_worker, name="push-service-worker"),
    path("push/key/", views.public_key, name="push-key"),
    path("push/subscribe/", views.subscribe, name="push-subscribe"),
    path("push/unsubscribe/", views.unsubscribe, name="push-unsubscribe"),
]
