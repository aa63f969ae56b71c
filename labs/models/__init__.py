"""The models of the base app: the network (cities, themes, memberships), the page
tree of labs, experiments and discussions, comments, follows and events.

`labs` is the base app: it imports none of the other apps. What they add to it
(the learning pages inside a lab, the start page) is named in the settings and read
through `labs.extensions`. Query helpers for listings live in `labs.queries`.
"""

from .base import BasePage, CommentableMixin, LabChildMixin, SectionIndexPage
from .comments import (
    AdoptionKind,
    Comment,
    CommentReport,
    CommentStats,
    CommentSubmission,
    ExperimentAdoption,
    PeerSignal,
    ReportReason,
    signalling_city,
)
from .discussions import (
    DiscussionCategory,
    DiscussionIndexPage,
    DiscussionPage,
    DiscussionStatus,
)
from .events import (
    EventCircle,
    EventIndexPage,
    EventKind,
    EventPage,
    EventRegistration,
    RegistrationStatus,
)
from .experiments import (
    CostBand,
    Effort,
    EvaluationMethod,
    ExperimentPage,
    ExperimentStatus,
    FormatType,
    Transferability,
)
from .follows import LabFollow, ThemeFollow, ThreadFollow
from .labs import LabIndexPage, LabPage, LabStatus, Programme, QuarterType
from .limits import RateCounter
from .mail import OutgoingMail
from .network import (
    ASSOCIATION_NAME,
    SIZE_CLASSES,
    City,
    DigestFrequency,
    Membership,
    MunicipalityType,
    NetworkRole,
    NotificationPreference,
    TargetGroup,
    Theme,
)

__all__ = [
    "RateCounter",
    "ASSOCIATION_NAME",
    "SIZE_CLASSES",
    "AdoptionKind",
    "BasePage",
    "City",
    "Comment",
    "CommentReport",
    "CommentStats",
    "CommentSubmission",
    "CommentableMixin",
    "CostBand",
    "DigestFrequency",
    "DiscussionCategory",
    "DiscussionIndexPage",
    "DiscussionPage",
    "DiscussionStatus",
    "Effort",
    "EvaluationMethod",
    "EventCircle",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventRegistration",
    "ExperimentAdoption",
    "ExperimentPage",
    "ExperimentStatus",
    "FormatType",
    "LabChildMixin",
    "LabFollow",
    "LabIndexPage",
    "LabPage",
    "LabStatus",
    "Membership",
    "MunicipalityType",
    "NetworkRole",
    "NotificationPreference",
    "OutgoingMail",
    "PeerSignal",
    "Programme",
    "QuarterType",
    "RegistrationStatus",
    "ReportReason",
    "SectionIndexPage",
    "TargetGroup",
    "Theme",
    "ThemeFollow",
    "ThreadFollow",
    "signalling_city",
    "Transferability",
]
