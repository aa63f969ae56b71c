"""Discussions under experiments, learnings and discussion pages: who may read and
write, a page's thread, posting, moderation and peer signals (`comments`), the
forms, views and URLs. The comment models live in `labs.models.comments`."""
