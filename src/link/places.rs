//! Countries and their adjectives: a name qualified by a country ("US
//! GDP", "UK broadband") is not what a sentence about another country
//! speaks of ("the country's GDP rose by 2%" in an article on Liberia).

/// Countries, their common short forms and adjectives, lowercase (compared
/// after [`crate::words::normalise`], so "French" meets "France").
const PLACES: &[&str] = &[
    "afghan",
    "afghanistan",
    "albania",
    "albanian",
    "algeria",
    "algerian",
    "america",
    "american",
    "angola",
    "angolan",
    "argentina",
    "argentine",
    "argentinian",
    "armenia",
    "armenian",
    "australia",
    "australian",
    "austria",
    "austrian",
    "azerbaijan",
    "bahrain",
    "bangladesh",
    "bangladeshi",
    "belarus",
    "belgian",
    "belgium",
    "bolivia",
    "bolivian",
    "bosnia",
    "brazil",
    "brazilian",
    "britain",
    "british",
    "bulgaria",
    "bulgarian",
    "burma",
    "cambodia",
    "cameroon",
    "canada",
    "canadian",
    "chile",
    "chilean",
    "china",
    "chinese",
    "colombia",
    "colombian",
    "congo",
    "croatia",
    "croatian",
    "cuba",
    "cuban",
    "cyprus",
    "czech",
    "danish",
    "denmark",
    "dutch",
    "ecuador",
    "egypt",
    "egyptian",
    "england",
    "english",
    "estonia",
    "ethiopia",
    "ethiopian",
    "finland",
    "finnish",
    "france",
    "french",
    "georgia",
    "german",
    "germany",
    "ghana",
    "greece",
    "greek",
    "hungarian",
    "hungary",
    "iceland",
    "india",
    "indian",
    "indonesia",
    "indonesian",
    "iran",
    "iranian",
    "iraq",
    "iraqi",
    "ireland",
    "irish",
    "israel",
    "israeli",
    "italian",
    "italy",
    "jamaica",
    "japan",
    "japanese",
    "jordan",
    "kazakhstan",
    "kenya",
    "kenyan",
    "korea",
    "korean",
    "kosovo",
    "kuwait",
    "latvia",
    "lebanese",
    "lebanon",
    "liberia",
    "liberian",
    "libya",
    "libyan",
    "lithuania",
    "malaysia",
    "malaysian",
    "mexican",
    "mexico",
    "moroccan",
    "morocco",
    "mozambique",
    "nepal",
    "netherlands",
    "nigeria",
    "nigerian",
    "norway",
    "norwegian",
    "pakistan",
    "pakistani",
    "palestinian",
    "peru",
    "peruvian",
    "philippines",
    "poland",
    "polish",
    "portugal",
    "portuguese",
    "qatar",
    "romania",
    "romanian",
    "russia",
    "russian",
    "rwanda",
    "saudi",
    "scotland",
    "scottish",
    "senegal",
    "serbia",
    "serbian",
    "singapore",
    "slovakia",
    "slovenia",
    "somalia",
    "spain",
    "spanish",
    "sudan",
    "sweden",
    "swedish",
    "swiss",
    "switzerland",
    "syria",
    "syrian",
    "taiwan",
    "taiwanese",
    "tanzania",
    "thai",
    "thailand",
    "tunisia",
    "turkey",
    "turkish",
    "uganda",
    "uk",
    "ukraine",
    "ukrainian",
    "us",
    "usa",
    "uzbekistan",
    "venezuela",
    "venezuelan",
    "vietnam",
    "vietnamese",
    "wales",
    "welsh",
    "yemen",
    "zambia",
    "zimbabwe",
];

/// The places of [`PLACES`], normalised.
pub(super) struct Places {
    norms: Vec<String>,
}

/// [`Places`], normalised once per process rather than once per article
/// (an immutable table, like the synonyms of [`crate::words`]).
pub(super) fn places() -> &'static Places {
    static PLACES_NORMALISED: std::sync::LazyLock<Places> = std::sync::LazyLock::new(Places::new);
    &PLACES_NORMALISED
}

impl Places {
    fn new() -> Places {
        let mut norms: Vec<String> =
            PLACES.iter().filter_map(|p| crate::words::normalise(p)).collect();
        norms.sort_unstable();
        norms.dedup();
        Places { norms }
    }

    /// Every place, normalised, sorted.
    pub(super) fn norms(&self) -> &[String] {
        &self.norms
    }

    /// The normalised word `norm` is a place.
    pub(super) fn contains(&self, norm: &str) -> bool {
        self.norms.binary_search_by(|p| p.as_str().cmp(norm)).is_ok()
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
            assert!(places.contains(&norm), "{word}");
        }
        assert!(!places.contains(&crate::words::normalise("economy").unwrap()));
    }

    #[test]
    fn the_list_is_sorted_lowercase() {
        assert!(PLACES.windows(2).all(|w| w[0] < w[1]), "sorted, no duplicates");
        assert!(PLACES.iter().all(|p| p.bytes().all(|b| b.is_ascii_lowercase())));
    }
}
