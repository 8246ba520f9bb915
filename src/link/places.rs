//! Countries and their adjectives: a name qualified by a country ("US
//! GDP", "UK broadband") is not what a sentence about another country
//! speaks of ("the country's GDP rose by 2%" in an article on Liberia).

/// Countries, their common short forms and adjectives, lowercase (compared
/// after [`crate::words::normalise`], so "French" meets "France"), each
/// with the country it names: "American" and "US" are one place.
const PLACES: &[(&str, &str)] = &[
    ("afghan", "afghanistan"),
    ("afghanistan", "afghanistan"),
    ("albania", "albania"),
    ("albanian", "albania"),
    ("algeria", "algeria"),
    ("algerian", "algeria"),
    ("america", "us"),
    ("american", "us"),
    ("angola", "angola"),
    ("angolan", "angola"),
    ("argentina", "argentina"),
    ("argentine", "argentina"),
    ("argentinian", "argentina"),
    ("armenia", "armenia"),
    ("armenian", "armenia"),
    ("australia", "australia"),
    ("australian", "australia"),
    ("austria", "austria"),
    ("austrian", "austria"),
    ("azerbaijan", "azerbaijan"),
    ("bahrain", "bahrain"),
    ("bangladesh", "bangladesh"),
    ("bangladeshi", "bangladesh"),
    ("belarus", "belarus"),
    ("belgian", "belgium"),
    ("belgium", "belgium"),
    ("bolivia", "bolivia"),
    ("bolivian", "bolivia"),
    ("bosnia", "bosnia"),
    ("brazil", "brazil"),
    ("brazilian", "brazil"),
    ("britain", "uk"),
    ("british", "uk"),
    ("bulgaria", "bulgaria"),
    ("bulgarian", "bulgaria"),
    ("burma", "burma"),
    ("cambodia", "cambodia"),
    ("cameroon", "cameroon"),
    ("canada", "canada"),
    ("canadian", "canada"),
    ("chile", "chile"),
    ("chilean", "chile"),
    ("china", "china"),
    ("chinese", "china"),
    ("colombia", "colombia"),
    ("colombian", "colombia"),
    ("congo", "congo"),
    ("croatia", "croatia"),
    ("croatian", "croatia"),
    ("cuba", "cuba"),
    ("cuban", "cuba"),
    ("cyprus", "cyprus"),
    ("czech", "czech republic"),
    ("danish", "denmark"),
    ("denmark", "denmark"),
    ("dutch", "netherlands"),
    ("ecuador", "ecuador"),
    ("egypt", "egypt"),
    ("egyptian", "egypt"),
    ("england", "england"),
    ("english", "england"),
    ("estonia", "estonia"),
    ("ethiopia", "ethiopia"),
    ("ethiopian", "ethiopia"),
    ("finland", "finland"),
    ("finnish", "finland"),
    ("france", "france"),
    ("french", "france"),
    ("georgia", "georgia"),
    ("german", "germany"),
    ("germany", "germany"),
    ("ghana", "ghana"),
    ("greece", "greece"),
    ("greek", "greece"),
    ("hungarian", "hungary"),
    ("hungary", "hungary"),
    ("iceland", "iceland"),
    ("india", "india"),
    ("indian", "india"),
    ("indonesia", "indonesia"),
    ("indonesian", "indonesia"),
    ("iran", "iran"),
    ("iranian", "iran"),
    ("iraq", "iraq"),
    ("iraqi", "iraq"),
    ("ireland", "ireland"),
    ("irish", "ireland"),
    ("israel", "israel"),
    ("israeli", "israel"),
    ("italian", "italy"),
    ("italy", "italy"),
    ("jamaica", "jamaica"),
    ("japan", "japan"),
    ("japanese", "japan"),
    ("jordan", "jordan"),
    ("kazakhstan", "kazakhstan"),
    ("kenya", "kenya"),
    ("kenyan", "kenya"),
    ("korea", "korea"),
    ("korean", "korea"),
    ("kosovo", "kosovo"),
    ("kuwait", "kuwait"),
    ("latvia", "latvia"),
    ("lebanese", "lebanon"),
    ("lebanon", "lebanon"),
    ("liberia", "liberia"),
    ("liberian", "liberia"),
    ("libya", "libya"),
    ("libyan", "libya"),
    ("lithuania", "lithuania"),
    ("malaysia", "malaysia"),
    ("malaysian", "malaysia"),
    ("mexican", "mexico"),
    ("mexico", "mexico"),
    ("moroccan", "morocco"),
    ("morocco", "morocco"),
    ("mozambique", "mozambique"),
    ("nepal", "nepal"),
    ("netherlands", "netherlands"),
    ("nigeria", "nigeria"),
    ("nigerian", "nigeria"),
    ("norway", "norway"),
    ("norwegian", "norway"),
    ("pakistan", "pakistan"),
    ("pakistani", "pakistan"),
    ("palestine", "palestine"),
    ("palestinian", "palestine"),
    ("peru", "peru"),
    ("peruvian", "peru"),
    ("philippines", "philippines"),
    ("poland", "poland"),
    ("polish", "poland"),
    ("portugal", "portugal"),
    ("portuguese", "portugal"),
    ("qatar", "qatar"),
    ("romania", "romania"),
    ("romanian", "romania"),
    ("russia", "russia"),
    ("russian", "russia"),
    ("rwanda", "rwanda"),
    ("saudi", "saudi arabia"),
    ("scotland", "scotland"),
    ("scottish", "scotland"),
    ("senegal", "senegal"),
    ("serbia", "serbia"),
    ("serbian", "serbia"),
    ("singapore", "singapore"),
    ("slovakia", "slovakia"),
    ("slovenia", "slovenia"),
    ("somalia", "somalia"),
    ("spain", "spain"),
    ("spanish", "spain"),
    ("sudan", "sudan"),
    ("sweden", "sweden"),
    ("swedish", "sweden"),
    ("swiss", "switzerland"),
    ("switzerland", "switzerland"),
    ("syria", "syria"),
    ("syrian", "syria"),
    ("taiwan", "taiwan"),
    ("taiwanese", "taiwan"),
    ("tanzania", "tanzania"),
    ("thai", "thailand"),
    ("thailand", "thailand"),
    ("tunisia", "tunisia"),
    ("turkey", "turkey"),
    ("turkish", "turkey"),
    ("uganda", "uganda"),
    ("uk", "uk"),
    ("ukraine", "ukraine"),
    ("ukrainian", "ukraine"),
    ("us", "us"),
    ("usa", "us"),
    ("uzbekistan", "uzbekistan"),
    ("venezuela", "venezuela"),
    ("venezuelan", "venezuela"),
    ("vietnam", "vietnam"),
    ("vietnamese", "vietnam"),
    ("wales", "wales"),
    ("welsh", "wales"),
    ("yemen", "yemen"),
    ("zambia", "zambia"),
    ("zimbabwe", "zimbabwe"),
];

/// The words of [`PLACES`], normalised, with their countries.
pub(super) struct Places {
    /// Sorted by word.
    words: Vec<(String, &'static str)>,
}

/// [`Places`], normalised once per process rather than once per article
/// (an immutable table, like the synonyms of [`crate::words`]).
pub(super) fn places() -> &'static Places {
    static PLACES_NORMALISED: std::sync::LazyLock<Places> = std::sync::LazyLock::new(Places::new);
    &PLACES_NORMALISED
}

impl Places {
    fn new() -> Places {
        let mut words: Vec<(String, &'static str)> = PLACES
            .iter()
            .filter_map(|&(word, country)| Some((crate::words::normalise(word)?, country)))
            .collect();
        words.sort_unstable();
        words.dedup();
        Places { words }
    }

    /// Every place word, normalised, with its country, sorted by word.
    pub(super) fn words(&self) -> &[(String, &'static str)] {
        &self.words
    }

    /// The country the normalised word `norm` names, if it names one.
    pub(super) fn country(&self, norm: &str) -> Option<&'static str> {
        let i = self.words.binary_search_by(|(w, _)| w.as_str().cmp(norm)).ok()?;
        Some(self.words[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_and_adjectives_are_places_after_normalising() {
        let places = Places::new();
        for word in ["French", "France", "US", "Liberia's", "Turkish"] {
            let norm = crate::words::normalise(word).unwrap();
            assert!(places.country(&norm).is_some(), "{word}");
        }
        assert!(places.country(&crate::words::normalise("economy").unwrap()).is_none());
    }

    #[test]
    fn the_list_is_sorted_lowercase() {
        assert!(PLACES.windows(2).all(|w| w[0].0 < w[1].0), "sorted, no duplicates");
        let lowercase = |p: &str| p.bytes().all(|b| b.is_ascii_lowercase() || b == b' ');
        assert!(PLACES.iter().all(|&(word, country)| lowercase(word) && lowercase(country)));
        // Every country a word names is itself a word of the list, except
        // the two-word names no single word spells.
        let words: Vec<&str> = PLACES.iter().map(|p| p.0).collect();
        for &(_, country) in PLACES {
            assert!(words.contains(&country) || country.contains(' '), "{country}");
        }
    }

    #[test]
    fn adjectives_and_short_forms_name_their_country() {
        let places = Places::new();
        let country = |w: &str| places.country(&crate::words::normalise(w).unwrap());
        assert_eq!(country("American"), country("US"));
        assert_eq!(country("British"), country("UK"));
        assert_eq!(country("Iranian"), Some("iran"));
        assert_ne!(country("Iraqi"), country("Iran"));
    }
}
