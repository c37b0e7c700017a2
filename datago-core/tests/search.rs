//! Search index: behaviour beyond the shared vectors — ranking, the sample catalog, and the
//! binary form refusing damaged input without panicking.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use datago_core::sample;
use datago_core::search::{Query, SearchError, SearchIndex, Sort, FACETS};
use datago_core::{Catalog, Dataset, Lang, LocalizedText, Resource};

fn index() -> SearchIndex {
    SearchIndex::build(&sample::bundle().load().unwrap().catalog, false)
}

#[test]
fn title_matches_rank_above_description_matches() {
    let idx = index();
    let r = idx.search(&Query::parse("puskesmas"));
    assert!(r.total >= 2);
    assert!(
        r.hits[0].title.to_lowercase().contains("puskesmas"),
        "{:?}",
        r.hits[0]
    );
    let scores: Vec<f32> = r.hits.iter().map(|h| h.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn published_only_and_sorting() {
    let catalog = sample::bundle().load().unwrap().catalog;
    let all = SearchIndex::build(&catalog, false);
    let published = SearchIndex::build(&catalog, true);
    assert!(published.len() < all.len());
    let mut q = Query::parse("");
    q.per_page = 1000;
    q.sort = Sort::Title;
    let titles: Vec<String> = all
        .search(&q)
        .hits
        .iter()
        .map(|h| h.title.to_lowercase())
        .collect();
    assert!(titles.windows(2).all(|w| w[0] <= w[1]));
    q.sort = Sort::Modified;
    let dates: Vec<_> = all.search(&q).hits.iter().map(|h| h.modified).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn facet_counts_add_up() {
    let r = index().search(&Query::parse(""));
    let by_org: usize = r.facets["organization"].iter().map(|c| c.count).sum();
    assert_eq!(by_org, r.total, "every dataset has exactly one producer");
    assert!(r.facets["organization"].iter().all(|c| c.label.is_some()));
    assert!(r.facets["theme"].iter().all(|c| c.label.is_some()));
}

#[test]
fn damaged_bytes_are_refused_without_panic() {
    let bytes = index().to_bytes();
    assert_eq!(
        SearchIndex::from_bytes(b"nope").unwrap_err(),
        SearchError::NotAnIndex
    );
    assert_eq!(
        SearchIndex::from_bytes(&[]).unwrap_err(),
        SearchError::NotAnIndex
    );
    for cut in [6, 100, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            SearchIndex::from_bytes(&bytes[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(
        SearchIndex::from_bytes(&longer).unwrap_err(),
        SearchError::Corrupt
    );
    // Flipped bytes: either refused or a readable index, never a panic.
    let mut seed = 12345u64;
    for _ in 0..300 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let mut b = bytes.clone();
        let i = (seed >> 33) as usize % b.len();
        b[i] ^= (seed >> 20) as u8 | 1;
        if let Ok(idx) = SearchIndex::from_bytes(&b) {
            let _ = idx.search(&Query::parse("penduduk tahun:2024"));
        }
    }
}

#[test]
fn unknown_filter_keys_in_structured_queries_match_nothing() {
    let mut q = Query::parse("");
    q.filters.insert("warna".into(), vec!["merah".into()]);
    assert_eq!(index().search(&q).total, 0);
}

/// Words of at most four letters: the stemmer leaves them as they are, so the reference below
/// can match them by plain tokens.
const TIE_WORDS: [&str; 5] = ["air", "padi", "kota", "desa", "ikan"];
const TIE_FORMATS: [Option<&str>; 4] = [Some("csv"), Some("CSV"), Some("xlsx"), None];
const TIE_THEMES: [&str; 3] = ["1.01", "1.02", "2.12"];

/// A catalog with many ties: few words, repeated titles (in several cases), repeated slugs,
/// three modification dates or none, repeated themes.
fn tied_catalog(n: usize, mut seed: u64) -> Catalog {
    let mut next = move |k: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % k as u64) as usize
    };
    let mut catalog = Catalog::from_json(r#"{"id": "ties", "title": "Ties"}"#).unwrap();
    for i in 0..n {
        let mut d = Dataset::new(format!("id-{i}"), format!("ds-{}", next(n / 3 + 1)));
        let mut title = tie_words(2, &mut next).join(" ");
        if next(2) == 0 {
            title = title.to_uppercase();
        }
        d.title = LocalizedText::new(title);
        d.description = LocalizedText::new(tie_words(4, &mut next).join(" "));
        d.keywords = tie_words(2, &mut next);
        d.modified = [
            None,
            Some((2024, 1, 1)),
            Some((2024, 1, 2)),
            Some((2023, 5, 9)),
        ][next(4)]
        .and_then(|(y, m, day)| NaiveDate::from_ymd_opt(y, m, day));
        d.producer = ["", "opd-1", "opd-2"][next(3)].to_string();
        d.themes = (0..next(3))
            .map(|_| TIE_THEMES[next(TIE_THEMES.len())].to_string())
            .collect();
        d.license = [None, Some("CC0-1.0"), Some("CC-BY-4.0")][next(3)].map(String::from);
        for _ in 0..next(3) {
            let format = TIE_FORMATS[next(TIE_FORMATS.len())]
                .map(|f| format!(r#", "format": "{f}""#))
                .unwrap_or_default();
            d.resources
                .push(Resource::from_json(&format!(r#"{{"title": "Berkas"{format}}}"#)).unwrap());
        }
        catalog.datasets.push(d);
    }
    catalog
}

/// Up to `max` of [`TIE_WORDS`].
fn tie_words(max: usize, next: &mut dyn FnMut(usize) -> usize) -> Vec<String> {
    (0..next(max + 1))
        .map(|_| TIE_WORDS[next(TIE_WORDS.len())].to_string())
        .collect()
}

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The reference: whether dataset `d` matches `words` (all), `phrase` (in one field, when
/// given), `without` (none) and the filters `(facet, values)` (each: any of the values).
fn reference_match(
    d: &Dataset,
    words: &[&str],
    phrase: Option<&[&str]>,
    without: Option<&str>,
    filters: &[(&str, Vec<String>)],
) -> bool {
    let fields = [
        tokens(d.title.best(Lang::Id)),
        tokens(&d.keywords.join(" ")),
        tokens(d.description.best(Lang::Id)),
    ];
    let has = |w: &str| fields.iter().any(|f| f.iter().any(|t| t == w));
    let has_phrase = |p: &[&str]| {
        fields.iter().any(|f| {
            f.windows(p.len())
                .any(|win| win.iter().zip(p).all(|(a, b)| a == b))
        })
    };
    words.iter().all(|w| has(w))
        && phrase.is_none_or(|p| p.iter().all(|w| has(w)) && has_phrase(p))
        && without.is_none_or(|w| !has(w))
        && filters.iter().all(|(facet, values)| {
            reference_facet(d, facet)
                .iter()
                .any(|v| values.iter().any(|x| reference_norm(facet, x) == *v))
        })
}

fn reference_norm(facet: &str, v: &str) -> String {
    if facet == "format" {
        v.to_ascii_uppercase()
    } else {
        v.to_string()
    }
}

/// A dataset's values of a facet (the generated catalogs have no years, regions or access).
fn reference_facet(d: &Dataset, facet: &str) -> Vec<String> {
    match facet {
        "organization" => [d.producer.clone()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect(),
        "theme" => d.themes.clone(),
        "format" => {
            let mut out: Vec<String> = Vec::new();
            for f in d.resources.iter().filter_map(|r| r.format.as_deref()) {
                let f = f.to_ascii_uppercase();
                if !out.contains(&f) {
                    out.push(f);
                }
            }
            out
        }
        "license" => d.license.iter().cloned().collect(),
        _ => Vec::new(),
    }
}

/// Facet counts over `matched` as the search reports them: most frequent first, then by value.
fn reference_counts(datasets: &[&Dataset], facet: &str) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for d in datasets {
        for v in reference_facet(d, facet) {
            *counts.entry(v).or_default() += 1;
        }
    }
    let mut list: Vec<(String, usize)> = counts.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list
}

#[test]
fn optimised_search_agrees_with_a_reference_on_catalogs_with_ties() {
    let mut checked = 0;
    for (n, seed) in [(1, 3), (7, 5), (60, 11), (400, 17), (900, 23)] {
        let catalog = tied_catalog(n, seed);
        let built = SearchIndex::build(&catalog, false);
        let index = SearchIndex::from_bytes(&built.to_bytes()).unwrap();
        let mut qseed = seed;
        let mut next = move |k: usize| {
            qseed = qseed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((qseed >> 33) % k as u64) as usize
        };
        for round in 0..60 {
            let words: Vec<&str> = (0..next(3))
                .map(|_| TIE_WORDS[next(TIE_WORDS.len())])
                .collect();
            let phrase: Option<Vec<&str>> = (next(4) == 0).then(|| {
                vec![
                    TIE_WORDS[next(TIE_WORDS.len())],
                    TIE_WORDS[next(TIE_WORDS.len())],
                ]
            });
            let without = (next(4) == 0).then(|| TIE_WORDS[next(TIE_WORDS.len())]);
            let mut filters: Vec<(&str, Vec<String>)> = Vec::new();
            if next(3) == 0 {
                filters.push(("organization", vec![format!("opd-{}", next(3))]));
            }
            if next(3) == 0 {
                let f = TIE_FORMATS[next(3)].unwrap_or("csv").to_string();
                filters.push(("format", vec![f, "pdf".into()]));
            }
            if next(4) == 0 {
                filters.push(("theme", vec![TIE_THEMES[next(3)].to_string()]));
            }
            let mut text = words.join(" ");
            if let Some(p) = &phrase {
                text.push_str(&format!(" \"{}\"", p.join(" ")));
            }
            if let Some(w) = without {
                text.push_str(&format!(" -{w}"));
            }
            let mut q = Query::parse(&text);
            for (facet, values) in &filters {
                q.filters.insert(facet.to_string(), values.clone());
            }
            q.sort = [Sort::Relevance, Sort::Modified, Sort::Title][round % 3];

            // The matching set, against the reference.
            let matched = index.matches(&q);
            let expected: Vec<usize> = (0..catalog.datasets.len())
                .filter(|&i| {
                    reference_match(
                        &catalog.datasets[i],
                        &words,
                        phrase.as_deref(),
                        without,
                        &filters,
                    )
                })
                .collect();
            let mut sorted = matched.clone();
            sorted.sort_unstable();
            assert_eq!(
                sorted, expected,
                "{text:?} {filters:?} in catalog {n}/{seed}"
            );

            // The order: the documented total order, from the scores the search reports.
            q.per_page = 1000;
            let all = index.search(&q);
            assert_eq!(all.total, matched.len());
            let ids: Vec<&str> = all.hits.iter().map(|h| h.id.as_str()).collect();
            let by_order: Vec<&str> = matched
                .iter()
                .map(|&i| index.dataset_id(i).unwrap())
                .collect();
            assert_eq!(ids, by_order, "{text:?}");
            let score: BTreeMap<&str, f32> =
                all.hits.iter().map(|h| (h.id.as_str(), h.score)).collect();
            let mut reference = expected.clone();
            let ds = &catalog.datasets;
            let by_modified = |a: &usize, b: &usize| {
                ds[*b]
                    .modified
                    .cmp(&ds[*a].modified)
                    .then_with(|| ds[*a].slug.cmp(&ds[*b].slug))
            };
            // A stable sort: the position breaks the remaining ties.
            match q.sort {
                Sort::Relevance if !words.is_empty() || phrase.is_some() => {
                    reference.sort_by(|a, b| {
                        score[ds[*b].id.as_str()]
                            .partial_cmp(&score[ds[*a].id.as_str()])
                            .unwrap()
                            .then_with(|| by_modified(a, b))
                    })
                }
                Sort::Relevance | Sort::Modified => reference.sort_by(by_modified),
                Sort::Title => reference.sort_by(|a, b| {
                    ds[*a]
                        .title
                        .best(Lang::Id)
                        .to_lowercase()
                        .cmp(&ds[*b].title.best(Lang::Id).to_lowercase())
                        .then_with(|| ds[*a].slug.cmp(&ds[*b].slug))
                }),
            }
            assert_eq!(matched, reference, "{text:?} sorted {:?}", q.sort);

            // Every page size gives the same hits, page after page.
            for per_page in [1, 3, 7, 50] {
                q.per_page = per_page;
                let mut paged = Vec::new();
                for page in 1..=matched.len().div_ceil(per_page) + 1 {
                    q.page = page;
                    let r = index.search(&q);
                    assert_eq!(
                        (r.total, r.page, r.per_page),
                        (matched.len(), page, per_page)
                    );
                    paged.extend(r.hits);
                }
                assert_eq!(paged, all.hits, "{text:?} by {per_page}");
            }

            // Facet counts, against counts over the datasets' own fields.
            let matched_ds: Vec<&Dataset> = expected.iter().map(|&i| &ds[i]).collect();
            assert_eq!(all.facets.len(), FACETS.len());
            for facet in FACETS {
                let got: Vec<(String, usize)> = all.facets[facet]
                    .iter()
                    .map(|c| (c.value.clone(), c.count))
                    .collect();
                assert_eq!(
                    got,
                    reference_counts(&matched_ds, facet),
                    "{facet} for {text:?}"
                );
            }
            let some = index.search_facets(&q, &["format", "license", "nope"]);
            assert_eq!(
                some.facets.keys().collect::<Vec<_>>(),
                ["format", "license"]
            );
            assert_eq!(some.facets["format"], all.facets["format"]);
            assert_eq!(
                built.search(&q),
                index.search(&q),
                "the loaded index agrees"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 300);
}
