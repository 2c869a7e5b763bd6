//! The panes of the screen, in focus order; Tab walks them with strum, so a new one is a variant.

use strum::{EnumCount, EnumIter, FromRepr};

#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, EnumCount, FromRepr)]
pub enum Pane {
    Timeline,
    Checklist,
    Phrasebook,
}

impl Pane {
    pub fn next(self) -> Pane {
        Pane::from_repr((self as usize + 1) % Pane::COUNT).unwrap_or(self)
    }

    pub fn prev(self) -> Pane {
        Pane::from_repr((self as usize + Pane::COUNT - 1) % Pane::COUNT).unwrap_or(self)
    }
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    #[test]
    fn focus_cycles_through_every_pane_both_ways() {
        for pane in Pane::iter() {
            assert_eq!(pane.next().prev(), pane);
        }
        assert_eq!(Pane::Phrasebook.next(), Pane::Timeline);
        assert_eq!(Pane::Timeline.prev(), Pane::Phrasebook);
    }
}
