"""What every form of the site shares: accessible field descriptions (the account
pages, the request for access, the Fachberatung form and the city profile)."""


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
