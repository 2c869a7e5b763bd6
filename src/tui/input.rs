//! Typed text with a cursor, on ratatui-textarea: a line (prompts, search) or a whole message
//! (the composer); its keys come from our key table.
//!
//! The widget never sees a key event: the key table resolves keys to verbs, and [`LineInput::edit`]
//! turns an editing verb into the widget's own operation, so one table still says what a key does.

use ratatui::style::{Color, Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

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
        edit_line(&mut self.area, verb)
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

/// A whole message being written: several lines, wrapped at words, its placeholders
/// (`{eta}`) highlighted so that none leaves unnoticed.
#[derive(Debug, Clone)]
pub struct TextInput {
    area: TextArea<'static>,
}

impl PartialEq for TextInput {
    fn eq(&self, other: &TextInput) -> bool {
        self.text() == other.text()
    }
}

impl TextInput {
    pub fn new(text: &str) -> TextInput {
        let mut area = TextArea::new(text.lines().map(str::to_owned).collect());
        area.set_wrap_mode(WrapMode::Word);
        area.set_cursor_line_style(Style::default());
        area.set_cursor_style(Style::default());
        area.set_search_style(Style::new().fg(Color::Black).bg(Color::Yellow));
        // A pattern we wrote, checked by the tests: it cannot fail to compile.
        let _ = area.set_search_pattern(r"\{[a-z_]+(\|[^{}]*)?\}");
        TextInput { area }
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Inserts typed or pasted text at the cursor, line breaks kept.
    pub fn insert(&mut self, text: &str) {
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.area.insert_newline();
            }
            let line: String = line
                .chars()
                .filter(|c| !c.is_control() || *c == '\t')
                .collect();
            self.area.insert_str(line);
        }
    }

    /// Carries out an editing verb, Enter and the arrows included; false for one that
    /// does not edit.
    pub fn edit(&mut self, verb: Verb) -> bool {
        let area = &mut self.area;
        match verb {
            Verb::Confirm => area.insert_newline(),
            Verb::Up => area.move_cursor(CursorMove::Up),
            Verb::Down => area.move_cursor(CursorMove::Down),
            Verb::PageUp => area.move_cursor(CursorMove::Top),
            Verb::PageDown => area.move_cursor(CursorMove::Bottom),
            _ => return edit_line(area, verb),
        }
        true
    }

    /// Shows the cursor while the text has the keyboard, and hides it otherwise.
    pub fn set_typing(&mut self, typing: bool) {
        let cursor = if typing {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        self.area.set_cursor_style(cursor);
    }

    pub fn widget(&self) -> &TextArea<'static> {
        &self.area
    }
}

/// The editing verbs a line and a whole message share: deleting and moving along a line.
fn edit_line(area: &mut TextArea<'static>, verb: Verb) -> bool {
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
    fn a_message_keeps_its_lines_and_highlights_its_placeholders() {
        let mut input = TextInput::new("Hello {contact},\n\nFixed by {eta|noon}.");
        assert!(input.area.search_pattern().is_some());
        assert!(input.area.search_forward(true), "{{contact}} is found");
        input.edit(Verb::PageDown);
        input.edit(Verb::LineEnd);
        input.insert("\nSam");
        input.edit(Verb::Confirm);
        input.insert("x");
        input.edit(Verb::Backspace);
        assert_eq!(
            input.text(),
            "Hello {contact},\n\nFixed by {eta|noon}.\nSam\n"
        );
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
