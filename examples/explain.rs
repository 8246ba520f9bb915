//! Development tool: the linker's candidates for every claim of one
//! article. `cargo run --release --example explain -- ARTICLE REFERENCE [PUBLISHED]`

use claimcheck::article::Article;
use claimcheck::mentions::{self, Context};
use claimcheck::reference::{self, Dataset};
use claimcheck::{claims, link, sentences};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut article = Article::read(std::path::Path::new(&args[1])).expect("article");
    if let Some(p) = args.get(3) {
        article.published = p.parse().ok();
    }
    let dataset =
        Dataset::new(reference::load_path(std::path::Path::new(&args[2])).expect("reference"));
    let sentences = sentences::split(&article.prose);
    let found = mentions::extract(&article.prose, &Context { published: article.published });
    let claims = claims::build(found, &sentences, &[]).claims;
    for (i, c) in claims.iter().enumerate() {
        println!("{} {:?} {}", c.id, c.mention.text(&article.text), c.mention.value);
        for (r, s, a, t) in
            link::explain_candidates(&article.prose, &sentences, &claims, i, &dataset)
        {
            println!("    {t:.3} (subject {s:.2}, attribute {a:.2}) {}", dataset.records[r].id);
        }
    }
}
