//! No panic on arbitrary input: thousands of random and mutated byte strings go through the
//! home-page check and the licence normaliser (a deterministic PRNG, so CI needs no nightly;
//! `fuzz/` has the cargo-fuzz target for longer runs).

use datago_core::license::{combine_ids, normalize};
use datago_core::replica::{check_homepage_bytes, check_terms_text};

/// xorshift64*: small, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "<a href=\"https://datago.magelangkota.go.id\">",
    "<a href='http://datago.magelangkota.go.id.evil.com/'>",
    "<a href=//DATAGO.magelangkota.go.id@x>",
    "</a>",
    "<img src=\"/assets/datago/logo-datago.png\" alt=\"Logo DataGO\">",
    "<svg><title>DataGO</title></svg>",
    "<!--",
    "-->",
    "<noscript>",
    "<template>",
    "</template>",
    "<style>.c{display:none} @media (min-width:1px){.c{display:block}}",
    "</style>",
    "<div class=\"c d-none d-md-block\" style=\"left:-9999px;opacity:0;clip:rect(0,0,0,0)\">",
    "</div>",
    "<details><summary>x</summary>",
    "<dialog>",
    " hidden ",
    " aria-hidden=true ",
    "\"",
    "'",
    "<",
    ">",
    "&amp;",
    "&#x0;",
    "\u{FEFF}",
    "é",
    "{",
    "}",
    "%2e",
    "\\",
];

fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let mut v = base.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(v.len() + 1);
        match rng.below(5) {
            0 => {
                let p = PIECES[rng.below(PIECES.len())].as_bytes();
                v.splice(at..at, p.iter().copied());
            }
            1 if !v.is_empty() => {
                let end = (at + rng.below(16)).min(v.len());
                v.drain(at.min(end)..end);
            }
            2 => v.insert(at, rng.next() as u8),
            3 if !v.is_empty() => {
                let start = rng.below(v.len());
                let end = (start + rng.below(64)).min(v.len());
                let chunk = v[start..end].to_vec();
                v.splice(at..at, chunk);
            }
            _ => {
                let n = rng.below(32);
                v.splice(at..at, (0..n).map(|_| rng.next() as u8));
            }
        }
    }
    v
}

#[test]
fn random_and_mutated_homepages_never_panic() {
    let seeds: Vec<Vec<u8>> = {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/vectors/replica.json"
        ))
        .unwrap();
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        doc["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["html"].as_str().unwrap().as_bytes().to_vec())
            .collect()
    };
    let mut rng = Rng(0x005E_EDDA_7A60_u64);
    let mut checked = 0;
    for i in 0..3000 {
        let input: Vec<u8> = match i % 3 {
            0 => {
                let seed = rng.below(seeds.len());
                mutate(&mut rng, &seeds[seed])
            }
            1 => (0..rng.below(300))
                .map(|_| PIECES[rng.below(PIECES.len())])
                .collect::<String>()
                .into_bytes(),
            _ => (0..rng.below(512)).map(|_| rng.next() as u8).collect(),
        };
        if let Ok(r) = check_homepage_bytes(&input) {
            checked += 1;
            assert_eq!(
                r.compliant,
                !r.findings
                    .iter()
                    .any(|f| f.severity == datago_core::Severity::Error)
            );
        }
        let s = String::from_utf8_lossy(&input);
        let head: String = s.chars().take(200).collect();
        let n = normalize(&head);
        assert!(n.confidence <= 1.0 && n.suggestions.len() <= 5);
        let _ = check_terms_text(&s);
        if i % 100 == 0 {
            let _ = combine_ids(&[&s, "CC-BY-4.0"]);
        }
    }
    assert!(checked > 1000, "only {checked} inputs were checkable");
}
