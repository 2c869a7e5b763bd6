//! The Markdown post-mortem, drawn from a fixed incident at a fixed time.

mod common;

use common::at;
use crisis::incident::{Event, EventKind, Incident};
use crisis::phrasebook::{Lang, Phrasebook};
use crisis::present::export;

fn incident(book: &Phrasebook) -> Incident {
    let steps: Vec<_> = book.steps(Lang::En).map(|s| s.id.clone()).collect();
    let events = vec![
        Event::new(
            at("09:02"),
            EventKind::Opened {
                title: "Checkout down".into(),
                severity: crisis::incident::Severity::try_from(2).unwrap(),
                client: Some("ACME".into()),
                lang: Lang::En,
            },
        ),
        Event::new(
            at("09:04"),
            EventKind::DetailSet {
                name: "impact".into(),
                value: "3 of 1,000 shoppers | cannot pay".into(),
            },
        ),
        Event::new(
            at("09:09"),
            EventKind::Contact {
                text: "called Tim".into(),
            },
        ),
        Event::new(
            at("09:10"),
            EventKind::StepDone {
                step: steps[0].clone(),
            },
        ),
        Event::new(
            at("09:12"),
            EventKind::PhraseCopied {
                phrase: "acknowledge.users-sorry".into(),
                lang: Lang::En,
                text: None,
            },
        ),
        Event::new(
            at("09:41"),
            EventKind::update(
                Some("hourly update by email, next one at 10:40".into()),
                None,
            ),
        ),
        Event::new(
            at("10:02"),
            EventKind::Decision {
                text: "switch off the loyalty feature".into(),
            },
        ),
        Event::new(at("11:20"), EventKind::update(None, None)),
        Event::new(at("11:35"), EventKind::Resolved { text: None }),
    ];
    Incident::replay(
        crisis::incident::IncidentId::new("20261124-0902-checkout-down"),
        events,
    )
    .unwrap()
}

#[test]
fn markdown_post_mortem() {
    let book = Phrasebook::builtin();
    let md = export::markdown(
        &incident(&book),
        &book,
        &crisis::cadence::Policy::default(),
        at("12:00"),
        Lang::En,
    );
    insta::assert_snapshot!(md);
}

/// The same incident, kept in French: the post-mortem speaks the incident's language.
#[test]
fn markdown_post_mortem_in_french() {
    let book = Phrasebook::builtin();
    let mut incident = incident(&book);
    incident.lang = Lang::Fr;
    let md = export::markdown(
        &incident,
        &book,
        &crisis::cadence::Policy::default(),
        at("12:00"),
        Lang::Fr,
    );
    for english in [
        "Timeline",
        "Severity",
        "Client updates sent",
        "What we learn",
        "update sent",
    ] {
        assert!(!md.contains(english), "{english} in:\n{md}");
    }
    insta::assert_snapshot!(md);
}

#[test]
fn figures_of_the_post_mortem() {
    let book = Phrasebook::builtin();
    let md = export::markdown(
        &incident(&book),
        &book,
        &crisis::cadence::Policy::default(),
        at("12:00"),
        Lang::En,
    );
    assert!(md.contains("| Duration | 2 h 33 |"), "{md}");
    assert!(md.contains("- Client updates sent: 2"));
    assert!(md.contains("- Time to first client contact: 7 min"));
    assert!(md.contains("- Longest time without a client update: 1 h 39"));
    let steps = book.steps(Lang::En).count();
    assert!(md.contains(&format!("1 of {steps} done.")), "{md}");
}

#[test]
fn notes_render_as_the_text_they_are_in_a_real_commonmark_gfm_renderer() {
    assert!(
        common::have("cmark-gfm"),
        "this test renders with cmark-gfm: install it (apt-get install cmark-gfm)"
    );
    let book = Phrasebook::builtin();
    let mut incident = incident(&book);
    for text in [
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "![tracker](https://example.com/pixel.png)",
        "**loud** `code` ~~gone~~ | pipe &amp;",
    ] {
        incident.apply(Event::new(
            at("09:30"),
            EventKind::Note { text: text.into() },
        ));
    }
    let md = export::markdown(
        &incident,
        &book,
        &crisis::cadence::Policy::default(),
        at("10:00"),
        Lang::En,
    );
    let mut child = std::process::Command::new("cmark-gfm")
        .args([
            "--unsafe",
            "-e",
            "table",
            "-e",
            "strikethrough",
            "-e",
            "autolink",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), md.as_bytes()).unwrap();
    let html = String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap();
    for live in ["<img", "href=\"javascript", "<strong>", "<code>", "<del>"] {
        assert!(!html.contains(live), "{live} rendered live:\n{html}");
    }
    for literal in [
        "&lt;img src=x onerror=alert(1)&gt;",
        "[click](javascript:alert(1))",
        "**loud** `code` ~~gone~~ | pipe &amp;amp;",
    ] {
        assert!(
            html.contains(literal),
            "{literal} not shown as text:\n{html}"
        );
    }
}

/// A teammate in another zone wrote some events: the post-mortem gives every time in its
/// reader's zone (the one `now` is in).
#[test]
fn times_are_in_the_readers_zone_whatever_zone_wrote_them() {
    let book = Phrasebook::builtin();
    let mut incident = incident(&book);
    let in_new_york = chrono::FixedOffset::west_opt(5 * 3600).unwrap();
    let contact = incident
        .events
        .iter_mut()
        .find(|e| matches!(e.kind, EventKind::Contact { .. }))
        .unwrap();
    contact.at = contact.at.with_timezone(&in_new_york);
    let md = export::markdown(
        &incident,
        &book,
        &crisis::cadence::Policy::default(),
        at("12:00"),
        Lang::En,
    );
    assert!(md.contains("| 09:09 | contact | called Tim |"), "{md}");
    assert!(!md.contains("03:09"), "{md}");
}
