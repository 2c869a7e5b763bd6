//! The values of a journal line as the one-pass reader reads them: times (fast, else by
//! chrono), names of languages and statuses, and any other value read whole and dropped.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::incident::status::Status;
use crate::lang::Lang;

/// Why [`read`] gave up; never shown, since the derived reader then reads the line.
pub(super) fn give_up<E: de::Error>() -> E {
    E::custom("not a line as crisis writes it")
}

/// A time as crisis writes it (`2026-11-24T09:02:00+01:00`, `Z` for UTC, with 3, 6 or 9
/// digits of fraction when there are some), read without chrono's general parser; `None`
/// for anything else, which chrono then reads.
pub(in crate::incident::event) fn time(s: &str) -> Option<DateTime<FixedOffset>> {
    let b = s.as_bytes();
    let digit = |i: usize| -> Option<u32> {
        let d = b.get(i)?.wrapping_sub(b'0');
        (d < 10).then_some(u32::from(d))
    };
    let two = |i: usize| Some(digit(i)? * 10 + digit(i + 1)?);
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(at(4, b'-') && at(7, b'-') && at(10, b'T') && at(13, b':') && at(16, b':')) {
        return None;
    }
    let year = two(0)? * 100 + two(2)?;
    let (month, day) = (two(5)?, two(8)?);
    let (hour, minute, second) = (two(11)?, two(14)?, two(17)?);
    let mut i = 19;
    let mut nano = 0;
    if at(i, b'.') {
        i += 1;
        let start = i;
        while let Some(d) = digit(i) {
            if i - start == 9 {
                // More than nine digits: chrono's, which drops the rest.
                return None;
            }
            nano = nano * 10 + d;
            i += 1;
        }
        let digits = i - start;
        if digits == 0 {
            return None;
        }
        nano *= 10u32.pow(9 - digits as u32);
    }
    let offset = match &b[i..] {
        [b'Z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (hours, minutes) = (two(i + 1)?, two(i + 4)?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let seconds = ((hours * 60 + minutes) * 60) as i32;
            if *sign == b'-' { -seconds } else { seconds }
        }
        _ => return None,
    };
    // A leap second (60) is chrono's.
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nano)?;
    FixedOffset::east_opt(offset)?
        .from_local_datetime(&date.and_time(time))
        .single()
}

/// A time, read by [`time`] or else by chrono's own parser (the derived reader's).
pub(super) struct Time(pub(super) DateTime<FixedOffset>);

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Time, D::Error> {
        struct TimeVisitor;
        impl Visitor<'_> for TimeVisitor {
            type Value = Time;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an RFC 3339 time")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Time, E> {
                match time(s) {
                    Some(t) => Ok(Time(t)),
                    None => s.parse().map(Time).map_err(|_| give_up()),
                }
            }
        }
        d.deserialize_str(TimeVisitor)
    }
}

/// A language or a status: a string naming one, nothing else.
pub(super) struct Word<T>(pub(super) T);

/// The names of a unit enum's values, as its derived `Deserialize` reads them.
pub(super) trait Named: Sized {
    fn named(name: &str) -> Option<Self>;
}

impl Named for Lang {
    fn named(name: &str) -> Option<Lang> {
        match name {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }
}

impl Named for Status {
    fn named(name: &str) -> Option<Status> {
        match name {
            "investigating" => Some(Status::Investigating),
            "identified" => Some(Status::Identified),
            "monitoring" => Some(Status::Monitoring),
            "resolved" => Some(Status::Resolved),
            _ => None,
        }
    }
}

impl<'de, T: Named> Deserialize<'de> for Word<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Word<T>, D::Error> {
        struct WordVisitor<T>(std::marker::PhantomData<T>);
        impl<T: Named> Visitor<'_> for WordVisitor<T> {
            type Value = Word<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a name")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Word<T>, E> {
                T::named(s).map(Word).ok_or_else(give_up)
            }
        }
        d.deserialize_str(WordVisitor(std::marker::PhantomData))
    }
}

/// Any value, read whole and dropped: the derived reader keeps every field it does not
/// know in serde's `Content`, which reads each string and number through; serde's
/// `IgnoredAny` would only skip them (it lets invalid UTF-8 and `1e999` through).
pub(super) struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Skip, D::Error> {
        d.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
}
