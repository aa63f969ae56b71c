"""Veranstaltungen: registration and waiting list, emails, calendar files, views,
URLs and the admin's participant lists. The event models live in
`labs.models.events`."""
