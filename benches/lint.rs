//! The tone linter on a 50 KB draft and on a 1 KB one (an email's size) in each language,
//! with the built-in rules: the composer runs it at every keystroke, so it must stay well
//! under a frame (target: 20 ms at 50 KB).
//!
//! `cargo bench --bench lint`

use std::hint::black_box;

use chrono::DateTime;
use crisis::lang::Lang;
use crisis::lint::{Rules, Target, lint};
use crisis::present::compose::{Audience, Channel};
use criterion::{Criterion, criterion_group};

const EN: &str = "Hello Léa,\n\nI'm sorry: the checkout problem started at 9:02 and lots of users \
cannot pay. It was caused by the intern's change, you should have told us sooner. We guarantee \
it will never happen again. In the meantime, you can still take orders by phone. \
Next update at 14:30.\n\n";
const FR: &str = "Bonjour Léa,\n\nJe suis désolé : le problème a commencé à 9 h 02 et beaucoup \
d'utilisateurs ne peuvent plus payer. C'est la faute du stagiaire ; vous auriez dû nous prévenir. \
Cela ne se reproduira plus ! En attendant, vous pouvez prendre les commandes par téléphone. \
Prochain point à 14 h 30.\n\n";

/// `unit` repeated to `size` bytes.
fn draft(unit: &str, size: usize) -> String {
    unit.repeat(size / unit.len() + 1)
}

fn bench(c: &mut Criterion) {
    let rules = Rules::builtin();
    let now = DateTime::parse_from_rfc3339("2026-12-02T14:00:00+01:00").unwrap();
    for (name, size) in [("50KB", 50_000), ("1KB", 1_000)] {
        let mut group = c.benchmark_group(format!("lint/{name}"));
        for (lang, unit) in [(Lang::En, EN), (Lang::Fr, FR)] {
            let text = draft(unit, size);
            let target = Target {
                lang,
                audience: Audience::Client,
                channel: Some(Channel::Email),
                pace: Some(chrono::Duration::minutes(30)),
                now,
            };
            let found = lint(&text, &rules, &target).len();
            eprintln!("lint/{name}/{lang}: {} bytes, {found} findings", text.len());
            group.bench_function(lang.code(), |b| {
                b.iter(|| black_box(lint(black_box(&text), &rules, &target)))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
