"""Account pages under /konto/ (namespace "konto")."""

from django.urls import path

from . import views

app_name = "konto"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("anmelden/", views.LoginView.as_view(), name="login"),
    path("abmelden/", views.LogoutView.as_view(), name="logout"),
    path(
        "passwort-vergessen/",
        views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "passwort-vergessen/gesendet/",
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "passwort/neu/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "passwort-aendern/",
        views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path("abos/<int:pk>/beenden/", views.unfollow, name="unfollow"),
    path("meine-daten.json", views.export, name="export"),
    path("loeschen/", views.delete, name="delete"),
    path("geloescht/", views.deleted, name="deleted"),
    path("zugang-beantragen/", views.access_request, name="access_request"),
    path(
        "zugang-beantragen/danke/",
        views.access_request_done,
        name="access_request_done",
    ),
]
