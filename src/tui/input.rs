//! A line of typed text with a cursor, on ratatui-textarea; its keys come from our key table.
//!
//! The widget never sees a key event: the key table resolves keys to verbs, and [`LineInput::edit`]
//! turns an editing verb into the widget's own operation, so one table still says what a key does.

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea};

use super::action::Verb;

#[derive(Debug, Clone, Default)]
pub struct LineInput {
    area: TextArea<'static>,
}

impl PartialEq for LineInput {
    fn eq(&self, other: &LineInput) -> bool {
        self.text() == other.text()
    }
}

impl LineInput {
    pub fn text(&self) -> String {
        self.area.lines().join(" ")
    }

    pub fn is_empty(&self) -> bool {
        self.area.is_empty()
    }

    /// Empties the input, keeping its look.
    pub fn clear(&mut self) {
        self.area.move_cursor(CursorMove::End);
        self.area.delete_line_by_head();
    }

    /// Inserts text at the cursor; line breaks and other control characters become spaces,
    /// since the input is one line.
    pub fn insert(&mut self, text: &str) {
        let line: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        self.area.insert_str(line);
    }

    /// Carries out an editing verb; false for a verb that does not edit.
    pub fn edit(&mut self, verb: Verb) -> bool {
        let area = &mut self.area;
        match verb {
            Verb::Backspace => {
                area.delete_char();
            }
            Verb::DeleteForward => {
                area.delete_next_char();
            }
            Verb::DeleteWord => {
                area.delete_word();
            }
            Verb::DeleteToStart => {
                area.delete_line_by_head();
            }
            Verb::CursorLeft => area.move_cursor(CursorMove::Back),
            Verb::CursorRight => area.move_cursor(CursorMove::Forward),
            Verb::WordLeft => area.move_cursor(CursorMove::WordBack),
            Verb::WordRight => area.move_cursor(CursorMove::WordForward),
            Verb::LineStart => area.move_cursor(CursorMove::Head),
            Verb::LineEnd => area.move_cursor(CursorMove::End),
            _ => return false,
        }
        true
    }

    /// The widget to draw while the input has the keyboard: the text scrolls to keep the
    /// cursor in view.
    pub fn widget(&self) -> &TextArea<'static> {
        &self.area
    }

    /// An empty input drawn in `style`, its cursor a block of `cursor` style.
    pub fn styled(style: Style, cursor: Style) -> LineInput {
        let mut area = TextArea::default();
        area.set_style(style);
        area.set_cursor_style(cursor);
        area.set_cursor_line_style(Style::default());
        LineInput { area }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_verbs_move_the_cursor_and_delete_around_it() {
        let mut input = LineInput::default();
        input.insert("called Tim about it");
        input.edit(Verb::DeleteWord);
        assert_eq!(input.text(), "called Tim about ");
        input.edit(Verb::LineStart);
        input.insert("I ");
        assert_eq!(input.text(), "I called Tim about ");
        input.edit(Verb::DeleteToStart);
        assert_eq!(input.text(), "called Tim about ");
        input.edit(Verb::WordRight);
        input.edit(Verb::WordRight);
        input.edit(Verb::DeleteToStart);
        assert_eq!(input.text(), "about ");
        input.edit(Verb::LineStart);
        input.insert("called Tim ");
        input.edit(Verb::LineEnd);
        input.edit(Verb::Backspace);
        input.edit(Verb::CursorLeft);
        input.edit(Verb::DeleteForward);
        assert_eq!(input.text(), "called Tim abou");
        assert!(!input.edit(Verb::Copy));
    }

    #[test]
    fn pasted_line_breaks_become_spaces() {
        let mut input = LineInput::default();
        input.insert("one\ntwo\tthree");
        assert_eq!(input.text(), "one two three");
        input.clear();
        assert!(input.is_empty());
    }
}
