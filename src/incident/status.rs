//! Where the work on an incident stands, as status pages say it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use strum::{EnumIter, IntoEnumIterator, IntoStaticStr};

/// Investigating → identified → monitoring → resolved. The pace of updates follows it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    EnumIter,
    IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Status {
    /// Something is wrong and its cause is not known yet.
    #[default]
    Investigating,
    /// The cause is known; the fix is under way.
    Identified,
    /// A fix is in place and being watched.
    Monitoring,
    Resolved,
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.into())
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Status, String> {
        let wanted = s.trim().to_lowercase();
        Status::iter()
            .find(|status| status.to_string() == wanted)
            .ok_or_else(|| {
                let all: Vec<String> = Status::iter().map(|s| s.to_string()).collect();
                format!("`{s}` is not a status ({})", all.join(", "))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_and_print_the_same_and_a_typo_lists_them() {
        for status in Status::iter() {
            assert_eq!(status.to_string().parse::<Status>(), Ok(status));
        }
        assert_eq!(" Identified ".parse::<Status>(), Ok(Status::Identified));
        let err = "fixed".parse::<Status>().unwrap_err();
        assert!(
            err.contains("investigating, identified, monitoring, resolved"),
            "{err}"
        );
    }
}
