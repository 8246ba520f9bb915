//! End-to-end cases for the numeric rules: each row is a sentence, the
//! span the mention must cover, and its value and hedge.

use super::*;
use crate::value::Currency;

fn run(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    find(text, &Context::default(), &mut out);
    out
}

fn num(v: f64, unit: Option<&str>) -> Value {
    Value::Number { value: v, end: None, unit: unit.map(str::to_string) }
}

fn money(v: f64, c: &str) -> Value {
    Value::Money { amount: v, end: None, currency: Currency::new(c).unwrap() }
}

fn pct(v: f64) -> Value {
    Value::Percent { value: v, end: None, points: false }
}

/// Asserts that `text` yields exactly one mention with this span text,
/// value and qualifier.
fn check(text: &str, span: &str, value: Value, q: Qualifier) {
    let got = run(text);
    let hits: Vec<_> = got.iter().filter(|m| m.text(text) == span).collect();
    assert_eq!(hits.len(), 1, "{text:?}: wanted span {span:?}, got {got:#?}");
    assert_eq!(hits[0].value, value, "{text:?}");
    assert_eq!(hits[0].qualifier, q, "{text:?}");
}

/// Asserts that `text` yields no numeric mention at all.
fn none(text: &str) {
    let got = run(text);
    assert!(got.is_empty(), "{text:?}: expected nothing, got {got:#?}");
}

use Qualifier::*;

#[test]
fn plain_numbers_and_counts() {
    let cases: Vec<(&str, &str, Value, Qualifier)> = vec![
        (
            "New loans in December rose to 83,000, slightly higher",
            "83,000",
            num(83000.0, None),
            Exact,
        ),
        ("191 people were killed", "191", num(191.0, Some("people")), Exact),
        ("more than 2,000 injured in March", "more than 2,000", num(2000.0, None), MoreThan),
        (
            "At least 12 agreements and memoranda of understanding were signed",
            "At least 12",
            num(12.0, Some("agreements and memoranda of understanding")),
            AtLeast,
        ),
        (
            "about 300 natural and man-made disasters",
            "300",
            num(300.0, Some("natural and man-made disasters")),
            Approximately,
        ),
        (
            "Twenty-one thousand people lost their lives",
            "Twenty-one thousand",
            num(21000.0, Some("people")),
            Exact,
        ),
        (
            "pull in five million viewers at one point",
            "five million",
            num(5e6, Some("viewers")),
            Exact,
        ),
        (
            "170 million cinema admissions were made",
            "170 million",
            num(1.7e8, Some("cinema admissions")),
            Exact,
        ),
        (
            "it said there were more than 32 million broadband connections by",
            "more than 32 million",
            num(3.2e7, Some("broadband connections")),
            MoreThan,
        ),
        ("accounting for 18.6 million lines.", "18.6 million", num(1.86e7, Some("lines")), Exact),
        ("Four people died when", "Four", num(4.0, Some("people")), Exact),
        ("All five men, along with four others, are", "four", num(4.0, Some("others")), Exact),
        ("cut 2000 jobs", "2000", num(2000.0, Some("jobs")), Exact),
        ("a dozen eggs", "a dozen", num(12.0, Some("eggs")), Exact),
        ("half a million homes", "half a million", num(5e5, Some("homes")), Exact),
        ("two hundred and forty sheep", "two hundred and forty", num(240.0, Some("sheep")), Exact),
        ("1 234 cars", "1 234", num(1234.0, Some("cars")), Exact),
        ("the value fell to -9.5 overnight", "-9.5", num(-9.5, None), Exact),
        (
            "ship three million of the consoles by March",
            "three million",
            num(3e6, Some("consoles")),
            Exact,
        ),
        ("nearly 3 million", "3 million", num(3e6, None), Approximately),
        ("up to 40 flights", "up to 40", num(40.0, Some("flights")), AtMost),
        ("2K", "2K", num(2000.0, None), Exact),
    ];
    for (text, span, v, q) in cases {
        check(text, span, v, q);
    }
}

#[test]
fn the_typographic_minus_is_a_sign() {
    check("the value fell to \u{2212}9.5 overnight", "\u{2212}9.5", num(-9.5, None), Exact);
    check("growth of \u{2212}3.5% in the year", "\u{2212}3.5%", pct(-3.5), Exact);
    check("(\u{2212}4/5)", "\u{2212}4/5", num(-0.8, None), Exact);
    // Between figures it joins them, as a hyphen does: no negative end.
    assert!(
        run("scores of 2\u{2212}3 were").iter().all(|m| match m.value {
            Value::Number { value, .. } => value >= 0.0,
            _ => true,
        }),
        "{:#?}",
        run("scores of 2\u{2212}3 were")
    );
}

#[test]
fn ranges() {
    let r = |a: f64, b: f64| Value::Number { value: a, end: Some(b), unit: None };
    check("between 10 and 12", "between 10 and 12", r(10.0, 12.0), Exact);
    check("10-12 were seen", "10-12", r(10.0, 12.0), Exact);
    check("10 to 12 were seen", "10 to 12", r(10.0, 12.0), Exact);
    check("The number range is 1000-5000", "1000-5000", r(1000.0, 5000.0), Exact);
    check(
        "costs $1-2bn a year",
        "$1-2bn",
        Value::Money { amount: 1e9, end: Some(2e9), currency: Currency::USD },
        Exact,
    );
    check(
        "between 3% and 5%",
        "between 3% and 5%",
        Value::Percent { value: 3.0, end: Some(5.0), points: false },
        Exact,
    );
    // A change is two figures, not a range.
    let text = "fell from 11.2% to 9.6% last month";
    let got = run(text);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].text(text), "11.2%");
    assert_eq!(got[1].text(text), "9.6%");
}

#[test]
fn money_amounts() {
    let cases: Vec<(&str, &str, Value, Qualifier)> = vec![
        ("rose by \u{a3}7.1bn in December", "\u{a3}7.1bn", money(7.1e9, "GBP"), Exact),
        ("\u{a3}350m", "\u{a3}350m", money(3.5e8, "GBP"), Exact),
        ("trade to $10 billion,", "$10 billion", money(1e10, "USD"), Exact),
        ("around $105bn (\u{a3}54bn)", "$105bn", money(1.05e11, "USD"), Approximately),
        ("worth 211bn yen (", "211bn yen", money(2.11e11, "JPY"), Exact),
        ("for 19,800 yen ($188;", "19,800 yen", money(19800.0, "JPY"), Exact),
        ("50 pence", "50 pence", money(0.5, "GBP"), Exact),
        ("a 50p rise", "50p", money(0.5, "GBP"), Exact),
        ("down 34 cents", "34 cents", money(0.34, "USD"), Exact),
        ("Rs 20", "Rs 20", money(20.0, "INR"), Exact),
        ("PKR 100bn", "PKR 100bn", money(1e11, "PKR"), Exact),
        ("US$4.7 billion", "US$4.7 billion", money(4.7e9, "USD"), Exact),
        ("\u{20ac}3.2tn", "\u{20ac}3.2tn", money(3.2e12, "EUR"), Exact),
        (
            "125 million Australian dollars of bonds",
            "125 million Australian dollars",
            money(1.25e8, "AUD"),
            Exact,
        ),
        ("five million yen", "five million yen", money(5e6, "JPY"), Exact),
        ("$ 75 million of", "$ 75 million", money(7.5e7, "USD"), Exact),
        ("a 12-cent-a-share dividend", "12-cent", money(0.12, "USD"), Exact),
        ("\u{20b9}500 crore", "\u{20b9}500 crore", money(5e9, "INR"), Exact),
    ];
    for (text, span, v, q) in cases {
        check(text, span, v, q);
    }
}

#[test]
fn a_bare_dollar_follows_earlier_mentions() {
    let text = "The deal is worth A$5m. It adds $3m to revenue.";
    check(text, "$3m", money(3e6, "AUD"), Exact);
}

#[test]
fn percentages_and_points() {
    let cases: Vec<(&str, &str, Value, Qualifier)> = vec![
        ("an annual rate of 3.8% in", "3.8%", pct(3.8), Exact),
        ("Some 95% of insurance claims", "95%", pct(95.0), Approximately),
        ("grow at about 4%, economists", "4%", pct(4.0), Approximately),
        ("12 per cent", "12 per cent", pct(12.0), Exact),
        ("twelve percent", "twelve percent", pct(12.0), Exact),
        ("over 40%", "over 40%", pct(40.0), MoreThan),
        (
            "rose 0.5 percentage points",
            "0.5 percentage points",
            Value::Percent { value: 0.5, end: None, points: true },
            Exact,
        ),
        ("attracting a quarter of the television audience", "a quarter", pct(25.0), Exact),
        ("was important for a third, and tax", "a third", pct(33.3), Exact),
        ("two-thirds of voters", "two-thirds", pct(66.7), Exact),
        ("one in five adults", "one in five", pct(20.0), Exact),
        ("nine out of 10 doctors", "nine out of 10", pct(90.0), Exact),
        ("more than half of the members", "more than half", pct(50.0), MoreThan),
    ];
    for (text, span, v, q) in cases {
        check(text, span, v, q);
    }
}

#[test]
fn ordinals_that_rank() {
    let cases: &[(&str, &str, u64, Option<&str>)] = &[
        ("The world's second biggest insurer said", "second", 2, Some("biggest insurer")),
        (
            "the second senior Iranian official to visit",
            "second",
            2,
            Some("senior Iranian official"),
        ),
        ("helped the men's team to overall third place while", "third", 3, Some("place")),
        ("Hickey finished in 10th place on his", "10th", 10, Some("place")),
        ("ranked 13th in the world", "13th", 13, None),
        ("the third-largest economy", "third", 3, Some("largest economy")),
        ("the twenty-first edition", "twenty-first", 21, Some("edition")),
        ("after the second ballot.", "second", 2, Some("ballot")),
    ];
    for (text, span, v, noun) in cases {
        let got = run(text);
        let m = got
            .iter()
            .find(|m| m.text(text) == *span)
            .unwrap_or_else(|| panic!("{text}: {got:#?}"));
        assert_eq!(m.value, Value::Ordinal(*v), "{text}");
        assert_eq!(m.noun.as_deref(), *noun, "{text}");
    }
}

#[test]
fn ages() {
    let age = Some(count::AGE);
    check("The 32-year-old will race", "32-year-old", num(32.0, age), Exact);
    check("Steve Arthur, 46, from Pease Pottage", "46", num(46.0, age), Exact);
    check("Gatlin, 22, won the closest", "22", num(22.0, age), Exact);
    check("He was 84, had been", "84", num(84.0, age), Exact);
    check("while 16-year-old Hickey goes", "16-year-old", num(16.0, age), Exact);
}

#[test]
fn measures() {
    check("came off the tracks at 115 mph, when", "115 mph", num(115.0, Some("mph")), Exact);
    check("a 500 km pipeline", "500 km", num(500.0, Some("km")), Exact);
    check("3.2 tonnes of waste", "3.2 tonnes", num(3.2, Some("t")), Exact);
}

#[test]
fn not_claims() {
    let cases = [
        // scores and ratios
        "They won 3-2 on Saturday.",
        "a 1-0 defeat",
        "voters backed it by two to one",
        // names and titles
        "COVID-19 spread",
        "the G7 summit",
        "an F-16 crashed",
        "Ocean's Twelve opened",
        "rapper 50 Cent said",
        "He played Halo 2 all day",
        "U2 played",
        "the 7E7 jet",
        "surpass BBC Two for",
        "pupils at Key Stage 2 were",
        "in Formula 1 racing",
        "many people use 3G phones",
        "the 4G network launched",
        "running Windows 95 still",
        "surpass Channel 4 for",
        "while Five's proportion remained",
        // labels and addresses
        "see page 12",
        "under section 3 of",
        "Article 5 says",
        "move into 10 Downing Street, after",
        // phones, versions, times, dates
        "call 0800 123 4567 now",
        "upgrade to v2.1 today",
        "version 2.1.3 is out",
        "at 10:30 today",
        "at 3pm",
        "on 17/10/2000",
        // age bands and event labels
        "69% of over-55s say",
        "compared with 17% of 18 to 24 year olds.",
        "14% of people aged between 18 and 34 said",
        "compared with 39% of people under 55.",
        "3,028 adults aged 18 or over were",
        "won the closest 100m final",
        "bronze in the 200m and silver in the 4x100m relay",
        "Pavey in the women's 8km race on",
        "Olympic 5,000m finalist Pavey",
        "the men's 12km race on",
        // vague quantities, multipliers, idioms
        "Thousands of people queued",
        "many months",
        "sales doubled",
        "risen for the first time since May",
        "It is one of the biggest honours",
        "at one point during its run",
        "the one who left",
        "at first he refused",
        "first of all",
        "first in line",
        "the first batch of Sony's new console",
        "the first month since last July",
        "The two main television channels, BBC1 and ITV1, have",
        "we could have sold a million tickets",
        // years, periods and time nouns are the temporal rules'
        "in 2004 the firm",
        "the 2004 Jesse Owens Awards",
        "The 2004 awards will be presented",
        "the 2012-13 season",
        "from 1941 to 1945 and",
        "a nine-year low of",
        "for more than 20 years",
        "the third quarter",
        "in the 1990s",
        "on 11 September",
    ];
    for text in cases {
        let got: Vec<_> = run(text);
        // Percentages elsewhere in the sentence are fine; the case is
        // about the other number.
        let bad: Vec<_> = got
            .iter()
            .filter(|m| !matches!(m.value, Value::Percent { .. }) || !text.contains('%'))
            .filter(|m| !(text.contains("3,028") && m.text(text) == "3,028"))
            .collect();
        assert!(bad.is_empty(), "{text:?}: {bad:#?}");
    }
    none("");
}

#[test]
fn spans_respect_char_boundaries_on_any_input() {
    for text in [
        "\u{a3}",
        "\u{a3}\u{a3}5",
        "5\u{2009}",
        "\u{20ac}-",
        "a \u{2014} two\u{2014}",
        "1,",
        "1.",
        "$",
        "-",
        "one and a",
    ] {
        for m in run(text) {
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
    }
}

proptest::proptest! {
    /// No input panics, and every span lies on char boundaries in order.
    #[test]
    fn never_panics_and_spans_are_char_aligned(
        text in "([0-9]{1,4}|[ ,.%$-]|\u{a3}|\u{20ac}|\u{5143}|\u{2009}|one|third|m|bn|yen|first|a|half|of|to|and|between|s|-year-old|[A-Z][a-z]{0,3}|\u{e9}){0,24}"
    ) {
        for m in run(&text) {
            proptest::prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
    }
}

#[test]
fn bounds_and_comparisons() {
    let r = |a: f64, b: f64| Value::Number { value: a, end: Some(b), unit: None };
    check(
        "greater than 100 and smaller than 300",
        "greater than 100 and smaller than 300",
        r(100.0, 300.0),
        Exact,
    );
    check(
        "at most 100 and at least 20 apples",
        "at most 100 and at least 20",
        Value::Number { value: 20.0, end: Some(100.0), unit: Some("apples".into()) },
        Exact,
    );
    check("His score is 200 or greater", "200 or greater", num(200.0, None), AtLeast);
    check("500 or more people came", "500 or more", num(500.0, Some("people")), AtLeast);
    check("when >= 30", ">= 30", num(30.0, None), AtLeast);
    check("exceeding 150", "exceeding 150", num(150.0, None), MoreThan);
    check("per cent of 210", "per cent of 210", pct(210.0), Exact);
    check("it only cost 3 dollars 50 cents.", "3 dollars 50 cents", money(3.5, "USD"), Exact);
    check("USD115", "USD115", money(115.0, "USD"), Exact);
    check("10 \u{20ac} is", "10 \u{20ac}", money(10.0, "EUR"), Exact);
    none("https://www.test.com/search?q=30%25%2020%");
}

#[test]
fn real_news_pitfalls() {
    // A change is not a range; neither is a year followed by a figure.
    let text = "US light crude fell 32 cents to $51.43 a barrel";
    let got = run(text);
    assert_eq!(got.len(), 2, "{got:#?}");
    check("losses halved in 2004 to $200m (", "$200m", money(2e8, "USD"), Exact);
    check("taking the total to $8.2 trillion.", "$8.2 trillion", money(8.2e12, "USD"), Exact);
    check("he made three tremendous saves", "three", num(3.0, Some("tremendous saves")), Exact);
    check(
        "And one-and-a-half million hard working families",
        "one-and-a-half million",
        num(1.5e6, Some("hard working families")),
        Exact,
    );
    for text in [
        "Ipswich 1-2 Charlton",
        "played a great one-two with",
        "No-one knows what",
        "won multi-million pound contracts",
        "agreed the 1701 Act of Settlement",
        "the Top 500 list",
        "That game is one Smith would like",
        "one of the 800 metres favourites",
    ] {
        let got = run(text);
        assert!(got.is_empty(), "{text}: {got:#?}");
    }
}

#[test]
fn more_real_news_pitfalls() {
    check("a 5,000m climb", "5,000m", num(5000.0, Some("m")), Exact);
    none("winning 1500m and 5,000m titles");
    check("the 5m people watched", "5m", num(5e6, Some("people")), Exact);
    check("with a third more properties", "a third", pct(33.3), Exact);
    check("save \u{a3}22 billions worth", "\u{a3}22 billions", money(2.2e10, "GBP"), Exact);
    let text = "had risen from its normal \u{a3}3 to \u{a3}5, to \u{a3}320.";
    assert_eq!(run(text).len(), 3, "{:#?}", run(text));
    check(
        "the 1.2bn Australian dollars (\u{a3}458m; $874m) rebuild fell to A$4.50",
        "$874m",
        money(8.74e8, "USD"),
        Exact,
    );
    for text in [
        "evacuate several hundred UK citizens",
        "missed the first three months of the season",
        "in the first half of the year",
    ] {
        let got = run(text);
        assert!(got.is_empty(), "{text}: {got:#?}");
    }
}

#[test]
fn fractions_scales_and_spans() {
    check("three billions", "three billions", num(3e9, None), Exact);
    check("two point two million", "two point two million", num(2.2e6, None), Exact);
    check("about 3/4 of", "3/4", num(0.75, None), Approximately);
    none("on 17/10/2000");
    none("after the 9/11 attacks");
    none("open 24/7 now");
    let text = "I like the first two books.";
    assert!(run(text).iter().any(|m| m.value == Value::Ordinal(1)), "{:#?}", run(text));
    let text = "missed the first three months";
    assert!(!run(text).iter().any(|m| m.value == Value::Ordinal(1)), "{:#?}", run(text));
    check("ten shekels", "ten shekels", money(10.0, "ILS"), Exact);
    check("the 12 Euro zone countries", "12", num(12.0, Some("Euro zone countries")), Exact);
}

#[test]
fn improper_and_mixed_fractions() {
    check("twenty-three fifths", "twenty-three fifths", num(4.6, None), Exact);
    check("twenty and three fifths", "twenty and three fifths", num(20.6, None), Exact);
    check("one hundred and thirty fifths", "one hundred and thirty fifths", num(26.0, None), Exact);
    check(
        "one hundred and three quarters",
        "one hundred and three quarters",
        num(100.75, None),
        Exact,
    );
    check("two million and three fifths", "two million and three fifths", num(2.6e6, None), Exact);
    check("three hundred and two dozens", "three hundred and two dozens", num(324.0, None), Exact);
    check("two thirds of voters", "two thirds", pct(66.7), Exact);
}

#[test]
fn inclusive_bounds_and_spaced_ages() {
    check(
        "His score is more than 5000 or equal to it",
        "more than 5000 or equal to",
        num(5000.0, None),
        AtLeast,
    );
    check("His score is equal to 5000 or less", "equal to 5000 or less", num(5000.0, None), AtMost);
    check(
        "He is more than thirty years old.",
        "more than thirty",
        num(30.0, Some(count::AGE)),
        MoreThan,
    );
}

#[test]
fn notation_grouping_and_written_fractions() {
    let close = |text: &str, span: &str, v: f64| {
        let got = run(text);
        let hit = got.iter().find(|m| m.text(text) == span);
        let Some(Mention { value: Value::Number { value, .. }, .. }) = hit else {
            panic!("{text:?}: wanted {span:?}, got {got:#?}")
        };
        assert!((value - v).abs() < 1e-9 * v.abs().max(1.0), "{text:?}: {value}");
    };
    close("The result is 12,34,567.89", "12,34,567.89", 1234567.89);
    close("a loan of 1,00,000 was approved", "1,00,000", 100000.0);
    close("the result is 1.1^23", "1.1^23", 1.1f64.powi(23));
    close("roughly 1.3x10^6 cells", "1.3x10^6", 1.3e6);
    close("it is 6.23x10^-4.", "6.23x10^-4", 6.23e-4);
    close("the result is \u{2154}", "\u{2154}", 2.0 / 3.0);
    close("2\u{bd} cups", "2\u{bd}", 2.5);
    close("2 1/4", "2 1/4", 2.25);
    close("-4/5", "-4/5", -0.8);
    close("4 thousand 3 hundred and 21 is a valid number.", "4 thousand 3 hundred and 21", 4321.0);
    close("3 hundred and one is a valid number.", "3 hundred and one", 301.0);
    close("I count 6 crore and two hundred", "6 crore and two hundred", 60000200.0);
    close("The total is three lakh crore", "three lakh crore", 3e12);
    close("a hundredth", "a hundredth", 0.01);
    close("three twenty-firsts", "three twenty-firsts", 3.0 / 21.0);
    close("two hundred and fifty-four hundredths", "two hundred and fifty-four hundredths", 200.54);
    close(
        "The answer is minus one hundred thirty fifths",
        "minus one hundred thirty fifths",
        -100.0 / 35.0,
    );
    close("one over three", "one over three", 1.0 / 3.0);
    close("The answer is negative one over 20", "negative one over 20", -0.05);
    close("They have two million and one half", "two million and one half", 2.5e6);
    close("1,674.5 G", "1,674.5 G", 1.6745e12);
    // Still two figures.
    let text = "3 million and 200 jobs";
    assert_eq!(run(text).len(), 2, "{:#?}", run(text));
    let text = "3 hundred and 2 hundred are two numbers.";
    assert!(run(text).iter().any(|m| m.text(text) == "3 hundred"), "{:#?}", run(text));
    // "over" before a period is a bound, not a fraction.
    assert!(
        run("sold 2000 over 3 years")
            .iter()
            .all(|m| !m.text("sold 2000 over 3 years").contains("2000 over"))
    );
}

#[test]
fn ranges_and_bounds_read_as_one() {
    check(
        "The number range is from one thousand to one thousand and five hundred.",
        "from one thousand to one thousand and five hundred",
        Value::Number { value: 1000.0, end: Some(1500.0), unit: None },
        Exact,
    );
    check(
        "He scores between negative ten and fifteen.",
        "between negative ten and fifteen",
        Value::Number { value: -10.0, end: Some(15.0), unit: None },
        Exact,
    );
    check("His score is 200 or greater than", "200 or greater than", num(200.0, None), AtLeast);
    check(
        "His score is more than 5000 or equal to 6000",
        "more than 5000",
        num(5000.0, None),
        MoreThan,
    );
    // A change is still two figures.
    let text = "Sales rose from 10 to 12 million.";
    assert!(run(text).iter().all(|m| !m.text(text).starts_with("from")), "{:#?}", run(text));
}

#[test]
fn more_currency_forms() {
    check("$ 20,000.00 $ 37,305.97 expenses", "$ 37,305.97", money(37305.97, "USD"), Exact);
    check("rmb 10 usd 20", "usd 20", money(20.0, "USD"), Exact);
    check("it costs 20Rs", "20Rs", money(20.0, "INR"), Exact);
    check("it costs 42RM", "42RM", money(42.0, "MYR"), Exact);
    check("3.25US$", "3.25US$", money(3.25, "USD"), Exact);
    check("2 satoshis one day", "2 satoshis", money(2e-8, "BTC"), Exact);
    check(
        "The price starts at dollar 22.5 million.",
        "dollar 22.5 million",
        money(22.5e6, "USD"),
        Exact,
    );
    check("malaysian ringgit 42", "malaysian ringgit 42", money(42.0, "MYR"), Exact);
    check("twenty ringgit 43 sens", "twenty ringgit 43 sens", money(20.43, "MYR"), Exact);
    check("it costs 42 RM", "42 RM", money(42.0, "MYR"), Exact);
    check("-.0012G", "-.0012G", num(-1.2e6, None), Exact);
    check("we are giving away 3 USD50 Cards.", "USD50", money(50.0, "USD"), Exact);
    check(
        "the lottery is u.s $ 100,000,000, do you",
        "u.s $ 100,000,000",
        money(1e8, "USD"),
        Exact,
    );
    // The currency itself, not an amount.
    let text = "The euro rose against the dollar 10 years ago.";
    assert!(run(text).iter().all(|m| !matches!(m.value, Value::Money { .. })), "{:#?}", run(text));
    check(
        "Current value is one billion and a half million",
        "one billion and a half million",
        num(1_000_500_000.0, None),
        Exact,
    );
    check("a half million people", "a half million", num(5e5, Some("people")), Exact);
    check("a quarter million people", "a quarter million", num(2.5e5, Some("people")), Exact);
    check("half a million people", "half a million", num(5e5, Some("people")), Exact);
    check(
        "one billion and three quarters million",
        "one billion and three quarters million",
        num(1_000_750_000.0, None),
        Exact,
    );
    // A share of one after "and", not of a smaller scale.
    check(
        "two million and three quarters",
        "two million and three quarters",
        num(2.75e6, None),
        Exact,
    );
    check(
        "one billion and three hundred million",
        "one billion and three hundred million",
        num(1.3e9, None),
        Exact,
    );
}

#[test]
fn seasons_decades_and_signs_between_figures() {
    let text = "back in 2000-1, said Blythe. The 2005-6 target. In 2003-4 and 1963-4.";
    assert!(run(text).is_empty(), "{:#?}", run(text));
    let text =
        "Re-working 70's and 80's music. 50's beef. The Reds scored three second-half goals.";
    assert!(run(text).is_empty(), "{:#?}", run(text));
    check("spend by 2008 \u{a3}60bn more.", "\u{a3}60bn", money(60e9, "GBP"), Exact);
    let text = "spend by 2008 \u{a3}60bn more.";
    assert!(run(text).iter().all(|m| m.text(text) != "2008 \u{a3}"), "{:#?}", run(text));
}

#[test]
fn scale_abbreviations_around_currency() {
    check("It raised $1.5bn in March", "$1.5bn", money(1.5e9, "USD"), Exact);
    check("a \u{a3}350m deal", "\u{a3}350m", money(3.5e8, "GBP"), Exact);
    check("debts of 3.2tn yen.", "3.2tn yen", money(3.2e12, "JPY"), Exact);
    check("about US$ 2.5bn of it", "US$ 2.5bn", money(2.5e9, "USD"), Approximately);
    check("it costs $1-2bn a year", "$1-2bn", money_range(1e9, 2e9, "USD"), Exact);
    check("revenues of about MAUD 60", "MAUD 60", money(6e7, "AUD"), Approximately);
    // An "m" with no currency may be metres: no money.
    let text = "the 350m mark";
    assert!(run(text).iter().all(|m| !matches!(m.value, Value::Money { .. })), "{:#?}", run(text));
}

fn money_range(lo: f64, hi: f64, c: &str) -> Value {
    Value::Money { amount: lo, end: Some(hi), currency: Currency::new(c).unwrap() }
}

#[test]
fn subunits_and_dotted_abbreviations() {
    check("If they had 15 USD 50 more,", "15 USD 50", money(15.5, "USD"), Exact);
    check("paid 5 dollars 50 each", "5 dollars 50", money(5.5, "USD"), Exact);
    check("it costs 42 L.E. now", "42 L.E.", money(42.0, "EGP"), Exact);
    // A count after the amount is its own figure.
    let text = "paid 15 dollars 50 times";
    assert!(run(text).iter().any(|m| m.text(text) == "15 dollars"), "{:#?}", run(text));
    // A lone "l" is litres, not the pound.
    let text = "it holds 42 l of water";
    assert!(run(text).iter().all(|m| !matches!(m.value, Value::Money { .. })), "{:#?}", run(text));
}

#[test]
fn spoken_decimal_points_and_restatements() {
    check("the rate is 1 point 1", "1 point 1", num(1.1, None), Exact);
    check("some 3 point 5 percent", "3 point 5 percent", pct(3.5), Approximately);
    // A score is no decimal.
    let text = "they won by 3 points 2 days ago";
    assert!(run(text).iter().all(|m| m.value != num(3.2, None)), "{:#?}", run(text));
    check("within forty-five (45) days", "forty-five (45)", num(45.0, None), Exact);
    check("45 (forty five) delegates", "45 (forty five)", num(45.0, None), Exact);
    check("paid $6bn (\u{a3}3.1bn) for it", "$6bn", money(6e9, "USD"), Exact);
    check("paid $6bn (\u{a3}3.1bn) for it", "\u{a3}3.1bn", money(3.1e9, "GBP"), Exact);
    check("12 (15%) of them", "12", num(12.0, None), Exact);
    let text = "nought point nought three plus zero point zero eight equals nought point eleven";
    assert!(run(text).iter().any(|m| m.text(text) == "nought point eleven"), "{:#?}", run(text));
}

#[test]
fn hedged_halves_and_scaled_proportions() {
    check("more than half the voters backed it", "more than half", pct(50.0), MoreThan);
    check("nearly half people came here", "half", pct(50.0), Approximately);
    check("half of the voters", "half", pct(50.0), Exact);
    check("up to half the jobs could go", "up to half", pct(50.0), AtMost);
    let text = "If he lives up to half his promises";
    assert!(run(text).is_empty(), "{:#?}", run(text));
    // Idioms, periods and durations are no shares.
    for text in [
        "half the time it rains",
        "in the second half the team scored",
        "over half an hour",
        "just over half-time",
        "more than half a year",
    ] {
        assert!(run(text).iter().all(|m| !matches!(m.value, Value::Percent { .. })), "{text}");
    }
    check("two out of five hundred tvs", "two out of five hundred", pct(0.4), Exact);
    check("one in a hundred", "one in a hundred", pct(1.0), Exact);
    let text = "two out of five hundreds tvs";
    assert!(run(text).iter().all(|m| m.value != pct(40.0)), "{:#?}", run(text));
}

#[test]
fn a_rejected_figure_takes_its_currency_and_scale_along() {
    let text = "they would have paid 80 USD million.";
    assert!(run(text).is_empty(), "{:#?}", run(text));
}

#[test]
fn a_fraction_of_a_scale_is_a_figure() {
    let two_thirds = number::times(2.0 / 3.0, 1e6);
    check("two thirds of a million", "two thirds of a million", num(two_thirds, None), Exact);
    check(
        "three quarters of a billion dollars",
        "three quarters of a billion dollars",
        money(7.5e8, "USD"),
        Exact,
    );
    // A share of something else stays a share.
    check("two thirds of a year", "two thirds", pct(66.7), Exact);
    check("two-thirds of the voters", "two-thirds", pct(66.7), Exact);
}

#[test]
fn decimal_commas() {
    check("some 2,5 million people", "2,5 million", num(2.5e6, Some("people")), Approximately);
    check("you can write 5.00 or 5,00.", "5,00", num(5.0, None), Exact);
    check("1.111,11, 1,111.11", "1.111,11", num(1111.11, None), Exact);
    // English grouping and lists stay as they were.
    check("83,000 loans", "83,000", num(83000.0, Some("loans")), Exact);
    let text = "seeds 1,2,3 and 4";
    assert!(run(text).iter().all(|m| m.value != num(1.2, None)), "{:#?}", run(text));
}

#[test]
fn one_unit_of_a_currency_after_the_article() {
    check("people living on a dollar a day", "a dollar", money(1.0, "USD"), Exact);
    check(
        "above a dollar and 42 cents",
        "above a dollar and 42 cents",
        money(1.42, "USD"),
        MoreThan,
    );
    check("It sold for a euro.", "a euro", money(1.0, "EUR"), Exact);
    check("for a buck an hour", "a buck", money(1.0, "USD"), Exact);
    // The currency itself, not an amount.
    for text in [
        "a dollar crisis looms",
        "a dollar-denominated bond",
        "the dollar fell",
        "a pound of flesh",
    ] {
        assert!(run(text).iter().all(|m| !matches!(m.value, Value::Money { .. })), "{text}");
    }
}

#[test]
fn a_bare_fraction_keeps_its_hedge() {
    check("The number is above one quarter.", "above one quarter", num(0.25, None), MoreThan);
    check("it fell by two thirds", "two thirds", num(2.0 / 3.0, None), Exact);
}

#[test]
fn a_sentence_adverb_before_a_figure_names_nothing() {
    check("sales. However 60% said no.", "60%", pct(60.0), Exact);
    check("Meanwhile 300 people died.", "300", num(300.0, Some("people")), Exact);
    check("Overall 40 people died.", "40", num(40.0, Some("people")), Exact);
    // A capitalised name before a number still makes a name.
    for text in ["Halo 2 is out now.", "Doom 3 has blasted away the rest."] {
        assert!(run(text).is_empty(), "{text}: {:#?}", run(text));
    }
}

#[test]
fn counts_of_occurrences_are_figures_multipliers_are_not() {
    check(
        "It has been downloaded almost eight million times and",
        "eight million times",
        num(8e6, Some("times")),
        Approximately,
    );
    check(
        "Rates rose five times between 2003 and 2004.",
        "five times",
        num(5.0, Some("times")),
        Exact,
    );
    check("He was capped 50 times.", "50 times", num(50.0, Some("times")), Exact);
    check(
        "it has won 18 times out of the last 20 years",
        "18 times",
        num(18.0, Some("times")),
        Exact,
    );
    for text in [
        "three times as many people",
        "five times the size of Wales",
        "two times faster than before",
        "it is 10 times stronger",
        "three times a week",
        "one time only",
        "nine times out of ten they die",
        "it can magnify text by up to 10 times and",
        "between \"two and three times\" the assessment",
    ] {
        let times =
            |m: &Mention| matches!(&m.value, Value::Number { unit: Some(u), .. } if u == "times");
        assert!(!run(text).iter().any(times), "{text}: {:#?}", run(text));
    }
}

#[test]
fn chart_positions_are_ranks() {
    let ord = |v: u64| Value::Ordinal(v);
    check("the single fell to number three.", "number three", ord(3), Exact);
    check("It entered the chart at number 12 this week", "number 12", ord(12), Exact);
    check("from number one to number three", "number one", ord(1), Exact);
    for text in
        ["Wales number eight Michael Owen", "He went to Number 10 on Friday", "a number 10 shirt"]
    {
        assert!(
            run(text).iter().all(|m| !matches!(m.value, Value::Ordinal(_))),
            "{text}: {:#?}",
            run(text)
        );
    }
}

#[test]
fn hyphenated_scales_and_rate_bases() {
    check("half of the 17-million population", "17-million", num(1.7e7, Some("population")), Exact);
    check("a 3.5-billion-dollar deal", "3.5-billion-dollar", money(3.5e9, "USD"), Exact);
    check("a $5-million fine", "$5-million", money(5e6, "USD"), Exact);
    check("only eight people per thousand own cars", "eight", num(8.0, Some("people")), Exact);
    let text = "only eight people per thousand own cars";
    assert!(run(text).iter().all(|m| m.text(text) != "thousand"), "{:#?}", run(text));
}
