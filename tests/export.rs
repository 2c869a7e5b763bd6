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
            },
        ),
        Event::new(
            at("09:41"),
            EventKind::UpdateSent {
                text: Some("hourly update by email".into()),
            },
        ),
        Event::new(
            at("10:02"),
            EventKind::Decision {
                text: "switch off the loyalty feature".into(),
            },
        ),
        Event::new(at("11:20"), EventKind::UpdateSent { text: None }),
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
    let md = export::markdown(&incident(&book), &book, at("12:00"));
    insta::assert_snapshot!(md);
}

#[test]
fn figures_of_the_post_mortem() {
    let book = Phrasebook::builtin();
    let md = export::markdown(&incident(&book), &book, at("12:00"));
    assert!(md.contains("| Duration | 2h33m |"), "{md}");
    assert!(md.contains("- Client updates sent: 2"));
    assert!(md.contains("- Time to first client contact: 7m"));
    assert!(md.contains("- Longest time without a client update: 1h39m"));
    let steps = book.steps(Lang::En).count();
    assert!(md.contains(&format!("1 of {steps} done.")), "{md}");
}
