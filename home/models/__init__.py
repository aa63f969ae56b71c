"""The models of `home`, one module per concern; Django finds them here.

* `offers`: the KompetenzBereich's offers (Fachberatung with its stored requests,
  partners, news),
* `pages`: the start page, content pages, site settings and requests for access.
"""

# The offers first: their models were registered first before this was a package.
from .offers import (
    ConsultationRequest,
    ConsultationStatus,
    ContactRoleBlock,
    FachberatungPage,
    NewsIndexPage,
    NewsPage,
    Partner,
    PartnersPage,
)
from .pages import (
    AccessRequest,
    AccessRequestStatus,
    ContentPage,
    HomePage,
    SiteSettings,
)

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
