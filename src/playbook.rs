//! The playbook: steps of one language in crisis order, and which one comes next.

use std::collections::BTreeSet;

use crate::lang::{Lang, Stage};
use crate::phrasebook::{Phrasebook, Step};

/// The steps of `lang`, stage by stage (the phrasebook keeps them sorted).
pub fn steps(book: &Phrasebook, lang: Lang) -> Vec<&Step> {
    book.steps(lang).collect()
}

/// The step that sends the client an update: the next action whenever one is soon or late,
/// ticked or not, since an update is owed again and again.
pub const UPDATE_STEP: &str = "regular-updates";

/// The next action: the update step when an update is `owed`; otherwise the first unticked
/// step of the earliest stage that still has one.
pub fn next_step(steps: &[&Step], done: &BTreeSet<String>, owed: bool) -> Option<usize> {
    if let Some(i) = steps.iter().position(|s| owed && s.id == UPDATE_STEP) {
        return Some(i);
    }
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
    next_step(steps, done, false).map_or(Stage::Learn, |i| steps[i].stage)
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
    fn an_owed_update_is_the_next_action_in_every_language_even_when_ticked() {
        let book = Phrasebook::builtin();
        for lang in Lang::iter() {
            let steps = steps(&book, lang);
            let done: BTreeSet<String> = [UPDATE_STEP.to_string()].into();
            let i = next_step(&steps, &done, true).expect("the update step exists");
            assert_eq!(steps[i].id, UPDATE_STEP, "{lang}");
            assert!(
                !steps[i].phrases.is_empty(),
                "{lang}: it offers update phrases"
            );
            assert_ne!(next_step(&steps, &done, false), Some(i));
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
        assert_eq!(next_step(&refs, &done, false), Some(0));
        done.insert("p1".to_string());
        done.insert("a1".to_string());
        assert_eq!(next_step(&refs, &done, false), Some(1));
        assert_eq!(current_stage(&refs, &done), Stage::Prepare);
        done.insert("p2".to_string());
        assert_eq!(next_step(&refs, &done, false), Some(3));
        done.insert("l1".to_string());
        assert_eq!(next_step(&refs, &done, false), None);
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
