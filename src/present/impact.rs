//! The impact stated right: "3 of 1,000 users affected (0.3%); 99.7% working normally", and in
//! French with CLDR's separators (a narrow no-break space between thousands, a decimal comma,
//! a no-break space before `%`).
//!
//! The two shares are worked out in integers at the precision shown, one as the rest of the
//! other, so they always add up to exactly 100; the precision grows (to four decimals) until
//! neither says 0 % affected nor 100 % working while anyone is affected, then it says "less
//! than 0.01 %".

use crate::lang::Lang;
use crate::tr;

/// How many were affected, of how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Impact {
    pub affected: u64,
    pub total: u64,
}

const NNBSP: char = '\u{202f}';
const NBSP: char = '\u{a0}';

/// Numbers that are no impact, said in the user's language by [`ImpactError::say`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImpactError {
    ZeroTotal,
    MoreThanTotal { affected: u64, total: u64 },
    Negative(String),
    TooLarge(String),
}

impl ImpactError {
    pub fn say(&self, lang: Lang) -> String {
        let one = |v: &str| crate::text::one_line(v);
        match self {
            ImpactError::ZeroTotal => tr!(lang, "impact-zero-total"),
            ImpactError::MoreThanTotal { affected, total } => tr!(
                lang,
                "impact-more-than-total",
                affected = *affected,
                total = *total
            ),
            ImpactError::Negative(v) => tr!(lang, "impact-negative", value = one(v)),
            ImpactError::TooLarge(v) => tr!(lang, "impact-too-large", value = one(v)),
        }
    }
}

impl Impact {
    /// Checks the numbers: a total of 0, or more affected than there are, is an error.
    pub fn new(affected: u64, total: u64) -> Result<Impact, ImpactError> {
        if total == 0 {
            return Err(ImpactError::ZeroTotal);
        }
        if affected > total {
            return Err(ImpactError::MoreThanTotal { affected, total });
        }
        Ok(Impact { affected, total })
    }

    /// `3/1000`, `3 of 1,000`, `3 sur 1 000`: the whole text, nothing else; `None` for any
    /// other text (an impact said in words stays as written), an error for bad numbers.
    pub fn parse(text: &str) -> Option<Result<Impact, ImpactError>> {
        let text = text.trim();
        let (a, t) = text
            .split_once('/')
            .or_else(|| text.split_once(" of "))
            .or_else(|| text.split_once(" sur "))?;
        let number = |s: &str| -> Option<Result<u64, ImpactError>> {
            let s = s.trim();
            // A separator groups thousands only when three digits follow it: "2,5" is a
            // French decimal, not 25, and is then no number of people at all.
            let groups: Vec<&str> = s.split([',', ' ', NBSP, NNBSP, '_']).collect();
            if groups[1..].iter().any(|g| g.len() != 3) {
                return None;
            }
            let digits: String = groups.concat();
            if let Some(rest) = digits.strip_prefix('-')
                && !rest.is_empty()
                && rest.chars().all(|c| c.is_ascii_digit())
            {
                return Some(Err(ImpactError::Negative(s.to_owned())));
            }
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            Some(
                digits
                    .parse()
                    .map_err(|_| ImpactError::TooLarge(s.to_owned())),
            )
        };
        let (a, t) = (number(a)?, number(t)?);
        Some(a.and_then(|a| t.and_then(|t| Impact::new(a, t))))
    }

    /// The two shares in percent, as written in `lang`: affected, working. At most four
    /// decimals, then "less than 0.01".
    pub fn shares(&self, lang: Lang) -> (String, String) {
        if let Some(shares) = self.shares_within(4, lang) {
            return shares;
        }
        let (few, most) = match lang {
            Lang::En => ("less than 0.01", "more than 99.99"),
            Lang::Fr => ("moins de 0,01", "plus de 99,99"),
        };
        if self.affected < self.total - self.affected {
            (few.into(), most.into())
        } else {
            (most.into(), few.into())
        }
    }

    /// The two shares as plain decimals (for machines), with as many decimals as it takes, up
    /// to twenty, never 0 affected or 100 working while anyone is affected.
    pub fn decimal_shares(&self) -> (String, String) {
        self.shares_within(20, Lang::En)
            .unwrap_or_else(|| self.shares(Lang::En))
    }

    /// The shares at the fewest decimals (from one, at most `most`) that neither say none is
    /// affected nor all work while some are affected; `None` if `most` is not enough.
    fn shares_within(&self, most: u32, lang: Lang) -> Option<(String, String)> {
        let (a, t) = (u128::from(self.affected), u128::from(self.total));
        (1..=most)
            .map_while(|decimals| {
                let scale = 100 * 10u128.pow(decimals);
                // Rounded to the nearest, half up; the working share is the rest, so they add up.
                // (Past what 128 bits hold, no more precision is tried.)
                let affected = a.checked_mul(scale)?.checked_mul(2)?.checked_add(t)? / (t * 2);
                let working = scale - affected;
                let says_none = a > 0 && affected == 0;
                let says_all = a < t && working == 0;
                Some((!(says_none || says_all)).then(|| {
                    (
                        decimal(affected, decimals, lang),
                        decimal(working, decimals, lang),
                    )
                }))
            })
            .flatten()
            .next()
    }

    /// The whole sentence in `lang`.
    pub fn sentence(&self, lang: Lang) -> String {
        let (affected, working) = self.shares(lang);
        let (a, t) = (grouped(self.affected, lang), grouped(self.total, lang));
        match lang {
            Lang::En => {
                let users = if self.total == 1 { "user" } else { "users" };
                format!("{a} of {t} {users} affected ({affected}%); {working}% working normally")
            }
            Lang::Fr => {
                // French takes the singular for 0 and 1.
                let (users, concerned) = if self.affected <= 1 {
                    ("utilisateur", "concerné")
                } else {
                    ("utilisateurs", "concernés")
                };
                format!(
                    "{a} {users} sur {t} {concerned} ({affected}{NBSP}%){NNBSP}; \
                     {working}{NBSP}% fonctionnent normalement"
                )
            }
        }
    }
}

/// `n / 10^decimals` with its decimals, trailing zeros dropped.
fn decimal(n: u128, decimals: u32, lang: Lang) -> String {
    let scale = 10u128.pow(decimals);
    let (whole, part) = (n / scale, n % scale);
    let mut text = grouped(whole as u64, lang);
    let part = format!("{part:0width$}", width = decimals as usize);
    let part = part.trim_end_matches('0');
    if !part.is_empty() {
        text.push(if lang == Lang::Fr { ',' } else { '.' });
        text.push_str(part);
    }
    text
}

/// `1,000` in English, `1 000` (a narrow no-break space) in French.
fn grouped(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = if lang == Lang::Fr { NNBSP } else { ',' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn impact(a: u64, t: u64) -> Impact {
        Impact::new(a, t).unwrap()
    }

    #[test]
    fn the_sentence_in_each_language_with_cldr_separators() {
        assert_eq!(
            impact(3, 1000).sentence(Lang::En),
            "3 of 1,000 users affected (0.3%); 99.7% working normally"
        );
        assert_eq!(
            impact(3, 1000).sentence(Lang::Fr),
            "3 utilisateurs sur 1\u{202f}000 concernés (0,3\u{a0}%)\u{202f}; 99,7\u{a0}% fonctionnent normalement"
        );
        assert!(
            impact(1, 20)
                .sentence(Lang::Fr)
                .starts_with("1 utilisateur sur 20 concerné (")
        );
        assert!(
            impact(0, 20)
                .sentence(Lang::Fr)
                .starts_with("0 utilisateur sur 20 concerné (")
        );
        assert_eq!(grouped(1_234_567, Lang::En), "1,234,567");
    }

    #[test]
    fn never_none_affected_nor_all_working_while_anyone_is_affected() {
        assert_eq!(
            impact(1, 10_000).shares(Lang::En),
            ("0.01".into(), "99.99".into())
        );
        assert_eq!(
            impact(1, 2_000).shares(Lang::En),
            ("0.1".into(), "99.9".into())
        );
        assert_eq!(
            impact(1, 20_001).shares(Lang::En),
            ("0.005".into(), "99.995".into())
        );
        assert_eq!(
            impact(1, 10_000_000).shares(Lang::En),
            ("less than 0.01".into(), "more than 99.99".into())
        );
        assert_eq!(
            impact(9_999_999, 10_000_000).shares(Lang::Fr),
            ("plus de 99,99".into(), "moins de 0,01".into())
        );
        assert_eq!(impact(0, 10).shares(Lang::En), ("0".into(), "100".into()));
        assert_eq!(impact(10, 10).shares(Lang::En), ("100".into(), "0".into()));
        assert_eq!(
            impact(1, 10_000_000).decimal_shares(),
            ("0.00001".into(), "99.99999".into())
        );
    }

    #[test]
    fn the_two_shares_add_up_to_exactly_100_at_the_precision_shown() {
        for t in [3u64, 7, 9, 11, 13, 97, 1000, 1023] {
            for a in 0..=t.min(50) {
                let (x, y) = impact(a, t).shares(Lang::En);
                let (Ok(x), Ok(y)) = (x.parse::<f64>(), y.parse::<f64>()) else {
                    continue;
                };
                assert!(
                    ((x + y) * 10_000.0).round() == 1_000_000.0,
                    "{a}/{t}: {x} + {y}"
                );
            }
        }
    }

    #[test]
    fn ratios_are_read_in_both_languages_and_bad_numbers_are_errors() {
        for text in [
            "3/1000",
            "3 of 1,000",
            "3 sur 1 000",
            " 3 / 1000 ",
            "3 sur 1\u{202f}000",
        ] {
            assert_eq!(Impact::parse(text), Some(Ok(impact(3, 1000))), "{text}");
        }
        assert_eq!(Impact::parse("3 of 1,000 shoppers cannot pay"), None);
        assert_eq!(Impact::parse("most users"), None);
        assert_eq!(
            Impact::parse("2,5 sur 100"),
            None,
            "a decimal comma is no count"
        );
        assert_eq!(
            Impact::new(u64::MAX - 1, u64::MAX)
                .unwrap()
                .decimal_shares()
                .0,
            "more than 99.99",
            "no overflow, the precision stops where 128 bits do"
        );
        assert!(matches!(Impact::parse("5/3"), Some(Err(_))));
        assert!(matches!(Impact::parse("1/0"), Some(Err(_))));
        assert_eq!(
            Impact::parse("-1/10"),
            Some(Err(ImpactError::Negative("-1".into())))
        );
        assert_eq!(
            Impact::parse("5/3").unwrap().unwrap_err().say(Lang::Fr),
            "5 touchés, c'est plus que le total (3)"
        );
        assert_eq!(
            Impact::parse("1/0").unwrap().unwrap_err().say(Lang::En),
            "the total is 0: give how many there are in all"
        );
    }
}
