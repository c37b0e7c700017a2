//! Search index: behaviour beyond the shared vectors — ranking, the sample catalog, and the
//! binary form refusing damaged input without panicking.

use datago_core::sample;
use datago_core::search::{Query, SearchError, SearchIndex, Sort};

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
