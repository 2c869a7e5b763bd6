//! Text as every layer handles it: neutralising what must never reach a terminal or a
//! clipboard raw, and folding accents and case away for matching and ids.
//!
//! Phrase files, notes and journal lines are user data: an ESC byte in them would let a file
//! drive the terminal (move the cursor, rewrite the title, fake a prompt), and bidi overrides
//! can make a sentence read differently from what is pasted. The terminal widgets pass such
//! characters through, so they are removed at ingestion and again when journal text is drawn.

/// True for characters that are dropped: C0 controls but newline and tab, DEL, C1 controls,
/// and the bidi embedding, override and isolate marks.
fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// True for characters that show nothing and change nothing a reader can see (zero-width
/// spaces and joiners, the word joiner, the byte-order mark): in a name they only make two
/// equal-looking names differ and ride along into what is copied.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// A name or a short value (a title, a client, a detail): one clean line, without invisible
/// characters, trimmed.
pub fn name(text: &str) -> String {
    one_line(text)
        .chars()
        .filter(|&c| !is_invisible(c))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// JSON whose strings spell out, as `\uXXXX`, the characters that serde_json writes raw but
/// that a terminal acts on (DEL and C1 controls) or that reorder what is read (bidi marks).
pub fn terminal_safe_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Removes unsafe characters, keeping newlines and tabs of multi-line text.
pub fn clean(text: &str) -> String {
    if text.chars().any(is_unsafe) {
        text.chars().filter(|&c| !is_unsafe(c)).collect()
    } else {
        text.to_owned()
    }
}

/// French typography for text written with ordinary spaces: a narrow no-break space
/// (U+202F) before `;`, `!` and `?`, a no-break space (U+00A0) before `:` and inside
/// guillemets, so that a line never breaks before the mark. Authors type plain spaces.
pub fn french_spacing(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            (' ', Some(';' | '!' | '?')) => out.push('\u{202f}'),
            (' ', Some(':' | '»')) => out.push('\u{a0}'),
            ('«', Some(' ')) => {
                chars.next();
                out.push_str("«\u{a0}");
            }
            _ => out.push(c),
        }
    }
    out
}

/// Cleans text for one screen line: unsafe characters removed, line breaks and tabs shown as spaces.
pub fn one_line(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_unsafe(c))
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

/// A multi-line text as one line to send: each line trimmed, blank ones dropped, the rest
/// joined by single spaces. What a channel that sends on Enter (a shell, a chat box) can take.
pub fn joined(text: &str) -> String {
    let lines: Vec<_> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(" ")
}

/// True when `text` holds a character that [`clean`] would remove.
pub fn is_clean(text: &str) -> bool {
    !text.chars().any(is_unsafe)
}

/// Accent- and case-insensitive form used for matching: "Désolé, l'Équipe" → "desole, l'equipe".
pub fn fold(text: &str) -> String {
    let mut folded = deunicode::deunicode(text);
    folded.make_ascii_lowercase();
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_spacing_keeps_marks_with_their_words() {
        assert_eq!(
            french_spacing("Voici : « le point » ; merci ! Des questions ?"),
            "Voici\u{a0}: «\u{a0}le point\u{a0}»\u{202f}; merci\u{202f}! Des questions\u{202f}?"
        );
        assert_eq!(french_spacing("Déjà\u{a0}: rien"), "Déjà\u{a0}: rien");
        assert_eq!(french_spacing("http://x"), "http://x");
    }

    #[test]
    fn joined_makes_one_line_of_an_email() {
        let email = "Subject: Checkout down\r\n\r\n  Hi Jo,\n\nWe are on it.\n";
        assert_eq!(joined(email), "Subject: Checkout down Hi Jo, We are on it.");
        assert_eq!(joined("one line"), "one line");
    }

    #[test]
    fn names_lose_invisible_characters_and_json_spells_out_unsafe_ones() {
        assert_eq!(name(" \u{200b}ACME\u{feff} "), "ACME");
        let json = serde_json::to_string("a\u{9b}b\u{202e}c\u{7f}").unwrap();
        let safe = terminal_safe_json(&json);
        assert_eq!(safe, r#""a\u009bb\u202ec\u007f""#);
        assert_eq!(
            serde_json::from_str::<String>(&safe).unwrap(),
            "a\u{9b}b\u{202e}c\u{7f}"
        );
    }

    #[test]
    fn folding_removes_accents_and_case() {
        assert_eq!(fold("Désolé, l'Équipe œuvre"), "desole, l'equipe oeuvre");
    }

    #[test]
    fn escape_sequences_and_c1_are_removed() {
        assert_eq!(clean("a\u{1b}[31mred\u{9b}2J"), "a[31mred2J");
        assert_eq!(clean("bell\u{7}\u{7f}"), "bell");
    }

    #[test]
    fn bidi_overrides_are_removed_but_accents_kept() {
        assert_eq!(clean("désolé \u{202e}evil\u{2066}"), "désolé evil");
    }

    #[test]
    fn newlines_and_tabs_survive_clean_but_not_one_line() {
        assert_eq!(clean("Hello,\n\tworld"), "Hello,\n\tworld");
        assert_eq!(one_line("Hello,\n\tworld\r"), "Hello,  world");
        assert!(is_clean("ok\n"));
        assert!(!is_clean("no\u{1b}"));
    }
}
