//! Bad input never panics: every reader and checker is fed mutated and random input.

use datago_core::document::{normalize_json, validate_json};
use datago_core::schema::DocumentType;
use datago_core::{sample, Bundle};

/// A small deterministic generator (xorshift64*), so failures reproduce.
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

const INTERESTING: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b",",
    b":",
    b"null",
    b"-1",
    b"1e999",
    b"\xff",
    b"\x00",
    b"\"\\u0000\"",
    b"{}",
    b"[]",
    b"\"2024-13-45\"",
    b"\"published\"",
    b"\"../..\"",
    b"\xef\xbb\xbf",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(4) {
            0 if !v.is_empty() => {
                let end = (at + 1 + rng.below(16)).min(v.len());
                v.drain(at.min(end)..end);
            }
            1 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                v.splice(at..at, piece.iter().copied());
            }
            2 if !v.is_empty() => {
                let i = at.min(v.len() - 1);
                v[i] = rng.next() as u8;
            }
            _ => {
                let from = rng.below(v.len().max(1));
                let end = (from + rng.below(32)).min(v.len());
                let chunk = v[from..end].to_vec();
                v.splice(at..at, chunk);
            }
        }
    }
    v
}

#[test]
fn mutated_documents_never_panic() {
    let mut rng = Rng(0x5eed_da7a_60c0_ffee);
    let docs: Vec<&[u8]> = sample::files()
        .iter()
        .filter(|(p, _)| p.ends_with(".json"))
        .map(|(_, b)| *b)
        .take(12)
        .collect();
    for round in 0..400 {
        let base = docs[round % docs.len()];
        let bytes = mutate(&mut rng, base);
        let text = String::from_utf8_lossy(&bytes);
        for kind in DocumentType::ALL {
            let _ = validate_json(kind, &text);
            let _ = normalize_json(kind, &text);
        }
    }
}

#[test]
fn mutated_catalog_directories_never_panic() {
    let mut rng = Rng(42);
    let files = sample::files();
    for _ in 0..60 {
        let mut b = Bundle::new();
        for (path, bytes) in files {
            let keep = rng.below(10) > 0;
            let bytes = if rng.below(6) == 0 {
                mutate(&mut rng, bytes)
            } else {
                bytes.to_vec()
            };
            if keep {
                b.insert(*path, bytes);
            }
        }
        if let Ok(report) = b.check() {
            assert_eq!(report.valid, report.counts.error == 0);
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(7);
    for _ in 0..300 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        for kind in DocumentType::ALL {
            let _ = validate_json(kind, &text);
        }
        let mut b = Bundle::new();
        b.insert("catalog.json", bytes.clone());
        b.insert("datasets/x.json", bytes.clone());
        let _ = b.check();
    }
}
