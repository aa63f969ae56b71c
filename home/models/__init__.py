"""The models of `home`, one module per concern; Django finds them here.

* `access_requests`: requests for access ("Zugang beantragen"),
* `consultation_requests`: the stored requests "Beratung anfragen",
* `offers`: the KompetenzBereich's offers (Fachberatung, partners, news),
* `pages`: the start page and content pages,
* `site_settings`: the settings of the platform (with the Fachberatung's contacts).
"""

from .access_requests import AccessRequest, AccessRequestStatus
from .consultation_requests import ConsultationRequest, ConsultationStatus
from .offers import (
    FachberatungPage,
    NewsIndexPage,
    NewsPage,
    Partner,
    PartnersPage,
)
from .pages import ContentPage, HomePage
from .site_settings import ContactRoleBlock, SiteSettings

__all__ = [
    "AccessRequest",
    "AccessRequestStatus",
    "ConsultationRequest",
    "ConsultationStatus",
    "ContactRoleBlock",
    "ContentPage",
    "FachberatungPage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "Partner",
    "PartnersPage",
    "SiteSettings",
]
