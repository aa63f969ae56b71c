"""Forms of the account pages (/konto/) and of the request for access."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from labs.models import City, Membership, NotificationPreference
from labs.parsing import parse_id
from labs.roles import editor_roles
from labs.text import plain_text

from .models import AccessRequest

OTHER_CITY = "andere"


class AccessibleFormMixin:
    """Ties help texts and error messages to their fields (aria-describedby) and
    marks invalid fields (aria-invalid); the templates render the texts with the
    ids `<field id>-hilfe` and `<field id>-fehler`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe_fields()

    def full_clean(self):
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self):
        errors = getattr(self, "_errors", None) or {}
        for name, field in self.fields.items():
            auto_id = self[name].auto_id
            described_by = []
            if field.help_text:
                described_by.append(f"{auto_id}-hilfe")
            if name in errors:
                described_by.append(f"{auto_id}-fehler")
                field.widget.attrs["aria-invalid"] = "true"
            if errors:
                # The error summary takes the focus instead.
                field.widget.attrs.pop("autofocus", None)
            else:
                field.widget.attrs.pop("aria-invalid", None)
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)
            else:
                field.widget.attrs.pop("aria-describedby", None)


class LoginForm(AccessibleFormMixin, auth_forms.AuthenticationForm):
    username = auth_forms.UsernameField(
        label=_("E-Mail-Adresse"),
        widget=forms.EmailInput(attrs={"autocomplete": "username", "autofocus": True}),
    )
    password = forms.CharField(
        label=_("Passwort"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    error_messages = {
        "invalid_login": _(
            "E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie Ihre "
            "Eingabe (beim Passwort zählt die Groß- und Kleinschreibung)."
        ),
        "inactive": _("Dieses Konto ist gesperrt."),
    }

    def clean_username(self):
        """Usernames are lower-case email addresses; accept any capitalisation."""
        username = self.cleaned_data["username"].strip()
        match = (
            get_user_model()
            .objects.filter(username__iexact=username)
            .values_list("username", flat=True)
            .first()
        )
        return match or username


class PasswordResetForm(AccessibleFormMixin, auth_forms.PasswordResetForm):
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def get_users(self, email):
        """Unlike Django's form, accounts that never had a password (created on
        approval or by import, whose first link expired) get a link too."""
        return (
            user
            for user in get_user_model()._default_manager.filter(
                email__iexact=email, is_active=True
            )
            if user.email
        )


class SetPasswordForm(AccessibleFormMixin, auth_forms.SetPasswordForm):
    pass


class PasswordChangeForm(AccessibleFormMixin, auth_forms.PasswordChangeForm):
    pass


class ProfileForm(AccessibleFormMixin, forms.Form):
    first_name = forms.CharField(
        label=_("Vorname"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Nachname"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    function = forms.CharField(
        label=_("Funktion"),
        max_length=120,
        required=False,
        help_text=_("z. B. „Sozialplanung“ oder „Quartierskoordination“."),
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        self.membership = Membership.objects.filter(user=user).first()
        kwargs.setdefault(
            "initial",
            {
                "first_name": user.first_name,
                "last_name": user.last_name,
                "function": self.membership.function if self.membership else "",
            },
        )
        super().__init__(*args, **kwargs)

    def save(self):
        self.user.first_name = plain_text(self.cleaned_data["first_name"]).strip()
        self.user.last_name = plain_text(self.cleaned_data["last_name"]).strip()
        self.user.save(update_fields=["first_name", "last_name"])
        if self.membership is not None:
            self.membership.function = plain_text(self.cleaned_data["function"]).strip()
            self.membership.save(update_fields=["function"])


def user_roles(user):
    """(is pilot-city editor, is Redaktion) for the notification settings."""
    return editor_roles(user)


class NotificationForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["replies", "lab_comments", "moderation", "follows", "digest"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        pilot, redaktion = user_roles(user)
        # Only the choices that can ever send this person an email.
        if not (pilot or redaktion):
            del self.fields["lab_comments"]
        if not redaktion:
            del self.fields["moderation"]
        # A missing choice keeps the current frequency (a select always sends one).
        self.fields["digest"].required = False

    def clean_digest(self):
        return self.cleaned_data.get("digest") or self.instance.digest


class CityChoiceField(forms.ChoiceField):
    """Member cities plus "my city is not in the list", which is refused with an
    explanation (as is any name that is not a member city)."""

    def __init__(self, **kwargs):
        super().__init__(choices=self.city_choices, **kwargs)

    @staticmethod
    def city_choices():
        return [
            ("", _("Bitte wählen …")),
            *[(str(pk), name) for pk, name in City.objects.values_list("pk", "name")],
            (OTHER_CITY, _("Meine Stadt ist nicht in der Liste")),
        ]

    def valid_value(self, value):
        return True  # checked in clean(): a clear message instead of Django's

    def clean(self, value):
        value = super().clean(value)
        city = None
        city_id = parse_id(value)
        if city_id:
            city = City.objects.filter(pk=city_id).first()
        if city is None and value and value != OTHER_CITY:
            city = City.objects.filter(name__iexact=" ".join(value.split())).first()
        if city is None:
            raise forms.ValidationError(
                _(
                    "Zugang erhalten nur Beschäftigte der Mitgliedsstädte des "
                    "Städtetags Baden-Württemberg. Ihre Stadt ist nicht in der Liste "
                    "und kann daher keinen Zugang beantragen. Ist Ihre Stadt Mitglied "
                    "und fehlt trotzdem? Dann schreiben Sie uns bitte an die Adresse "
                    "unten auf der Seite."
                ),
                code="not_a_member",
            )
        return city


class AccessRequestForm(AccessibleFormMixin, forms.ModelForm):
    city = CityChoiceField(
        label=_("Mitgliedsstadt"),
        help_text=_("Die Stadt, in deren Verwaltung Sie arbeiten."),
    )

    class Meta:
        model = AccessRequest
        fields = ["name", "email", "city", "function", "message"]
        labels = {"name": _("Vor- und Nachname")}
        help_texts = {
            "email": _("Ihre dienstliche Adresse; an sie schicken wir die Antwort."),
            "message": _("Freiwillig: Worüber möchten Sie sich austauschen?"),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "function": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "message": forms.Textarea(attrs={"rows": 4}),
        }

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())


class DeleteAccountForm(AccessibleFormMixin, forms.Form):
    password = forms.CharField(
        label=_("Ihr Passwort zur Bestätigung"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("Das Passwort stimmt nicht. Ihr Konto wurde nicht gelöscht."),
                code="password_incorrect",
            )
        return password
