//! The playbook: steps of one language in crisis order, and which one comes next.

use std::collections::BTreeSet;

use crate::lang::{Lang, Stage};
use crate::phrasebook::{Phrasebook, Step};

/// The steps of `lang`, stage by stage (the phrasebook keeps them sorted).
pub fn steps(book: &Phrasebook, lang: Lang) -> Vec<&Step> {
    book.steps(lang).collect()
}

/// The next action: the first unticked step of the earliest stage that still has one.
pub fn next_step(steps: &[&Step], done: &BTreeSet<String>) -> Option<usize> {
    let stage = steps.iter().find(|s| !done.contains(&s.id))?.stage;
    steps
        .iter()
        .position(|s| s.stage == stage && !done.contains(&s.id))
}

/// How many of `steps` are ticked.
pub fn done_count(steps: &[&Step], done: &BTreeSet<String>) -> usize {
    steps.iter().filter(|s| done.contains(&s.id)).count()
}

/// The stage the incident is in: that of the next action, or the last one when all are done.
pub fn current_stage(steps: &[&Step], done: &BTreeSet<String>) -> Stage {
    next_step(steps, done).map_or(Stage::Learn, |i| steps[i].stage)
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    fn step(id: &str, stage: Stage) -> Step {
        Step {
            id: id.into(),
            lang: Lang::En,
            stage,
            title: id.into(),
            why: String::new(),
            source: String::new(),
            phrases: vec![],
        }
    }

    #[test]
    fn the_next_action_is_the_first_unticked_step_of_the_earliest_unfinished_stage() {
        let all = [
            step("p1", Stage::Prepare),
            step("p2", Stage::Prepare),
            step("a1", Stage::Acknowledge),
            step("l1", Stage::Learn),
        ];
        let refs: Vec<&Step> = all.iter().collect();
        let mut done = BTreeSet::new();
        assert_eq!(next_step(&refs, &done), Some(0));
        done.insert("p1".to_string());
        done.insert("a1".to_string());
        assert_eq!(next_step(&refs, &done), Some(1));
        assert_eq!(current_stage(&refs, &done), Stage::Prepare);
        done.insert("p2".to_string());
        assert_eq!(next_step(&refs, &done), Some(3));
        done.insert("l1".to_string());
        assert_eq!(next_step(&refs, &done), None);
        assert_eq!(done_count(&refs, &done), 4);
    }

    #[test]
    fn builtin_playbook_has_steps_in_both_languages_in_stage_order() {
        let book = Phrasebook::builtin();
        for lang in Lang::iter() {
            let steps = steps(&book, lang);
            assert!(steps.len() >= 8, "{lang}: {}", steps.len());
            assert!(steps.windows(2).all(|w| w[0].stage <= w[1].stage));
        }
    }
}
