//! Lints on a loaded set: each warning names every record involved, by
//! id and place, and the list is sorted.

use std::path::Path;

use claimcheck::reference::{lint, load_path};

#[test]
fn a_risky_set_gets_one_warning_per_risk_naming_the_records() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reference/lint/risky.jsonl");
    let records = load_path(&path).unwrap();
    let file = path.display().to_string();
    let warnings: Vec<String> =
        lint(&records).iter().map(|w| w.to_string().replace(&file, "F")).collect();
    assert_eq!(
        warnings,
        [
            r#"F:2: alias "BBA" is shared by two subjects: "British Bankers' Association" in bba-approvals (F:1) and "Bundesverband Baustoffe" in bba-other (F:2)"#,
            r#"F:4: mixed units for "Channel Tunnel" / "length": unit "km" in rail-length-km (F:3) but unit "miles" in rail-length-mi (F:4)"#,
            r#"F:6: conflicting values for "Hatfield rail crash" / "people killed": 4 in deaths-a (F:5) but 5 in deaths-b (F:6)"#,
            r#"F:9: missing as_of in toll-undated (F:9): "Tsunami" / "death toll" has several values over time (150000 as of 2004-12-31 in toll-2004 (F:7), 220000 as of 2005-01-20 in toll-2005 (F:8))"#,
        ]
    );
}
