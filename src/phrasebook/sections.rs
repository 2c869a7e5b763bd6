//! Splitting a phrasebook file at its `[[phrase]]` and `[[step]]` headers, so that a large
//! file is parsed as TOML one entry at a time: the spanned tree of a 100k-phrase file, held
//! whole, took 300 MB.
//!
//! A header counts only outside strings, so the scan follows TOML's strings and comments. A
//! file with any other header at the start of a line (a `[table]`, an array of arrays laid
//! out over lines) is not split: it is parsed whole, as TOML reads it, only more slowly.

/// Where the scan stands at the end of a line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Normal,
    /// Inside a `"""` or a `'''` string.
    Basic,
    Literal,
}

/// The file's sections, each with the number of lines before it: the part before the first
/// entry (the file's own keys, perhaps empty), then each entry from its header line. `None`
/// when the file holds another kind of header.
pub fn split(text: &str) -> Option<Vec<(usize, &str)>> {
    let mut sections = Vec::new();
    let (mut start, mut start_line, mut offset) = (0, 0, 0);
    let mut state = State::Normal;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_start();
        if state == State::Normal && trimmed.starts_with('[') {
            let header = trimmed.split('#').next().unwrap_or("").trim_end();
            if header != "[[phrase]]" && header != "[[step]]" {
                return None;
            }
            sections.push((start_line, &text[start..offset]));
            (start, start_line) = (offset, n);
        }
        state = scan(line, state);
        offset += line.len();
    }
    sections.push((start_line, &text[start..]));
    Some(sections)
}

/// Follows one line from `state`: strings, their escapes and comments.
fn scan(line: &str, mut state: State) -> State {
    let bytes = line.as_bytes();
    let mut i = 0;
    // A one-line string ends with its line (or the line is an error the parser reports).
    let mut single: Option<u8> = None;
    while i < bytes.len() {
        let rest = &bytes[i..];
        match (state, single) {
            (State::Normal, Some(quote)) => {
                if quote == b'"' && rest[0] == b'\\' {
                    i += 1;
                } else if rest[0] == quote {
                    single = None;
                }
            }
            (State::Normal, None) => match rest[0] {
                b'#' => return state,
                b'"' if rest.starts_with(b"\"\"\"") => {
                    state = State::Basic;
                    i += 2;
                }
                b'\'' if rest.starts_with(b"'''") => {
                    state = State::Literal;
                    i += 2;
                }
                quote @ (b'"' | b'\'') => single = Some(quote),
                _ => {}
            },
            (State::Basic, _) if rest[0] == b'\\' => i += 1,
            (State::Basic, _) if rest.starts_with(b"\"\"\"") => {
                // Up to two more quotes belong to the string: `""""` ends with one in it.
                let quotes = rest.iter().take_while(|&&b| b == b'"').count().min(5);
                state = State::Normal;
                i += quotes - 1;
            }
            (State::Literal, _) if rest.starts_with(b"'''") => {
                let quotes = rest.iter().take_while(|&&b| b == b'\'').count().min(5);
                state = State::Normal;
                i += quotes - 1;
            }
            _ => {}
        }
        i += 1;
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_splits_at_entry_headers_outside_strings_only() {
        let text = "lang = \"en\" # [[phrase]]\n\n[[phrase]]\nid = \"a\"\ntext = \"\"\"\n[[phrase]]\n\\\"\"\"\n\"\"\"\n[[step]] # next\nid = 'b'\ntext = '''\n[[step]]\n'''\n";
        let sections = split(text).unwrap();
        let starts: Vec<_> = sections
            .iter()
            .map(|(line, s)| (*line, s.lines().next().unwrap_or("")))
            .collect();
        assert_eq!(
            starts,
            [
                (0, "lang = \"en\" # [[phrase]]"),
                (2, "[[phrase]]"),
                (8, "[[step]] # next")
            ]
        );
        assert_eq!(sections.iter().map(|(_, s)| *s).collect::<String>(), text);
    }

    #[test]
    fn another_header_means_the_file_is_parsed_whole() {
        assert!(split("lang = \"en\"\n[meta]\nx = 1\n").is_none());
        assert!(split("[[phrase]]\ntags = [\n[\"a\"],\n]\n").is_none());
        assert_eq!(split("").unwrap(), [(0, "")]);
    }
}
