//! The names an incident goes by: its id (its folder's name) and its severity.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// An incident's id: its opening time, a slug of its title and a random part,
/// `20261124-0902-checkout-down-3f9a1c`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IncidentId(String);

impl IncidentId {
    /// An id as read from the incidents folder or the command line.
    pub fn new(id: impl Into<String>) -> IncidentId {
        IncidentId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IncidentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for IncidentId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for IncidentId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// How bad it is, SEV1 (worst) to SEV4; written in the journal as the bare number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Severity(u8);

impl Severity {
    pub const WORST: Severity = Severity(1);
    pub const LEAST: Severity = Severity(4);

    pub fn level(self) -> u8 {
        self.0
    }
}

/// An incident opened without saying otherwise is a SEV3: serious, not yet all hands.
impl Default for Severity {
    fn default() -> Severity {
        Severity(3)
    }
}

impl TryFrom<u8> for Severity {
    type Error = String;
    fn try_from(n: u8) -> Result<Severity, String> {
        if (Severity::WORST.0..=Severity::LEAST.0).contains(&n) {
            Ok(Severity(n))
        } else {
            Err(format!("severity {n} is out of range (1, the worst, to 4)"))
        }
    }
}

impl From<Severity> for u8 {
    fn from(s: Severity) -> u8 {
        s.0
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SEV{}", self.0)
    }
}

/// "2", "sev2" or "SEV2".
impl FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Severity, String> {
        let digits = s.trim();
        let digits = digits
            .strip_prefix("SEV")
            .or_else(|| digits.strip_prefix("sev"))
            .unwrap_or(digits);
        let n: u8 = digits.parse().map_err(|_| {
            format!("`{s}` is not a severity (1, the worst, to 4, or SEV1 to SEV4)")
        })?;
        Severity::try_from(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_parse_display_and_refuse_what_is_out_of_range() {
        assert_eq!("2".parse::<Severity>().unwrap().to_string(), "SEV2");
        assert_eq!("sev1".parse::<Severity>(), Ok(Severity::WORST));
        assert!(
            "5".parse::<Severity>()
                .unwrap_err()
                .contains("out of range")
        );
        assert!("0".parse::<Severity>().is_err() && "high".parse::<Severity>().is_err());
        assert_eq!(Severity::default().level(), 3);
        assert!(serde_json::from_str::<Severity>("9").is_err());
        assert_eq!(serde_json::to_string(&Severity::WORST).unwrap(), "1");
    }
}
