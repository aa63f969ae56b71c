"""The discussion URLs: posting, replying, editing, withdrawing, reporting,
following a thread, peer signals, one-click unsubscribing and the notification
settings (included in the "labs" namespace by labs/urls.py)."""

from django.urls import path

from . import views

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
    path("abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path(
        "benachrichtigungen/",
        views.notification_settings,
        name="notification_settings",
    ),
]
