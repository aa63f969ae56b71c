"""RSS and Atom feeds under /feeds/ (URL namespace `feeds`)."""

from django.urls import path

from .feeds import DiscussionsFeed, LabFeed, LearningsFeed, ThemeFeed, atom

app_name = "feeds"

urlpatterns = [
    path("erkenntnisse/", LearningsFeed(), name="learnings"),
    path("erkenntnisse/atom/", atom(LearningsFeed)(), name="learnings_atom"),
    path("stadtlabore/<str:lab>/", LabFeed(), name="lab"),
    path("stadtlabore/<str:lab>/atom/", atom(LabFeed)(), name="lab_atom"),
    path("handlungsfelder/<slug:slug>/", ThemeFeed(), name="theme"),
    path("handlungsfelder/<slug:slug>/atom/", atom(ThemeFeed)(), name="theme_atom"),
    path("diskussionen/", DiscussionsFeed(), name="discussions"),
    path("diskussionen/atom/", atom(DiscussionsFeed)(), name="discussions_atom"),
]
