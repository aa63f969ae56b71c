"""The discussion URLs (mounted once under /mitmachen/ in site/urls.py). Only these
views are routed: no django-comments-xtd or django-contrib-comments URLs, so
neither its REST API nor anonymous posting exists on this site."""

from django.urls import include, path

from . import views

app_name = "labs"

urlpatterns = [
    path("seite/<int:page_id>/beitrag/", views.comment_post, name="comment_post"),
    path("seite/<int:page_id>/folgen/", views.follow_toggle, name="follow"),
    path("seite/<int:page_id>/rueckmeldung/", views.peer_signal, name="peer_signal"),
    path("beitrag/<int:pk>/", views.comment_permalink, name="comment_permalink"),
    path("beitrag/<int:pk>/antworten/", views.comment_reply, name="comment_reply"),
    path("beitrag/<int:pk>/bearbeiten/", views.comment_edit, name="comment_edit"),
    path(
        "beitrag/<int:pk>/zurueckziehen/",
        views.comment_withdraw,
        name="comment_withdraw",
    ),
    path("beitrag/<int:pk>/melden/", views.comment_report, name="comment_report"),
    path("", include("labs.follows.urls")),
    path("abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path(
        "benachrichtigungen/",
        views.notification_settings,
        name="notification_settings",
    ),
    path("veranstaltungen/", include("labs.events.urls")),
]
