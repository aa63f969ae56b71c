"""The account pages under /konto/: login and logout, password reset and change,
"Mein Bereich" (profile, notification settings, followed threads, export, deletion)
and "Zugang beantragen". Django's auth views with our German templates."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from labs.links import configured_base_url
from labs.models import (
    LabFollow,
    Membership,
    NotificationPreference,
    ThemeFollow,
    ThreadFollow,
)

from ..models import ContentPage
from . import services
from .forms import (
    AccessRequestForm,
    DeleteAccountForm,
    LoginForm,
    NotificationForm,
    PasswordChangeForm,
    PasswordResetForm,
    ProfileForm,
    SetPasswordForm,
    user_roles,
)


class LoginView(auth_views.LoginView):
    """Django's login; `next` is followed only to this site (Django checks it with
    url_has_allowed_host_and_scheme)."""

    template_name = "account/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """POST only (Django 5); to the login page with a notice."""

    next_page = reverse_lazy("konto:login")

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.info(request, _("Sie sind abgemeldet."))
        return response


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "account/password_reset.html"
    form_class = PasswordResetForm
    email_template_name = "account/email/password_reset.txt"
    subject_template_name = "account/email/password_reset_subject.txt"
    success_url = reverse_lazy("konto:password_reset_done")

    def form_valid(self, form):
        # Links in the mail use the configured public address, not the Host header.
        self.extra_email_context = {"base_url": configured_base_url()}
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "account/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Also the page where a new member sets the first password (link in the mail of
    an approved request); logs the person in afterwards."""

    template_name = "account/password_set.html"
    form_class = SetPasswordForm
    post_reset_login = True
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"
    success_url = reverse_lazy("konto:profile")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(
            self.request, _("Ihr Passwort ist gespeichert. Sie sind angemeldet.")
        )
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "account/password_change.html"
    form_class = PasswordChangeForm
    success_url = reverse_lazy("konto:profile")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Ihr neues Passwort ist gespeichert."))
        return response


@login_required
def profile(request):
    """Mein Bereich: name and function, notification settings, followed threads."""
    user = request.user
    preference = NotificationPreference.for_user(user)
    profile_form = ProfileForm(user=user)
    notification_form = NotificationForm(instance=preference, user=user)
    status = 200
    if request.method == "POST":
        which = request.POST.get("formular")
        if which == "profil":
            profile_form = ProfileForm(request.POST, user=user)
            if profile_form.is_valid():
                profile_form.save()
                messages.success(request, _("Ihre Angaben sind gespeichert."))
                return redirect("konto:profile")
        elif which == "benachrichtigungen":
            notification_form = NotificationForm(
                request.POST, instance=preference, user=user
            )
            if notification_form.is_valid():
                notification_form.save()
                messages.success(
                    request, _("Ihre Einstellungen für E-Mails sind gespeichert.")
                )
                return redirect("konto:profile")
        status = 400
    membership = Membership.objects.filter(user=user).select_related("city").first()
    follows = ThreadFollow.objects.filter(user=user).select_related("page")
    lab_follows = (
        LabFollow.objects.filter(user=user)
        .select_related("lab__city")
        .order_by("lab__title")
    )
    theme_follows = (
        ThemeFollow.objects.filter(user=user)
        .select_related("theme")
        .order_by("theme__sort_order")
    )
    is_pilot, is_redaktion = user_roles(user)
    return render(
        request,
        "account/profile.html",
        {
            "membership": membership,
            "profile_form": profile_form,
            "notification_form": notification_form,
            "follows": follows.order_by("-created_at"),
            "lab_follows": lab_follows,
            "theme_follows": theme_follows,
            "is_pilot": is_pilot,
            "is_redaktion": is_redaktion,
        },
        status=status,
    )


@login_required
@require_POST
def unfollow(request, pk):
    follow = get_object_or_404(ThreadFollow, pk=pk, user=request.user)
    title = follow.page.title
    follow.delete()
    messages.success(
        request, _("Sie folgen „%(title)s“ nicht mehr.") % {"title": title}
    )
    return redirect(reverse("konto:profile") + "#abos")


@login_required
def export(request):
    """All the data about the person as a JSON download."""
    data = services.export_data(request.user)
    filename = f"stadtlabore-meine-daten-{timezone.localdate():%Y-%m-%d}.json"
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def delete(request):
    user = request.user
    if user.is_superuser:
        return render(request, "account/delete.html", {"blocked": True}, status=403)
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        logout(request)
        services.delete_account(user)
        return redirect("konto:deleted")
    status = 400 if form.is_bound else 200
    return render(request, "account/delete.html", {"form": form}, status=status)


def deleted(request):
    return render(request, "account/deleted.html")


def access_request(request):
    form = AccessRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.submit_access_request(form)
        request.session["zugang_email"] = form.cleaned_data["email"]
        return redirect("konto:access_request_done")
    status = 400 if form.is_bound else 200
    privacy = ContentPage.objects.live().filter(slug="datenschutz").first()
    return render(
        request,
        "account/access_request.html",
        {"form": form, "datenschutz_url": privacy.url if privacy else None},
        status=status,
    )


def access_request_done(request):
    return render(
        request,
        "account/access_request_done.html",
        {"email": request.session.pop("zugang_email", "")},
    )
