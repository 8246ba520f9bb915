//! Currencies around a number: symbols and codes before it ("$", "US$",
//! "£", "Rs", "PKR"), names and codes after it ("yen", "Australian
//! dollars", "EUR"), and subunits ("50 pence" is 0.5 GBP).

use crate::mentions::lexicon::Lower;
use std::sync::{LazyLock, OnceLock};

use aho_corasick::AhoCorasick;

use super::text::{letters_at, next_word, prev_word, skip_spaces, skip_spaces_back};
use crate::value::Currency;

/// A currency read from the text: a fixed code, or the article's own
/// dollar or rupee (a bare "$" is USD unless the article says otherwise).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Cur {
    /// An explicit ISO code.
    Code(Currency),
    /// A bare "$" or "dollars".
    Dollar,
    /// A bare "Rs" or "rupees".
    Rupee,
}

const fn code(c: &[u8; 3]) -> Cur {
    Cur::Code(Currency::from_bytes(*c))
}

/// Symbols written before the amount, longest first. Case matters:
/// "A$" is Australian, "a $5 fee" is not.
const PREFIXES: &[(&str, Cur)] = &[
    ("U.S.$", code(b"USD")),
    ("AUD$", code(b"AUD")),
    ("CAN$", code(b"CAD")),
    ("US$", code(b"USD")),
    ("AU$", code(b"AUD")),
    ("CA$", code(b"CAD")),
    ("NZ$", code(b"NZD")),
    ("HK$", code(b"HKD")),
    ("NT$", code(b"TWD")),
    ("Rs.", Cur::Rupee),
    ("A$", code(b"AUD")),
    ("C$", code(b"CAD")),
    ("S$", code(b"SGD")),
    ("R$", code(b"BRL")),
    ("Rs", Cur::Rupee),
    ("RM", code(b"MYR")),
    ("\u{20b9}", code(b"INR")),
    ("\u{20a8}", Cur::Rupee),
    ("\u{20ac}", code(b"EUR")),
    ("\u{a3}", code(b"GBP")),
    ("\u{a5}", code(b"JPY")),
    ("\u{20a9}", code(b"KRW")),
    ("\u{20bd}", code(b"RUB")),
    ("\u{20a6}", code(b"NGN")),
    ("\u{20ba}", code(b"TRY")),
    ("\u{20bf}", code(b"BTC")),
    ("$", Cur::Dollar),
];

/// `true` at the last byte of some [`PREFIXES`] entry: before most
/// digit runs the text ends in a letter or a space that ends none, and
/// the prefixes need not be tried one by one.
const PREFIX_LAST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    while k < PREFIXES.len() {
        let p = PREFIXES[k].0.as_bytes();
        table[p[p.len() - 1] as usize] = true;
        k += 1;
    }
    table
};

/// Symbols written after the amount: "10 €", "100元", "10 $".
const SUFFIX_SYMBOLS: &[(&str, Cur)] = &[
    ("\u{20ac}", code(b"EUR")),
    ("\u{a3}", code(b"GBP")),
    ("\u{a5}", code(b"JPY")),
    ("\u{5143}", code(b"CNY")),
    ("\u{20a1}", code(b"CRC")),
    ("\u{20be}", code(b"GEL")),
    ("\u{20ad}", code(b"LAK")),
    ("\u{20b9}", code(b"INR")),
    ("\u{20bd}", code(b"RUB")),
    ("\u{20a9}", code(b"KRW")),
    ("\u{20ba}", code(b"TRY")),
    ("\u{20a6}", code(b"NGN")),
    ("\u{a2}", Cur::Dollar),
    ("\u{bb0}\u{bc2}", code(b"LKR")),
    ("$", Cur::Dollar),
];

/// ISO 4217 codes accepted before or after an amount. A whitelist, so
/// that capitalised words ("THE", "AND") are never read as currencies.
const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "PKR", "AUD", "CAD", "CHF", "HKD", "NZD",
    "SGD", "SEK", "NOK", "DKK", "RUB", "BRL", "ZAR", "MXN", "KRW", "TRY", "SAR", "AED", "QAR",
    "KWD", "BHD", "OMR", "EGP", "NGN", "KES", "IRR", "ILS", "THB", "MYR", "IDR", "PHP", "VND",
    "BDT", "LKR", "NPR", "PLN", "CZK", "HUF", "UAH", "ARS", "CLP", "COP", "PEN", "TWD", "BTC",
    "MNT", "AFN", "IQD", "BGN", "RON", "ISK", "HRK", "JOD", "LBP", "MAD", "TND", "DZD", "GHS",
    "UGX", "TZS", "ETB", "XOF",
];

/// The code of an accepted ISO word.
fn iso(w: &str) -> Option<Cur> {
    if w.len() != 3 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    if w == "RMB" {
        return Some(code(b"CNY"));
    }
    CODES.iter().find(|c| **c == w).and_then(|c| Currency::new(c)).map(Cur::Code)
}

/// An ISO word as written in running text: upper case, or one of the
/// commonest codes in lower case ("10 rmb", "usd 20"). Rare codes in
/// lower case are ordinary words ("mad", "try").
fn iso_any_case(w: &str) -> Option<Cur> {
    // Every code has three letters: most words fail here, unallocated.
    if w.len() != 3 {
        return None;
    }
    if let Some(c) = iso(w) {
        return Some(c);
    }
    let mut buf = [0u8; 3];
    buf.copy_from_slice(w.as_bytes());
    buf.make_ascii_uppercase();
    let up = std::str::from_utf8(&buf).ok()?;
    matches!(
        up,
        "USD"
            | "EUR"
            | "GBP"
            | "JPY"
            | "CNY"
            | "RMB"
            | "INR"
            | "PKR"
            | "AUD"
            | "CAD"
            | "CHF"
            | "HKD"
            | "SGD"
            | "NZD"
    )
    .then(|| iso(up))
    .flatten()
}

/// Millions written into the code: "30 MUSD", "120 MEUR".
fn million_code(w: &str) -> Option<Cur> {
    let rest = w.strip_prefix('M')?;
    (rest.len() == 3).then(|| iso(rest)).flatten()
}

/// The letters glued before a "$": "US$", "A$", "usd$", "Mex$".
fn dollar_with_letters(letters: &str) -> Option<Cur> {
    Some(match Lower::new(letters).as_str() {
        "us" | "usd" => code(b"USD"),
        "a" | "au" | "aud" => code(b"AUD"),
        "c" | "ca" | "can" | "cad" => code(b"CAD"),
        "nz" | "nzd" => code(b"NZD"),
        "hk" | "hkd" => code(b"HKD"),
        "s" | "sgd" => code(b"SGD"),
        "r" => code(b"BRL"),
        "nt" => code(b"TWD"),
        "mex" | "mxn" => code(b"MXN"),
        _ => return None,
    })
}

/// The currency symbol or code written right before byte `i` (spaces
/// allowed), as `(start, currency)`: "$10", "US$ 5", "EUR 20", "c $ 16".
pub(crate) fn prefix_before(text: &str, i: usize) -> Option<(usize, Cur)> {
    let found = prefix_before_unchecked(text, i)?;
    // In "10 $ 30 $" and "10 rmb 20 usd" the sign after 10 is 10's.
    // But in "$ 20.00 $ 37.97" the number before has its own sign.
    // A sign glued to the digits is theirs ("3 USD50 cards").
    let b = text.as_bytes();
    let glued = skip_spaces_back(text, i) == i;
    let before = skip_spaces_back(text, found.0);
    let owned_by_number_before =
        !glued && before < found.0 && b[..before].last().is_some_and(u8::is_ascii_digit) && {
            let mut p = before;
            while p > 0 && (b[p - 1].is_ascii_digit() || matches!(b[p - 1], b',' | b'.')) {
                p -= 1;
            }
            prefix_before_unchecked(text, p).is_none()
        };
    (!owned_by_number_before).then_some(found)
}

fn prefix_before_unchecked(text: &str, i: usize) -> Option<(usize, Cur)> {
    let e = skip_spaces_back(text, i);
    let head = &text[..e];
    // Every prefix is tried at every digit run: compare its last byte
    // first, so that the full comparison runs only where it can succeed.
    let last = head.as_bytes().last();
    let may_end_a_prefix = last.is_some_and(|&l| PREFIX_LAST_BYTES[usize::from(l)]);
    for (p, c) in PREFIXES.iter().filter(|_| may_end_a_prefix) {
        if p.as_bytes().last() != last {
            continue;
        }
        if let Some(rest) = head.strip_suffix(p) {
            let s = rest.len();
            // A letter prefix ("Rs", "RM", "A$") must start a word.
            let glued_letter = rest.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric);
            if glued_letter {
                // "usd$ 15", "Mex$ 10 million".
                if *p == "$"
                    && let Some((ws, w)) = prev_word(text, s).filter(|(ws, w)| ws + w.len() == s)
                    && let Some(c) = dollar_with_letters(w)
                {
                    return Some((ws, c));
                }
                continue;
            }
            if *p == "$" {
                // "u.s $ 100": the dotted country written apart.
                let r = rest.trim_end();
                if r.len() >= 3 && r.as_bytes()[r.len() - 3..].eq_ignore_ascii_case(b"u.s") {
                    return Some((r.len() - 3, code(b"USD")));
                }
                // Spaced letter prefixes as some corpora write them: "c $ 16.4".
                if let Some((ws, w)) = prev_word(text, s) {
                    let spaced = match Lower::new(w).as_str() {
                        "us" => Some(code(b"USD")),
                        "c" => Some(code(b"CAD")),
                        "hk" => Some(code(b"HKD")),
                        "nz" => Some(code(b"NZD")),
                        _ => None,
                    };
                    if let Some(c2) = spaced {
                        return Some((ws, c2));
                    }
                }
            }
            return Some((s, *c));
        }
    }
    // The word before is read once for the three tests below.
    let word_before = prev_word(text, i);
    // An ISO code: "USD 3.14", "PKR 100bn", "rmb 10".
    if let Some((s, w)) = word_before
        && let Some(c) = iso_any_case(w)
    {
        return Some((s, c));
    }
    // Millions written into a code before the amount: "MAUD 60".
    if let Some((s, w)) = word_before
        && let Some(c) = million_code(w)
    {
        return Some((s, c));
    }
    // A name before the amount: "dollar 22.5 million", "Malaysian ringgit
    // 42". Only names that are never a year's label ("Euro 2004").
    if let Some((s, w)) = word_before {
        let c = match Lower::new(w).as_str() {
            "dollar" | "dollars" => Cur::Dollar,
            "ringgit" | "ringgits" => code(b"MYR"),
            _ => return None,
        };
        let s = match prev_word(text, s) {
            Some((ms, m)) if matches!(Lower::new(m).as_str(), "malaysian" | "malaysia") => ms,
            // "against the dollar 10 years ago": the currency itself.
            Some((_, m))
                if matches!(
                    Lower::new(m).as_str(),
                    "the" | "a" | "an" | "per" | "each" | "every"
                ) =>
            {
                return None;
            }
            _ => s,
        };
        // The amount must close the clause: "dollar 22.5 million.".
        let n = super::number::read_digit_numeral(text, i)?;
        let after = skip_spaces(text, n.end);
        let closes = text.as_bytes().get(after).is_none_or(|c| b".,;:!?)".contains(c));
        return closes.then_some((s, c));
    }
    None
}

/// The factor of a currency written before an amount at `start`: a
/// million for "MAUD 60", else one.
pub(crate) fn prefix_scale(text: &str, start: usize) -> f64 {
    match letters_at(text, start) {
        Some((_, w)) if million_code(w).is_some() => 1e6,
        _ => 1.0,
    }
}

/// A currency symbol written at `i` (for the second half of "$10-$12"),
/// as `(end, currency)`.
pub(crate) fn prefix_at(text: &str, i: usize) -> Option<(usize, Cur)> {
    let rest = &text[i..];
    PREFIXES
        .iter()
        .find(|(p, _)| rest.starts_with(p))
        .map(|(p, c)| (skip_spaces(text, i + p.len()), *c))
}

/// A currency written after an amount, as `(end, currency, factor)`:
/// "yen", "Australian dollars", "EUR", "pence" (factor 0.01), "p" and
/// "c" glued to the digits.
pub(crate) fn suffix_after(text: &str, i: usize, scaled: bool) -> Option<(usize, Cur, f64)> {
    let b = text.as_bytes();
    // Glued subunits: "50p", "43c", "42MYR".
    if let Some((e, w)) = letters_at(text, i)
        && !b.get(e).is_some_and(u8::is_ascii_alphanumeric)
    {
        match w {
            "p" => return Some((e, code(b"GBP"), 0.01)),
            "c" => return Some((e, Cur::Dollar, 0.01)),
            // "20Rs", "42RM", "3.14US$".
            "Rs" => return Some((e, Cur::Rupee, 1.0)),
            "RM" => return Some((e, code(b"MYR"), 1.0)),
            "US" if b.get(e) == Some(&b'$') => return Some((e + 1, code(b"USD"), 1.0)),
            _ => {}
        }
        if let Some(c) = iso(w) {
            return Some((e, c, 1.0));
        }
    }
    let s = skip_spaces(text, i);
    for (sym, c) in SUFFIX_SYMBOLS {
        if text[s..].starts_with(sym) {
            // In "10 $ 30" the "$" that touches 30 belongs to 30.
            let e = s + sym.len();
            // So in "by 2008 £60bn" the "£" is 60bn's.
            if text.as_bytes().get(e).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            let f = if *sym == "\u{a2}" { 0.01 } else { 1.0 };
            return Some((e, *c, f));
        }
    }
    let (_, e, w) = next_word(text, i).or_else(|| hyphen_word(text, i))?;
    if let Some(c) = iso_any_case(w) {
        // "75 USD million".
        if let Some((_, se, sw)) = next_word(text, e)
            && let Some(scale) = million_word(sw)
        {
            return Some((se, c, scale));
        }
        return Some((e, c, 1.0));
    }
    if let Some(c) = million_code(w) {
        return Some((e, c, 1e6));
    }
    // "42 RM", "42 LE": capitalised abbreviations after the amount.
    match w {
        "RM" => return Some((e, code(b"MYR"), 1.0)),
        "LE" => return Some((e, code(b"EGP"), 1.0)),
        _ => {}
    }
    if let Some(e) = dotted_le(text, e) {
        return Some((e, code(b"EGP"), 1.0));
    }
    let lw = Lower::new(w);
    if let Some(r) = currency_name(&lw, scaled) {
        // "the 12 euro zone countries": a currency area, not an amount.
        let area = next_word(text, e).is_some_and(|(_, _, z)| matches!(z, "zone" | "area"))
            || text[e..].starts_with("-zone")
            || text[e..].starts_with("zone");
        if area {
            return None;
        }
        return Some((e, r.0, r.1));
    }
    // "Australian dollars", "Swiss francs", "Pakistani rupees".
    let (_, e2, w2) = next_word(text, e)?;
    let lw2 = Lower::new(w2);
    let national = match (lw.as_str(), lw2.as_str()) {
        ("us" | "american" | "u", "dollars" | "dollar") => code(b"USD"),
        ("australian", "dollars" | "dollar") => code(b"AUD"),
        ("canadian", "dollars" | "dollar") => code(b"CAD"),
        ("singapore", "dollars" | "dollar") => code(b"SGD"),
        ("zimbabwean" | "zimbabwe", "dollars" | "dollar") => code(b"ZWL"),
        ("taiwan" | "taiwanese", "dollars" | "dollar") => code(b"TWD"),
        ("jamaican", "dollars" | "dollar") => code(b"JMD"),
        ("swiss", "francs" | "franc") => code(b"CHF"),
        ("french", "francs" | "franc") => code(b"FRF"),
        ("pakistani" | "pakistan", "rupees" | "rupee") => code(b"PKR"),
        ("indian", "rupees" | "rupee") => code(b"INR"),
        ("sri", "lankan") => code(b"LKR"),
        ("mexican", "pesos" | "peso") => code(b"MXN"),
        ("argentine" | "argentinian", "pesos" | "peso") => code(b"ARS"),
        ("philippine", "pesos" | "peso") => code(b"PHP"),
        ("south", "african") => code(b"ZAR"),
        ("korean", "won") => code(b"KRW"),
        ("egyptian", "pounds" | "pound") => code(b"EGP"),
        ("genihat" | "geneh", "masriya" | "masri") => code(b"EGP"),
        ("lebanese", "pounds" | "pound") => code(b"LBP"),
        ("turkish", "lira" | "liras") => code(b"TRY"),
        ("saudi", "riyals" | "riyal") => code(b"SAR"),
        ("qatari", "riyals" | "riyal") => code(b"QAR"),
        ("kuwaiti", "dinars" | "dinar") => code(b"KWD"),
        ("bahraini", "dinars" | "dinar") => code(b"BHD"),
        ("jordanian", "dinars" | "dinar") => code(b"JOD"),
        ("iraqi", "dinars" | "dinar") => code(b"IQD"),
        ("russian", "roubles" | "rubles" | "rouble" | "ruble") => code(b"RUB"),
        ("chinese", "renminbi") => code(b"CNY"),
        ("brazilian", "reais" | "real") => code(b"BRL"),
        ("nigerian", "naira") => code(b"NGN"),
        ("kenyan", "shillings") => code(b"KES"),
        ("danish", "kroner" | "krone") => code(b"DKK"),
        ("swedish", "kronor" | "krona") => code(b"SEK"),
        ("norwegian", "kroner" | "krone") => code(b"NOK"),
        ("israeli", "shekels" | "shekel") => code(b"ILS"),
        ("iranian", "rials" | "rial") => code(b"IRR"),
        ("malaysian" | "malaysia", "ringgit" | "ringgits") => code(b"MYR"),
        ("chinese", "yuan") => code(b"CNY"),
        ("japanese", "yen") => code(b"JPY"),
        ("finnish", "markka" | "markkas") => code(b"FIM"),
        ("hong", "kong") => code(b"HKD"),
        ("new", "zealand") => code(b"NZD"),
        ("british", "pounds" | "pound") => code(b"GBP"),
        ("dutch", "guilders" | "guilder") => code(b"NLG"),
        _ => return None,
    };
    // "Hong Kong dollars", "South African rand", "Sri Lankan rupees": the
    // currency's own name must follow ("70 Hong Kong music stars" is a
    // count of stars).
    let mut end = e2;
    if matches!(lw.as_str(), "hong" | "new" | "south" | "sri") {
        let (_, e3, w3) = next_word(text, e2)?;
        let named =
            matches!(Lower::new(w3).as_str(), "dollars" | "dollar" | "rand" | "rupees" | "rupee");
        if !named {
            return None;
        }
        end = e3;
    }
    Some((end, national, 1.0))
}

/// "42 L.E.", "42 l.e": the Egyptian pound's dotted abbreviation (the
/// livre égyptienne of Cairo's press), given the end of its "L". Returns
/// the end, the last dot included. A lone "l" stays litres.
fn dotted_le(text: &str, l_end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let l = b.get(l_end.checked_sub(1)?)?;
    let lone_l = l_end < 2 || !b[l_end - 2].is_ascii_alphanumeric();
    if !lone_l || !l.eq_ignore_ascii_case(&b'l') || b.get(l_end) != Some(&b'.') {
        return None;
    }
    let e = b.get(l_end + 1).filter(|c| c.eq_ignore_ascii_case(&b'e')).map(|_| l_end + 2)?;
    if b.get(e).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    Some(if b.get(e) == Some(&b'.') { e + 1 } else { e })
}

/// Scale words written after a currency code: "75 USD million".
fn million_word(w: &str) -> Option<f64> {
    Some(match Lower::new(w).as_str() {
        "thousand" => 1e3,
        "million" | "mn" | "m" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

/// Subunits after a main amount: "15 dollars and 50 cents", "$20 and
/// 43c", "15 dollars 50", as `(end, hundredths)`.
pub(crate) fn cents_after(text: &str, i: usize) -> Option<(usize, f64)> {
    let b = text.as_bytes();
    let mut k = i;
    if let Some((_, ae, a)) = next_word(text, k)
        && a == "and"
    {
        k = ae;
    }
    let ds = skip_spaces(text, k);
    if ds == i {
        return None;
    }
    let mut de = ds;
    while de < b.len() && b[de].is_ascii_digit() {
        de += 1;
    }
    let cents: f64 = if de > ds {
        if de - ds > 2 {
            return None;
        }
        text[ds..de].parse().ok()?
    } else {
        // "thirteen dollars and forty-five cents".
        let n = super::number::read_word_numeral(text, ds)?;
        if n.ordinal || n.value >= 100.0 || n.value.fract() != 0.0 {
            return None;
        }
        de = n.end;
        n.value
    };
    // The subunit, written or implied at the end of the phrase.
    if let Some((e, w)) = letters_at(text, de) {
        return matches!(w, "c" | "p").then_some((e, cents));
    }
    if let Some((_, e, w)) = next_word(text, de) {
        if matches!(
            w,
            "cents" | "cent" | "pence" | "p" | "sen" | "sens" | "kopiykas" | "kopiyka" | "kopecks"
        ) {
            return Some((e, cents));
        }
        // "15 USD 50 more", "5 dollars 50 each": a word that counts
        // nothing, so the 50 is the subunit ("and 50 more" is a count).
        let uncounted = matches!(w, "more" | "less" | "extra" | "each" | "apiece");
        return (uncounted && k == i).then_some((de, cents));
    }
    let after = b.get(skip_spaces(text, de));
    matches!(after, None | Some(b'.') | Some(b',') | Some(b';') | Some(b')')).then_some((de, cents))
}

/// "12-cent-a-share": a currency word after a hyphen.
fn hyphen_word(text: &str, i: usize) -> Option<(usize, usize, &str)> {
    if text.as_bytes().get(i) != Some(&b'-') {
        return None;
    }
    let (e, w) = letters_at(text, i + 1)?;
    matches!(w, "cent" | "pence" | "dollar" | "pound" | "euro" | "yen").then_some((i + 1, e, w))
}

/// Currency names and subunits written after an amount.
fn currency_name(w: &str, scaled: bool) -> Option<(Cur, f64)> {
    Some(match w {
        "dollars" | "dollar" | "bucks" | "buck" => (Cur::Dollar, 1.0),
        "cents" | "cent" => (Cur::Dollar, 0.01),
        "euros" | "euro" => (code(b"EUR"), 1.0),
        "pounds" | "pound" | "sterling" | "quid" => (code(b"GBP"), 1.0),
        "pence" | "penny" | "pennies" => (code(b"GBP"), 0.01),
        "yen" => (code(b"JPY"), 1.0),
        "yuan" | "renminbi" | "rmb" => (code(b"CNY"), 1.0),
        "rupees" | "rupee" => (Cur::Rupee, 1.0),
        "francs" | "franc" => (code(b"CHF"), 1.0),
        "pesos" | "peso" => (code(b"MXN"), 1.0),
        "roubles" | "rubles" | "rouble" | "ruble" => (code(b"RUB"), 1.0),
        "rand" => (code(b"ZAR"), 1.0),
        "lira" | "liras" | "lire" => (code(b"TRY"), 1.0),
        "riyals" | "riyal" | "saudiriyal" => (code(b"SAR"), 1.0),
        "rials" | "rial" => (code(b"IRR"), 1.0),
        "dirhams" | "dirham" => (code(b"AED"), 1.0),
        "naira" => (code(b"NGN"), 1.0),
        "shillings" => (code(b"KES"), 1.0),
        "kronor" | "krona" => (code(b"SEK"), 1.0),
        "kroner" | "krone" => (code(b"NOK"), 1.0),
        "zloty" | "zlotys" => (code(b"PLN"), 1.0),
        "ringgit" | "ringgits" => (code(b"MYR"), 1.0),
        "sen" => (code(b"MYR"), 0.01),
        "baht" => (code(b"THB"), 1.0),
        "rupiah" => (code(b"IDR"), 1.0),
        "dinars" | "dinar" => (code(b"KWD"), 1.0),
        "markka" | "markkas" => (code(b"FIM"), 1.0),
        "deutschmarks" | "deutschmark" => (code(b"DEM"), 1.0),
        "pesetas" | "peseta" => (code(b"ESP"), 1.0),
        "guilders" | "guilder" => (code(b"NLG"), 1.0),
        "bitcoins" | "bitcoin" => (code(b"BTC"), 1.0),
        "satoshis" | "satoshi" => (code(b"BTC"), 1e-8),
        "egyptianpound" | "egyptianpounds" | "geneh" | "guineh" => (code(b"EGP"), 1.0),
        "tugrik" | "tugriks" => (code(b"MNT"), 1.0),
        "hryvnia" | "hryvnias" => (code(b"UAH"), 1.0),
        "shekels" | "shekel" => (code(b"ILS"), 1.0),
        // "won" is also a verb: only after a scale ("500bn won").
        "won" if scaled => (code(b"KRW"), 1.0),
        _ => return None,
    })
}

/// What the article itself says a bare "$" or "Rs" means.
pub(crate) struct DocCurrency<'a> {
    text: &'a str,
    dollar_marks: OnceLock<Vec<(usize, Currency)>>,
    rupee: OnceLock<Currency>,
}

impl<'a> DocCurrency<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        DocCurrency { text, dollar_marks: OnceLock::new(), rupee: OnceLock::new() }
    }

    /// Resolves `c` for a mention at byte `at`.
    pub(crate) fn resolve(&self, c: Cur, at: usize) -> Currency {
        match c {
            Cur::Code(c) => c,
            Cur::Dollar => self.dollar_at(at),
            Cur::Rupee => *self.rupee.get_or_init(|| rupee_of(self.text)),
        }
    }

    /// The dollar of the last explicit foreign-dollar mention before
    /// `at` ("A$", "Australian dollars"), else USD.
    fn dollar_at(&self, at: usize) -> Currency {
        let marks = self.dollar_marks.get_or_init(|| dollar_marks(self.text));
        let is_sign = |p: usize| self.text[p..].split_once('$').is_some_and(|(h, _)| h.len() <= 3);
        let Some((p, c)) = marks.iter().rev().find(|(p, _)| *p < at) else {
            return Currency::USD;
        };
        // After "Australian dollars", a bare "$" is Australian too, unless
        // the writer marks that dollar with its own sign ("A$4.50")
        // somewhere: then a bare "$" is the US dollar.
        if !is_sign(*p) && marks.iter().any(|(q, c2)| c2 == c && is_sign(*q)) {
            return Currency::USD;
        }
        *c
    }
}

/// Positions where the article names a non-US dollar explicitly: two
/// passes (every "$", every "dollar"), however many marks there are.
fn dollar_marks(text: &str) -> Vec<(usize, Currency)> {
    let mut out: Vec<(usize, Currency)> = Vec::new();
    let b = text.as_bytes();
    for (p, _) in text.match_indices('$') {
        // The letters glued before the sign: "A$", "NZ$", "US$".
        let mut s = p;
        while s > 0 && b[s - 1].is_ascii_uppercase() && p - s < 3 {
            s -= 1;
        }
        let glued = s > 0 && b[s - 1].is_ascii_alphanumeric();
        if s < p
            && !glued
            && let Some(Cur::Code(c)) = dollar_with_letters(&text[s..p])
            && matches!(c.as_str(), "AUD" | "CAD" | "NZD" | "HKD" | "SGD" | "USD")
        {
            out.push((s, c));
        }
    }
    static DOLLAR: LazyLock<AhoCorasick> =
        LazyLock::new(|| AhoCorasick::new(["dollar"]).expect("fixed pattern"));
    for p in DOLLAR.find_iter(text).map(|m| m.start()) {
        let Some((s, w)) = prev_word(text, p) else { continue };
        let c = match w {
            "Australian" => b"AUD",
            "Canadian" => b"CAD",
            "Zealand" => b"NZD",
            "Kong" => b"HKD",
            "Singapore" => b"SGD",
            "US" => b"USD",
            _ => continue,
        };
        out.push((s, Currency::from_bytes(*c)));
    }
    out.sort_by_key(|(p, _)| *p);
    out
}

/// The same marks, found one pattern at a time (the reference for the
/// two-pass version above).
#[cfg(test)]
fn dollar_marks_slow(text: &str) -> Vec<(usize, Currency)> {
    const MARKS: &[(&str, &[u8; 3])] = &[
        ("A$", b"AUD"),
        ("AU$", b"AUD"),
        ("Australian dollar", b"AUD"),
        ("C$", b"CAD"),
        ("Canadian dollar", b"CAD"),
        ("NZ$", b"NZD"),
        ("New Zealand dollar", b"NZD"),
        ("HK$", b"HKD"),
        ("Hong Kong dollar", b"HKD"),
        ("S$", b"SGD"),
        ("Singapore dollar", b"SGD"),
        ("US$", b"USD"),
        ("US dollar", b"USD"),
    ];
    let mut out: Vec<(usize, Currency)> = Vec::new();
    for (m, c) in MARKS {
        for (p, _) in text.match_indices(m) {
            let glued = text.as_bytes()[..p].last().is_some_and(u8::is_ascii_alphanumeric);
            if !glued {
                out.push((p, Currency::from_bytes(**c)));
            }
        }
    }
    out.sort_by_key(|(p, _)| *p);
    out
}

/// A bare "Rs" or "rupees" is Pakistani in an article about Pakistan
/// (more mentions of Pakistan than of India), else Indian.
fn rupee_of(text: &str) -> Currency {
    static NAMES: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::new(["Pakistan", "PKR", "India", "INR"]).expect("fixed patterns")
    });
    let (mut pk, mut ind) = (0, 0);
    for m in NAMES.find_iter(text) {
        if m.pattern().as_usize() < 2 {
            pk += 1;
        } else {
            ind += 1;
        }
    }
    Currency::from_bytes(if pk > ind { *b"PKR" } else { *b"INR" })
}

#[cfg(test)]
#[allow(clippy::type_complexity)] // tables of (input, expected) rows
mod tests {
    use super::*;

    fn usd() -> Cur {
        Cur::Dollar
    }

    #[test]
    fn symbols_before_the_amount() {
        let cases: &[(&str, usize, Option<(usize, Cur)>)] = &[
            ("$10", 1, Some((0, usd()))),
            ("US$5", 3, Some((0, code(b"USD")))),
            ("A$ 5", 3, Some((0, code(b"AUD")))),
            ("\u{a3}350m", 2, Some((0, code(b"GBP")))),
            ("Rs 20", 3, Some((0, Cur::Rupee))),
            ("Rs20", 2, Some((0, Cur::Rupee))),
            ("EUR 20.0", 4, Some((0, code(b"EUR")))),
            ("c $ 16.4", 4, Some((0, code(b"CAD")))),
            ("Mrs 20", 4, None),
            ("usd$ 15", 5, Some((0, code(b"USD")))),
            ("Mex$ 10", 5, Some((0, code(b"MXN")))),
            ("THE 20", 4, None),
            ("MAUD 60", 5, Some((0, code(b"AUD")))),
            ("MADE 60", 5, None),
        ];
        for (text, at, want) in cases {
            assert_eq!(prefix_before(text, *at), *want, "{text}");
        }
    }

    #[test]
    fn prefix_last_bytes_cover_every_prefix_and_little_else() {
        for (p, _) in PREFIXES {
            let last = p.as_bytes()[p.len() - 1];
            assert!(PREFIX_LAST_BYTES[usize::from(last)], "{p}");
        }
        // A word or a space before the digits ends no prefix.
        for b in [b'a', b'o', b' ', b'e', b'0'] {
            assert!(!PREFIX_LAST_BYTES[usize::from(b)], "{}", char::from(b));
        }
        assert_eq!(prefix_before("rose to 5", 8), None);
        assert_eq!(prefix_before("dollar 22.5 million.", 7), Some((0, Cur::Dollar)));
    }

    #[test]
    fn names_after_the_amount() {
        let cases: &[(&str, usize, Option<(usize, Cur, f64)>)] = &[
            ("20bn yen", 4, Some((8, code(b"JPY"), 1.0))),
            ("50 pence", 2, Some((8, code(b"GBP"), 0.01))),
            ("50p", 2, Some((3, code(b"GBP"), 0.01))),
            ("125 million Australian dollars", 11, Some((30, code(b"AUD"), 1.0))),
            ("42 KWD", 2, Some((6, code(b"KWD"), 1.0))),
            ("12-cent-a-share", 2, Some((7, Cur::Dollar, 0.01))),
            ("10 \u{20ac}", 2, Some((6, code(b"EUR"), 1.0))),
            ("100\u{5143}!", 3, Some((6, code(b"CNY"), 1.0))),
            ("75 USD million", 2, Some((14, code(b"USD"), 1e6))),
            ("30 MUSD were", 2, Some((7, code(b"USD"), 1e6))),
            ("10 rmb 20", 2, Some((6, code(b"CNY"), 1.0))),
            ("42 L.E. a", 2, Some((7, code(b"EGP"), 1.0))),
            ("9 Hong Kong dollars", 1, Some((19, code(b"HKD"), 1.0))),
            ("70 Hong Kong music stars", 2, None),
            ("5 South African rand", 1, Some((20, code(b"ZAR"), 1.0))),
            ("42 l.e", 2, Some((6, code(b"EGP"), 1.0))),
            ("42 l.ex", 2, None),
            ("42 l. each", 2, None),
            ("3 won the", 1, None),
            ("10 people", 2, None),
        ];
        for (text, at, want) in cases {
            assert_eq!(suffix_after(text, *at, false), *want, "{text}");
        }
    }

    #[test]
    fn dollar_marks_in_two_passes() {
        let text = "A$5m, then US$ 3, C$ 2, the Australian dollar and NZ$1; R$ 4 and $5";
        let fast: Vec<_> = dollar_marks(text).into_iter().map(|(_, c)| c).collect();
        let slow: Vec<_> = dollar_marks_slow(text).into_iter().map(|(_, c)| c).collect();
        assert_eq!(fast, slow);
    }

    #[test]
    fn a_bare_dollar_follows_the_article() {
        let text = "It cost A$5m. Later $3m more.";
        let doc = DocCurrency::new(text);
        assert_eq!(doc.resolve(Cur::Dollar, 19).as_str(), "AUD");
        let plain = DocCurrency::new("It cost $5m.");
        assert_eq!(plain.resolve(Cur::Dollar, 8), Currency::USD);
        let pk = DocCurrency::new("Pakistan said Rs 5bn; Pakistan's budget");
        assert_eq!(pk.resolve(Cur::Rupee, 14).as_str(), "PKR");
    }
}
