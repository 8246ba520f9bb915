//! Normalised values: one enum with a typed payload per kind, and the
//! hedge (qualifier) as data. Shared by mentions, reference records and
//! verdicts so that the same value is never spelled two ways.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The kinds of checkable value (formats.md section 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A day, month or year, or an interval of them.
    Date,
    /// A figure or a count, with an optional counted noun or unit.
    Number,
    /// An amount in a currency.
    Money,
    /// A percentage (or percentage points).
    Percent,
    /// A length of time.
    Duration,
    /// A rank: first, second, 21st.
    Ordinal,
}

impl Kind {
    /// Every kind, in report order.
    pub const ALL: [Kind; 6] =
        [Kind::Date, Kind::Number, Kind::Money, Kind::Percent, Kind::Duration, Kind::Ordinal];

    /// The name used in every format.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Number => "number",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Duration => "duration",
            Kind::Ordinal => "ordinal",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Kind, String> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| {
            format!(
                "unknown kind {s:?} (expected date, number, money, percent, duration or ordinal)"
            )
        })
    }
}

/// How the text bounds its value ("at least 12", "nearly 3 million").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No hedge.
    #[default]
    Exact,
    /// "about", "around", "some", "nearly", "almost", "roughly".
    Approximately,
    /// "at least", "no fewer than".
    AtLeast,
    /// "more than", "over", "above".
    MoreThan,
    /// "up to", "at most", "as much as".
    AtMost,
    /// "less than", "fewer than", "under", "below".
    LessThan,
}

impl Qualifier {
    /// The name used in every format.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approximately => "approximately",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtMost => "at_most",
            Qualifier::LessThan => "less_than",
        }
    }
}

/// A calendar date at the precision the text gives: a year, a month or
/// a day. Always a real date (month 1-12, a day that exists).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: i16,
    month: Option<i8>,
    day: Option<i8>,
}

/// The grain of a [`PartialDate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// A whole year.
    Year,
    /// A whole month.
    Month,
    /// One day.
    Day,
}

impl PartialDate {
    /// A whole year. `None` outside 1..=9999.
    pub fn year(year: i16) -> Option<PartialDate> {
        (1..=9999).contains(&year).then_some(PartialDate { year, month: None, day: None })
    }

    /// A whole month. `None` for an impossible month.
    pub fn month(year: i16, month: i8) -> Option<PartialDate> {
        ((1..=9999).contains(&year) && (1..=12).contains(&month)).then_some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// One day. `None` for a day that does not exist.
    pub fn day(year: i16, month: i8, day: i8) -> Option<PartialDate> {
        Date::new(year, month, day).ok().filter(|_| year >= 1).map(PartialDate::from)
    }

    /// The year.
    pub fn year_number(&self) -> i16 {
        self.year
    }

    /// The month, if the precision has one.
    pub fn month_number(&self) -> Option<i8> {
        self.month
    }

    /// The grain.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// First day covered.
    pub fn first_day(&self) -> Date {
        Date::new(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("PartialDate is always valid")
    }

    /// Last day covered.
    pub fn last_day(&self) -> Date {
        match (self.month, self.day) {
            (Some(m), Some(d)) => Date::new(self.year, m, d).expect("valid"),
            (Some(m), None) => Date::new(self.year, m, 1).expect("valid").last_of_month(),
            _ => Date::new(self.year, 12, 31).expect("valid"),
        }
    }
}

impl From<Date> for PartialDate {
    fn from(d: Date) -> PartialDate {
        PartialDate { year: d.year(), month: Some(d.month()), day: Some(d.day()) }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = String;
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<PartialDate, String> {
        let bad = || format!("invalid date {s:?} (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        let parts: Vec<&str> = s.split('-').collect();
        let widths_ok = match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        };
        if !widths_ok || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return Err(bad());
        }
        let num = |p: &str| p.parse::<i16>().map_err(|_| bad());
        let date = match parts.as_slice() {
            [y] => PartialDate::year(num(y)?),
            [y, m] => PartialDate::month(num(y)?, num(m)? as i8),
            [y, m, d] => PartialDate::day(num(y)?, num(m)? as i8, num(d)? as i8),
            _ => None,
        };
        date.ok_or_else(bad)
    }
}

/// An ISO 8601 duration, kept in the units the text used ("12-day" is
/// `P12D`, not 288 hours).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct IsoDuration {
    /// Years.
    pub years: f64,
    /// Months.
    pub months: f64,
    /// Weeks.
    pub weeks: f64,
    /// Days.
    pub days: f64,
    /// Hours.
    pub hours: f64,
    /// Minutes.
    pub minutes: f64,
    /// Seconds.
    pub seconds: f64,
}

impl IsoDuration {
    /// Approximate length in seconds (a year is 365.2425 days, a month a
    /// twelfth of that), for comparing durations written in other units.
    pub fn approx_seconds(&self) -> f64 {
        const DAY: f64 = 86_400.0;
        self.years * 365.2425 * DAY
            + self.months * 365.2425 / 12.0 * DAY
            + self.weeks * 7.0 * DAY
            + self.days * DAY
            + self.hours * 3600.0
            + self.minutes * 60.0
            + self.seconds
    }

    /// The duration with every component multiplied by `factor`.
    pub fn scaled(&self, factor: f64) -> IsoDuration {
        IsoDuration {
            years: self.years * factor,
            months: self.months * factor,
            weeks: self.weeks * factor,
            days: self.days * factor,
            hours: self.hours * factor,
            minutes: self.minutes * factor,
            seconds: self.seconds * factor,
        }
    }
}

impl fmt::Display for IsoDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("P")?;
        let date_parts =
            [(self.years, 'Y'), (self.months, 'M'), (self.weeks, 'W'), (self.days, 'D')];
        for (n, c) in date_parts {
            if n != 0.0 {
                write!(f, "{}{c}", fmt_number(n))?;
            }
        }
        let time_parts = [(self.hours, 'H'), (self.minutes, 'M'), (self.seconds, 'S')];
        if time_parts.iter().any(|(n, _)| *n != 0.0) {
            f.write_str("T")?;
            for (n, c) in time_parts {
                if n != 0.0 {
                    write!(f, "{}{c}", fmt_number(n))?;
                }
            }
        } else if date_parts.iter().all(|(n, _)| *n == 0.0) {
            f.write_str("T0S")?;
        }
        Ok(())
    }
}

impl FromStr for IsoDuration {
    type Err = String;
    /// Parses `PnYnMnWnDTnHnMnS` (any subset, decimals allowed).
    fn from_str(s: &str) -> Result<IsoDuration, String> {
        let bad =
            || format!("invalid duration {s:?} (expected ISO 8601 such as P12D, P3W, P2Y6M, PT5H)");
        let rest = s.strip_prefix('P').ok_or_else(bad)?;
        let (date, time) = match rest.split_once('T') {
            Some((d, t)) if !t.is_empty() => (d, Some(t)),
            Some(_) => return Err(bad()),
            None => (rest, None),
        };
        if date.is_empty() && time.is_none() {
            return Err(bad());
        }
        let mut d = IsoDuration::default();
        let mut parse_part = |text: &str, units: &[char], in_time: bool| -> Result<(), String> {
            let mut num = String::new();
            let mut last = None;
            for c in text.chars() {
                if c.is_ascii_digit() || c == '.' {
                    num.push(c);
                    continue;
                }
                let pos = units.iter().position(|u| *u == c).ok_or_else(bad)?;
                if last.is_some_and(|l| l >= pos) || num.is_empty() {
                    return Err(bad());
                }
                let n: f64 = num.parse().map_err(|_| bad())?;
                let slot = match (in_time, c) {
                    (false, 'Y') => &mut d.years,
                    (false, 'M') => &mut d.months,
                    (false, 'W') => &mut d.weeks,
                    (false, 'D') => &mut d.days,
                    (true, 'H') => &mut d.hours,
                    (true, 'M') => &mut d.minutes,
                    _ => &mut d.seconds,
                };
                *slot = n;
                num.clear();
                last = Some(pos);
            }
            if num.is_empty() { Ok(()) } else { Err(bad()) }
        };
        parse_part(date, &['Y', 'M', 'W', 'D'], false)?;
        if let Some(t) = time {
            parse_part(t, &['H', 'M', 'S'], true)?;
        }
        Ok(d)
    }
}

/// An ISO 4217 currency code such as `USD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// US dollars, what a bare `$` means unless the article says otherwise.
    pub const USD: Currency = Currency(*b"USD");

    /// A code of three ASCII capitals.
    pub fn new(code: &str) -> Option<Currency> {
        let b = code.as_bytes();
        (b.len() == 3 && b.iter().all(u8::is_ascii_uppercase)).then(|| Currency([b[0], b[1], b[2]]))
    }

    /// A code from three ASCII capitals fixed in the source (no check:
    /// for constants only).
    pub(crate) const fn from_bytes(code: [u8; 3]) -> Currency {
        Currency(code)
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("ASCII")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A date mention: resolved to a (partial) date or interval, or an
/// unresolved relative expression when there is no publication date.
#[derive(Clone, Debug, PartialEq)]
pub enum DateValue {
    /// A date, or an interval `start..=end`.
    Resolved {
        /// The date (or the interval's start).
        start: PartialDate,
        /// The interval's end, inclusive.
        end: Option<PartialDate>,
    },
    /// A relative expression that needs a publication date.
    Unresolved {
        /// The expression as written ("last month").
        expression: String,
    },
}

/// The unit of a number that is a person's age ("the 32-year-old").
pub const AGE_UNIT: &str = "years (age)";

/// A normalised value of one kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A figure or count; `unit` is the counted noun or unit of measure.
    Number {
        /// The number (or the range's low end).
        value: f64,
        /// The range's high end.
        end: Option<f64>,
        /// Counted noun, lemmatised ("agreement"), or unit ("km").
        unit: Option<String>,
    },
    /// An amount of money.
    Money {
        /// The amount in `currency`.
        amount: f64,
        /// The range's high end.
        end: Option<f64>,
        /// ISO 4217 code.
        currency: Currency,
    },
    /// A percentage, or percentage points when `points`.
    Percent {
        /// The percentage (12.5 means 12.5%).
        value: f64,
        /// The range's high end.
        end: Option<f64>,
        /// "percentage points" rather than "per cent".
        points: bool,
    },
    /// A date or interval.
    Date(DateValue),
    /// A length of time.
    Duration(IsoDuration),
    /// A rank.
    Ordinal(u64),
}

impl Value {
    /// The kind of this value.
    pub fn kind(&self) -> Kind {
        match self {
            Value::Number { .. } => Kind::Number,
            Value::Money { .. } => Kind::Money,
            Value::Percent { .. } => Kind::Percent,
            Value::Date(_) => Kind::Date,
            Value::Duration(_) => Kind::Duration,
            Value::Ordinal(_) => Kind::Ordinal,
        }
    }

    /// The JSON shape of formats.md section 3.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::{Map, Value as J, json};
        let mut m = Map::new();
        let num = |x: f64| json_number(x);
        match self {
            Value::Number { value, end, unit } => {
                m.insert("number".into(), num(*value));
                m.insert("value".into(), num(*value));
                if let Some(e) = end {
                    m.insert("end".into(), num(*e));
                }
                if let Some(u) = unit {
                    m.insert("unit".into(), J::String(u.clone()));
                }
            }
            Value::Money { amount, end, currency } => {
                m.insert("amount".into(), num(*amount));
                if let Some(e) = end {
                    m.insert("end".into(), num(*e));
                }
                m.insert("currency".into(), J::String(currency.to_string()));
            }
            Value::Percent { value, end, points } => {
                m.insert("percent".into(), num(*value));
                m.insert("value".into(), num(*value));
                if let Some(e) = end {
                    m.insert("end".into(), num(*e));
                }
                if *points {
                    m.insert("points".into(), J::Bool(true));
                }
            }
            Value::Date(DateValue::Resolved { start, end }) => {
                m.insert("date".into(), J::String(start.to_string()));
                if let Some(e) = end {
                    m.insert("end".into(), J::String(e.to_string()));
                }
            }
            Value::Date(DateValue::Unresolved { expression }) => {
                m.insert("date".into(), J::Null);
                m.insert("expression".into(), J::String(expression.clone()));
            }
            Value::Duration(d) => {
                m.insert("duration".into(), J::String(d.to_string()));
                m.insert("value".into(), J::String(d.to_string()));
            }
            Value::Ordinal(n) => {
                m.insert("ordinal".into(), json!(n));
                m.insert("value".into(), json!(n));
            }
        }
        J::Object(m)
    }
}

impl fmt::Display for Value {
    /// A short human form: `10000000000 USD`, `2025-06-13..2025-06-24`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let range = |f: &mut fmt::Formatter<'_>, end: &Option<f64>| match end {
            Some(e) => write!(f, "–{}", fmt_number(*e)),
            None => Ok(()),
        };
        match self {
            Value::Number { value, end, unit } => {
                write!(f, "{}", fmt_number(*value))?;
                range(f, end)?;
                if let Some(u) = unit {
                    write!(f, " {u}")?;
                }
                Ok(())
            }
            Value::Money { amount, end, currency } => {
                write!(f, "{}", fmt_number(*amount))?;
                range(f, end)?;
                write!(f, " {currency}")
            }
            Value::Percent { value, end, points } => {
                write!(f, "{}", fmt_number(*value))?;
                range(f, end)?;
                f.write_str(if *points { " pp" } else { "%" })
            }
            Value::Date(DateValue::Resolved { start, end: Some(e) }) => write!(f, "{start}..{e}"),
            Value::Date(DateValue::Resolved { start, end: None }) => write!(f, "{start}"),
            Value::Date(DateValue::Unresolved { expression }) => {
                write!(f, "unresolved ({expression})")
            }
            Value::Duration(d) => write!(f, "{d}"),
            Value::Ordinal(n) => write!(f, "#{n}"),
        }
    }
}

/// Formats a number without a spurious `.0` and without exponent for
/// the magnitudes news uses.
pub fn fmt_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e17 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A JSON number: an integer when the value is whole, so that
/// `10000000000` is not printed as `10000000000.0`.
pub fn json_number(x: f64) -> serde_json::Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        serde_json::Value::from(x as i64)
    } else {
        // Round away binary noise such as 0.30000000000000004; values below
        // one ("a trillionth", "one over 21") keep twelve significant digits.
        let r = if x != 0.0 && x.abs() < 1.0 {
            let m = 10f64.powi(11 - x.abs().log10().floor() as i32);
            (x * m).round() / m
        } else {
            (x * 1e9).round() / 1e9
        };
        serde_json::Number::from_f64(r).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_round_trip_and_cover_their_grain() {
        for s in ["2025", "2025-06", "2025-11-24"] {
            assert_eq!(s.parse::<PartialDate>().unwrap().to_string(), s);
        }
        let june: PartialDate = "2025-06".parse().unwrap();
        assert_eq!(june.first_day().to_string(), "2025-06-01");
        assert_eq!(june.last_day().to_string(), "2025-06-30");
        assert!("2025-02-30".parse::<PartialDate>().is_err());
        assert!("2025-13".parse::<PartialDate>().is_err());
        assert!("25-11-24".parse::<PartialDate>().is_err());
    }

    #[test]
    fn durations_round_trip() {
        for s in ["P12D", "P3W", "P2Y6M", "PT5H", "PT44.93S", "P1DT2H"] {
            assert_eq!(s.parse::<IsoDuration>().unwrap().to_string(), s);
        }
        for bad in ["12D", "P", "PT", "P1H", "PD", "P1D2Y"] {
            assert!(bad.parse::<IsoDuration>().is_err(), "{bad}");
        }
        let week: IsoDuration = "P1W".parse().unwrap();
        let days: IsoDuration = "P7D".parse().unwrap();
        assert_eq!(week.approx_seconds(), days.approx_seconds());
    }

    #[test]
    fn value_json_shapes_follow_the_spec() {
        let money = Value::Money { amount: 1e10, end: None, currency: Currency::USD };
        assert_eq!(money.to_json().to_string(), r#"{"amount":10000000000,"currency":"USD"}"#);
        let unresolved = Value::Date(DateValue::Unresolved { expression: "last month".into() });
        assert_eq!(unresolved.to_json().to_string(), r#"{"date":null,"expression":"last month"}"#);
        assert_eq!(
            Value::Percent { value: 12.5, end: None, points: false }.to_json().to_string(),
            r#"{"percent":12.5,"value":12.5}"#
        );
    }

    #[test]
    fn currency_codes_are_three_capitals() {
        assert_eq!(Currency::new("PKR").unwrap().as_str(), "PKR");
        assert!(Currency::new("usd").is_none());
        assert!(Currency::new("US").is_none());
    }
}
