//! The period an attribute is about: "mortgage approvals, December 2004",
//! "real GDP growth, Q3 2004", "audience share, January 2005". The linker
//! compares it with the dates the article gives next to a figure, so that
//! the December figure links to the December record.

use jiff::civil::Date;

use crate::words::MONTH_NAMES as MONTHS;

/// Quarter words: "Q3", "third quarter", "final quarter".
const QUARTER_WORDS: [(&str, i8); 6] =
    [("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("final", 4), ("last", 4)];

/// The first period named in `attribute` with its year, as an inclusive
/// day interval.
///
/// ```
/// use claimcheck::reference::attribute_period;
/// let (a, b) = attribute_period("real GDP growth, Q3 2004, annualised").unwrap();
/// assert_eq!((a.to_string(), b.to_string()), ("2004-07-01".into(), "2004-09-30".into()));
/// assert!(attribute_period("people killed").is_none());
/// ```
pub fn attribute_period(attribute: &str) -> Option<(Date, Date)> {
    // Every period needs a year, a word of exactly four ASCII digits:
    // without a run of exactly four digits there is none to find.
    if !has_four_digit_run(attribute.as_bytes()) {
        return None;
    }
    let words: Vec<String> = attribute
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    for (i, w) in words.iter().enumerate() {
        let year_after = |k: usize| words.get(i + k).and_then(|y| year(y));
        if let Some(m) = MONTHS.iter().position(|m| m == w) {
            if let Some(y) = year_after(1) {
                let first = Date::new(y, m as i8 + 1, 1).ok()?;
                return Some((first, first.last_of_month()));
            }
            continue;
        }
        let quarter = match w.as_str() {
            q if q.len() == 2 && q.starts_with('q') => {
                q[1..].parse::<i8>().ok().filter(|n| (1..=4).contains(n))
            }
            q => QUARTER_WORDS
                .iter()
                .find(|(word, _)| *word == q)
                .filter(|_| words.get(i + 1).is_some_and(|n| n == "quarter"))
                .map(|(_, n)| *n),
        };
        if let Some(q) = quarter {
            let skip = if w.starts_with('q') { 1 } else { 2 };
            let y = year_after(skip).or_else(|| year_after(skip + 1))?;
            let first = Date::new(y, (q - 1) * 3 + 1, 1).ok()?;
            let last = Date::new(y, q * 3, 1).ok()?.last_of_month();
            return Some((first, last));
        }
    }
    // "end of 2004": its last month.
    for (i, w) in words.iter().enumerate() {
        if w == "end"
            && words.get(i + 1).is_some_and(|o| o == "of")
            && let Some(y) = words.get(i + 2).and_then(|y| year(y))
        {
            let first = Date::new(y, 12, 1).ok()?;
            return Some((first, first.last_of_month()));
        }
    }
    // A bare year: "2004 annual growth".
    words
        .iter()
        .find_map(|w| year(w))
        .and_then(|y| Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?)))
}

fn has_four_digit_run(b: &[u8]) -> bool {
    let mut run = 0;
    for &c in b {
        if c.is_ascii_digit() {
            run += 1;
        } else if run == 4 {
            return true;
        } else {
            run = 0;
        }
    }
    run == 4
}

fn year(w: &str) -> Option<i16> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1800..=2200).contains(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<(String, String)> {
        attribute_period(s).map(|(a, b)| (a.to_string(), b.to_string()))
    }

    #[test]
    fn periods_in_attributes() {
        assert_eq!(
            p("mortgage approvals for house purchase, December 2004 (Bank of England)"),
            Some(("2004-12-01".into(), "2004-12-31".into()))
        );
        assert_eq!(
            p("equipment spending growth, fourth quarter of 2004"),
            Some(("2004-10-01".into(), "2004-12-31".into()))
        );
        assert_eq!(p("GDP growth, 2004"), Some(("2004-01-01".into(), "2004-12-31".into())));
        assert_eq!(p("month of the lowest approvals in nine years"), None);
        assert_eq!(p("GDP growth, December 20045 (12)"), None);
        assert_eq!(p("Q3 2004"), Some(("2004-07-01".into(), "2004-09-30".into())));
        assert_eq!(p("x2004 and 2005y"), None);
        assert_eq!(
            p("broadband connections, end of 2004"),
            Some(("2004-12-01".into(), "2004-12-31".into()))
        );
    }
}
