"""Following a lab or a theme: the button, "Mein Bereich", and exactly one email
when a new experiment or learning is first published there."""

import re

import pytest
from django.core import mail

from home import demo
from labs.models import LabFollow, NotificationPreference, ThemeFollow


def follow_lab(client, lab, action="follow"):
    return client.post(f"/mitmachen/labor/{lab.pk}/folgen/", {"action": action})


def follow_theme(client, theme, action="follow"):
    return client.post(f"/mitmachen/thema/{theme.slug}/folgen/", {"action": action})


# --- The button ----------------------------------------------------------------------


def test_visitor_sees_login_hint_and_cannot_follow(client, lab):
    content = client.get(lab.url).content.decode()
    assert "Anmelden, um zu folgen" in content
    assert "Labor folgen</button>" not in content
    response = follow_lab(client, lab)
    assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]
    assert not LabFollow.objects.exists()


def test_member_follows_and_unfollows_a_lab(client, member, lab):
    client.force_login(member)
    assert "Labor folgen" in client.get(lab.url).content.decode()
    response = follow_lab(client, lab)
    assert response.status_code == 302
    assert LabFollow.objects.filter(user=member, lab=lab).count() == 1
    content = client.get(lab.url).content.decode()
    assert "Sie folgen diesem StadtLabor" in content
    assert "Nicht mehr folgen" in content
    follow_lab(client, lab)  # twice is still one
    assert LabFollow.objects.filter(user=member).count() == 1
    follow_lab(client, lab, "unfollow")
    assert not LabFollow.objects.exists()


def test_member_follows_a_theme_on_its_page(client, member, themes):
    client.force_login(member)
    theme = themes[2]
    assert "Thema folgen" in client.get(f"/themen/{theme.slug}/").content.decode()
    follow_theme(client, theme)
    assert ThemeFollow.objects.filter(user=member, theme=theme).exists()
    content = client.get(f"/themen/{theme.slug}/").content.decode()
    assert "Sie folgen diesem Handlungsfeld" in content


def test_follow_needs_post_and_csrf(member, lab):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert client.get(f"/mitmachen/labor/{lab.pk}/folgen/").status_code == 405
    assert follow_lab(client, lab).status_code == 403
    assert not LabFollow.objects.exists()


def test_draft_lab_cannot_be_followed(client, member, lab_index, city):
    draft = demo.build_lab(lab_index, title="Entwurfslabor", city=city, live=False)
    client.force_login(member)
    assert follow_lab(client, draft).status_code == 404


def test_profile_lists_follows_with_unfollow(client, member, lab, themes, experiment):
    LabFollow.objects.create(user=member, lab=lab)
    ThemeFollow.objects.create(user=member, theme=themes[0])
    from labs.models import ThreadFollow

    ThreadFollow.objects.create(user=member, page=experiment)
    client.force_login(member)
    content = client.get("/konto/").content.decode()
    assert lab.title in content
    assert themes[0].name.replace("&", "&amp;") in content
    assert experiment.title in content
    response = client.post(
        f"/mitmachen/thema/{themes[0].slug}/folgen/",
        {"action": "unfollow", "next": "/konto/#folge-ich"},
    )
    assert response["Location"] == "/konto/#folge-ich"
    assert not ThemeFollow.objects.exists()
    assert "Sie folgen dem Handlungsfeld" in client.get("/konto/").content.decode()


def test_unsafe_next_is_ignored(client, member, lab):
    client.force_login(member)
    response = client.post(
        f"/mitmachen/labor/{lab.pk}/folgen/",
        {"action": "follow", "next": "https://evil.example.com/"},
    )
    assert response["Location"].startswith(lab.url)


# --- Emails on first publication ------------------------------------------------------


def test_new_experiment_in_followed_lab_sends_one_email(member, lab):
    LabFollow.objects.create(user=member, lab=lab)
    mail.outbox.clear()
    experiment = demo.build_experiment(lab, title="Neues Nachbarschaftscafé")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert "Neues Nachbarschaftscafé" in message.subject
    assert "Sie folgen dem StadtLabor" in message.body
    assert experiment.url in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")


def test_follower_of_lab_and_theme_gets_only_one_email(member, lab, themes):
    LabFollow.objects.create(user=member, lab=lab)
    ThemeFollow.objects.create(user=member, theme=themes[4])
    mail.outbox.clear()
    demo.build_learning(lab, title="Eine neue Erkenntnis", themes=[themes[4]])
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "Sie folgen dem StadtLabor" in body
    assert "Sie folgen dem Handlungsfeld „Wirtschaft & Nahversorgung“" in body


def test_theme_follower_hears_about_learning_from_any_lab(
    member, other_lab, themes, other_member
):
    ThemeFollow.objects.create(user=member, theme=themes[5])
    mail.outbox.clear()
    demo.build_learning(other_lab, title="Vielfalt braucht Zeit", themes=[themes[5]])
    demo.build_learning(other_lab, title="Anderes Thema", themes=[themes[6]])
    assert [m.to for m in mail.outbox] == [[member.email]]
    assert "Vielfalt braucht Zeit" in mail.outbox[0].subject


def test_republishing_sends_nothing(member, lab):
    LabFollow.objects.create(user=member, lab=lab)
    experiment = demo.build_experiment(lab, title="Wiederholt veröffentlicht")
    mail.outbox.clear()
    experiment.teaser = "Geändert."
    experiment.save_revision().publish()
    experiment.unpublish()
    experiment.refresh_from_db()
    experiment.save_revision().publish()
    assert mail.outbox == []


def test_author_gets_no_email(member, lab):
    LabFollow.objects.create(user=member, lab=lab)
    draft = demo.build_experiment(lab, title="Vom Mitglied selbst", live=False)
    draft.owner = member
    draft.save()
    mail.outbox.clear()
    draft.save_revision(user=member).publish(user=member, skip_permission_checks=True)
    assert mail.outbox == []


def test_switched_off_preference_is_respected(member, lab):
    LabFollow.objects.create(user=member, lab=lab)
    preference = NotificationPreference.for_user(member)
    preference.follows = False
    preference.save()
    mail.outbox.clear()
    demo.build_experiment(lab, title="Still veröffentlicht")
    assert mail.outbox == []


def test_private_page_is_not_announced_to_who_may_not_see_it(member, lab):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    LabFollow.objects.create(user=member, lab=lab)
    draft = demo.build_experiment(lab, title="Nur für die Redaktion", live=False)
    restriction = PageViewRestriction.objects.create(
        page=draft, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Redaktion"))
    mail.outbox.clear()
    draft.save_revision().publish()
    assert mail.outbox == []


@pytest.mark.parametrize("kind", ["lab", "theme"])
def test_one_click_unfollow_link_in_the_email(client, member, lab, themes, kind):
    if kind == "lab":
        LabFollow.objects.create(user=member, lab=lab)
    else:
        ThemeFollow.objects.create(user=member, theme=themes[0])
    mail.outbox.clear()
    demo.build_experiment(lab, title="Mit Abmeldelink", themes=[themes[0]])
    body = mail.outbox[0].body
    link = re.search(r"https?://\S+/mitmachen/abbestellen/\S+/", body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path)
    assert response.status_code == 200
    assert "nicht mehr" in response.content.decode()
    assert not LabFollow.objects.exists() and not ThemeFollow.objects.exists()
