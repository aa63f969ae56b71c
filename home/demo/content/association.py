"""The association's own demo content: the platform's settings, the start page, the
index pages, the demo accounts and the Redaktion's content in the knowledge hub
(cross-lab synthesis, cross-city discussions, the curated list). Invented (fiktiv).
"""

import datetime

from knowledge.models import EvidenceLevel, LearningKind
from labs.models import DiscussionCategory, DiscussionStatus, Transferability

from .vocabulary import BETEILIGUNG, PFLEGE, WIRTSCHAFT, WOHNEN

D = datetime.date


CONTACT_EMAIL = "quartier@example.org"
REVIEWED = D(2026, 10, 15)


# --- Site settings, start page, index pages ----------------------------------------

SITE_SETTINGS = {
    "site_name": "StadtLabore vor Ort",
    "organisation": "Städtetag Baden-Württemberg – KompetenzBereich Inklusive "
    "Quartiersentwicklung",
    "funding_notice": "Finanziert aus Landesmitteln, die der Landtag von "
    "Baden-Württemberg beschlossen hat.",
    "contact_email": CONTACT_EMAIL,
    "discussions_public": False,
    # Invented, marked as such (the page says where to replace them).
    "privacy_controller": "Städtetag Baden-Württemberg – KompetenzBereich Inklusive "
    "Quartiersentwicklung\nBeispielstraße 1, 70000 Beispielstadt [Beispielangabe]",
    "privacy_officer": "Datenschutzbeauftragte*r des Städtetags [Beispielangabe]",
    "privacy_officer_email": "datenschutz@example.org",
    "hosting_provider": "Beispiel-Hosting GmbH, Beispielstadt [Beispielangabe]",
    "email_provider": "den Mailserver des Hosting-Dienstleisters [Beispielangabe]",
}

HOME = {
    "hero_title": "StadtLabore vor Ort",
    "intro": (
        "<p>Die Laborplattform des <b>KompetenzBereichs Inklusive "
        "Quartiersentwicklung</b> im Städtetag Baden-Württemberg. Pilotstädte "
        "dokumentieren hier ihre StadtLabore: was sie in ihren Quartieren erproben, "
        "was gelingt – und auch, welche Ideen gescheitert sind. Alle Mitgliedsstädte "
        "können so mit- und voneinander lernen, auf Augenhöhe und <i>aus der Praxis "
        "für die Praxis</i>.</p>"
    ),
    "easy_language_intro": (
        "<p>Auf dieser Internet-Seite geht es um <b>Quartiere</b>.</p>"
        "<p>Ein Quartier ist ein Teil von einer Stadt. Zum Beispiel: ein Stadt-Teil. "
        "Oder ein kleines Dorf.</p>"
        "<p>Viele Städte in Baden-Württemberg wollen ihre Quartiere besser machen. "
        "Alle Menschen sollen dort gut leben. Junge Menschen und alte Menschen. "
        "Menschen mit Behinderung und Menschen ohne Behinderung.</p>"
        "<p>Die Städte probieren dafür neue Ideen aus. Das nennen wir: "
        "<b>Stadt-Labor</b>. Manche Ideen klappen gut. Manche Ideen klappen schlecht. "
        "Die Städte schreiben auf: Das haben wir gelernt. So lernen andere Städte "
        "davon.</p>"
        "<p>Die Internet-Seite hat 3 Bereiche:</p>"
        "<ul>"
        "<li><b>StadtLabore</b>: Hier lesen Sie: Diese Ideen probieren die Städte "
        "aus.</li>"
        "<li><b>Wissen</b>: Hier lesen Sie: Das haben die Städte gelernt.</li>"
        "<li><b>Austausch</b>: Hier schreiben Mitarbeiterinnen und Mitarbeiter von "
        "den Städten. Sie stellen sich gegenseitig Fragen.</li>"
        "</ul>"
        "<p>Die 3 Bereiche finden Sie oben auf der Seite im Menü. Oben gibt es auch "
        "eine Suche. Unten auf der Seite finden Sie mehr Seiten in Leichter "
        "Sprache.</p>"
        "<p>Wichtig: Die Städte auf dieser Seite sind ausgedacht. Sie sind ein "
        "Beispiel.</p>"
    ),
}

INDEX_INTROS = {
    "labs": (
        "<p>In einem <b>StadtLabor</b> erprobt eine Pilotstadt neue Wege der "
        "inklusiven Quartiersentwicklung: mit einer Leitfrage, einem Quartier und "
        "mehreren Experimenten. Jeder Steckbrief zeigt Ausgangslage, "
        "Herausforderungen, Zuständigkeiten in der Verwaltung und eine "
        "Ansprechperson. Filtern Sie nach Stadt, Handlungsfeld und Status.</p>"
    ),
    "knowledge": (
        "<p>Was haben die StadtLabore gelernt? Hier finden Sie Gelingensfaktoren, "
        "Stolpersteine, Methoden und <i>gescheiterte Ideen</i> – jeweils mit einer "
        "Empfehlung für andere Städte, der Übertragbarkeit und den Experimenten, aus "
        "denen die Erkenntnis stammt. Oben stellt die Redaktion besonders lesenswerte "
        "Erkenntnisse vor.</p>"
    ),
    "discussions": (
        "<p>Fragen an die Runde, Erfahrungsaustausch und die Suche nach Vorlagen – "
        "von Verwaltung zu Verwaltung, auf Augenhöhe. Beiträge schreiben angemeldete "
        "Mitglieder aus den Mitgliedsstädten; die Redaktion des KompetenzBereichs "
        "stellt übergreifende Themen zur Diskussion.</p>"
    ),
}


# --- Demo accounts -------------------------------------------------------------------
# role: "redaktion" (association editor: group Redaktion, no superuser), "pilot"
# (pilot-city editor: group "Pilotstadt <City>" with rights in their own lab only),
# "member" (member of another member city). Usernames are the e-mail addresses.

USERS = [
    {
        "email": "redaktion@example.org",
        "first_name": "Henrike",
        "last_name": "Demmler",
        "role": "redaktion",
        # Association editors belong to the Städtetag, not to a member city.
        "city": None,
        "function": "Redaktion KompetenzBereich Inklusive Quartiersentwicklung "
        "(Geschäftsstelle)",
    },
    {
        "email": "labor.neckarweiler@example.org",
        "first_name": "Tobias",
        "last_name": "Wendling",
        "role": "pilot",
        "city": "Neckarweiler",
        "function": "Quartierskoordination",
    },
    {
        "email": "labor.filsingen@example.org",
        "first_name": "Sevgi",
        "last_name": "Arslan-Kern",
        "role": "pilot",
        "city": "Filsingen",
        "function": "Wirtschaftsförderung und Stadtmarketing",
    },
    {
        "email": "labor.kraichbrunn@example.org",
        "first_name": "Lukas",
        "last_name": "Hartlieb",
        "role": "pilot",
        "city": "Kraichbrunn",
        "function": "Stadtplanung",
    },
    {
        "email": "labor.remsheim@example.org",
        "first_name": "Mirjam",
        "last_name": "Ostertag",
        "role": "pilot",
        "city": "Remsheim",
        "function": "Quartiersarbeit",
    },
    {
        "email": "labor.albhausen@example.org",
        "first_name": "Annette",
        "last_name": "Brändlin",
        "role": "pilot",
        "city": "Albhausen",
        "function": "Sozialplanung",
    },
    {
        "email": "sozialplanung.schlehenbronn@example.org",
        "first_name": "Petra",
        "last_name": "Kienzlinger",
        "role": "member",
        "city": "Schlehenbronn",
        "function": "Sozialplanung",
    },
    {
        "email": "quartier.quittenau@example.org",
        "first_name": "Jonas",
        "last_name": "Mehlhose",
        "role": "member",
        "city": "Quittenau",
        "function": "Quartierskoordination",
    },
    {
        "email": "inklusion.eschenklingen@example.org",
        "first_name": "Derya",
        "last_name": "Roth-Yıldız",
        "role": "member",
        "city": "Eschenklingen",
        "function": "Beauftragte für die Belange von Menschen mit Behinderungen",
    },
    {
        "email": "stadtplanung.storchenau@example.org",
        "first_name": "Felix",
        "last_name": "Ambrosius",
        "role": "member",
        "city": "Storchenau",
        "function": "Stadtplanung",
    },
    {
        "email": "hauptamt.wacholderstetten@example.org",
        "first_name": "Ute",
        "last_name": "Sailerbach",
        "role": "member",
        "city": "Wacholderstetten",
        "function": "Hauptamt",
    },
    {
        "email": "seniorenbuero.rebhaldenheim@example.org",
        "first_name": "Ralf",
        "last_name": "Nguyen-Baumann",
        "role": "member",
        "city": "Rebhaldenheim",
        "function": "Seniorenbüro",
    },
]

ROLE_LABELS = {
    "redaktion": "Redaktion (Verband)",
    "pilot": "Pilotstadt-Redaktion",
    "member": "Mitglied",
}


# --- Editors' content: cross-lab synthesis, cross-city topics, curated list ----------

HUB_LEARNINGS = [
    {
        "slug": "in-der-laborphase-an-verstetigung-denken",
        "title": "Schon in der Laborphase an die Verstetigung denken: Gemeinderat "
        "früh informieren und Mittel für das Folgejahr einplanen.",
        "kind": LearningKind.RECOMMENDATION,
        "themes": [BETEILIGUNG, PFLEGE, WIRTSCHAFT],
        "evidence": [
            "neckarweiler/mittagstisch-im-gemeindehaus",
            "albhausen/nachbarschaftshilfe-pool",
            "filsingen/quartiersladen-auf-zeit",
            "kraichbrunn/konzeptvergabe-mit-sozialkriterien",
        ],
        "evidence_level": EvidenceLevel.REPEATED,
        "transferability": Transferability.HIGH,
        "transfer_conditions": "Gilt für alle StadtLabore; der richtige Zeitpunkt "
        "hängt vom Haushaltsverfahren der Stadt ab (Doppelhaushalt bedenken).",
        "context_text": "<p>Eine Synthese der Redaktion aus allen fünf "
        "StadtLaboren: Wo Experimente nach der Laborphase weiterliefen, war der "
        "Gemeinderat früh eingebunden. In Neckarweiler beschloss er die "
        "Fortführung des Mittagstischs, in Albhausen die Weiterfinanzierung der "
        "Einsatzkoordination, in Kraichbrunn stand der Beschluss zur "
        "Konzeptvergabe am Anfang.</p>"
        "<p>Wo das fehlte, hingen erfolgreiche Ansätze in der Luft: Der "
        "Quartiersladen in Filsingen wird nur weitergeführt, weil der "
        "Bürgerverein eine Genossenschaft gründet.</p>",
        "recommendation": "Stellen Sie das StadtLabor dem Gemeinderat schon zum "
        "Start vor, berichten Sie mindestens halbjährlich und melden Sie Mittel für "
        "die Fortführung erfolgreicher Experimente rechtzeitig zum "
        "Haushaltsverfahren an – auch wenn die Auswertung noch läuft.",
        "retrospective": "",
        "easy_language_summary": "Die Städte probieren neue Ideen aus. Gute Ideen "
        "sollen weiter-gehen. Dafür braucht die Stadt Geld. Das Geld beschließt "
        "der Gemeinde-Rat. Darum: Den Gemeinde-Rat früh informieren. Und früh an "
        "das Geld für das nächste Jahr denken.",
        "last_reviewed": REVIEWED,
    },
]

EDITORIAL_DISCUSSIONS = [
    {
        "slug": "lernwerkstatt-sorgende-gemeinschaften-fragen",
        "title": "Experimentier- und Lernwerkstatt „Sorgende Gemeinschaften“: "
        "Welche Fragen bringt ihr mit?",
        "themes": [PFLEGE, BETEILIGUNG],
        "category": DiscussionCategory.NOTICE,
        "status": DiscussionStatus.OPEN,
        "started_by_city": "",
        "related_page": "albhausen/feste-ansprechperson-vor-ort",
        "question": "<p>Die nächste Experimentier- und Lernwerkstatt findet online "
        "im engen Kreis statt und widmet sich sorgenden Gemeinschaften. Albhausen "
        "berichtet aus dem StadtLabor Hochfeld, Neckarweiler aus Mühlbach-Süd.</p>"
        "<p>Damit wir die Werkstatt gut vorbereiten können: Welche Fragen, "
        "Stolpersteine oder Erfahrungen bringt ihr mit? Schreibt sie gern als "
        "Antwort hier in den Austausch.</p>",
    },
    {
        "slug": "foerderprogramme-fuer-quartiersprojekte",
        "title": "Welche Förderprogramme nutzt ihr für Quartiersprojekte – und was "
        "hat sich bewährt?",
        "themes": [BETEILIGUNG, WOHNEN],
        "category": DiscussionCategory.QUESTION,
        "status": DiscussionStatus.OPEN,
        "started_by_city": "",
        "related_page": "",
        "question": "<p>Viele StadtLabore kombinieren Eigenmittel mit "
        "Förderprogrammen, zum Beispiel Quartiersimpulse oder Mitteln aus der "
        "Städtebauförderung. Wir möchten im Bereich Wissen eine Übersicht aus der "
        "Praxis aufbauen.</p>"
        "<p>Welche Programme habt ihr genutzt? Was war beim Antrag und bei der "
        "Abrechnung hilfreich oder mühsam? Bitte prüft die aktuellen "
        "Förderbedingungen immer beim jeweiligen Programm – die Konditionen "
        "ändern sich.</p>",
    },
]

# The curated list on the knowledge hub ("Empfohlene Erkenntnisse"), in order.
FEATURED = [
    (
        "albhausen/feste-ansprechperson-vor-ort",
        "Zwei StadtLabore, dieselbe Erfahrung: Ohne feste Koordination vor Ort "
        "bleibt Engagement Stückwerk.",
    ),
    (
        "neckarweiler/wohnungstausch-scheiterte-am-angebot",
        "Eine gescheiterte Idee, offen erzählt – und eine Prüffrage, die anderen "
        "Städten Monate erspart.",
    ),
    (
        "filsingen/barriere-check-mit-betroffenen",
        "Eine Methode, die in jeder Gemeindegröße funktioniert und fast nichts kostet.",
    ),
    (
        "wissen/in-der-laborphase-an-verstetigung-denken",
        "Die Synthese der Redaktion aus allen fünf StadtLaboren: Was nach der "
        "Laborphase trägt.",
    ),
]
