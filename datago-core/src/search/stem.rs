//! Text normalisation for search: case and diacritic folding, tokenisation and a light
//! Indonesian stemmer (after Tala's Porter-style algorithm for Bahasa Indonesia: particles,
//! possessive pronouns, first and second order prefixes, derivational suffixes).
//!
//! ```
//! use datago_core::search::stem::{stem, tokens};
//! assert_eq!(stem("penduduknya"), "duduk");
//! assert_eq!(stem("pendidikan"), "didik");
//! assert_eq!(stem("menggunakan"), "guna");
//! assert_eq!(stem("diperbarui"), "baru");
//! assert_eq!(stem("kesehatan"), "sehat");
//! assert_eq!(stem("bermain"), "main");
//! assert_eq!(tokens("Jumlah Penduduk, Kota Magelang (2024)"), ["jumlah", "penduduk", "kota", "magelang", "2024"]);
//! ```

/// Lowercases, folds Latin diacritics and splits on anything that is not a letter or digit.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        for f in fold(c) {
            if f.is_alphanumeric() {
                cur.extend(f.to_lowercase());
            } else if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn fold(c: char) -> impl Iterator<Item = char> {
    let s: &'static str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ñ' | 'Ñ' => "n",
        'ç' | 'Ç' => "c",
        _ => "",
    };
    let single = if s.is_empty() { Some(c) } else { None };
    s.chars().chain(single)
}

const MIN_STEM: usize = 3;

fn syllables(w: &str) -> usize {
    let mut n = 0;
    let mut prev_vowel = false;
    for c in w.chars() {
        let v = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
        if v && !prev_vowel {
            n += 1;
        }
        prev_vowel = v;
    }
    n
}

fn strip_suffix<'a>(w: &'a str, suffixes: &[&str]) -> Option<&'a str> {
    suffixes.iter().find_map(|s| {
        w.strip_suffix(s)
            .filter(|r| r.chars().count() >= MIN_STEM && syllables(r) >= 1)
    })
}

/// The stem of one lowercase token. Numbers and short words are left as they are. The stemmer
/// is light on purpose: it conflates the common derived forms (`pendidikan`/`didik`,
/// `kesehatan`/`sehat`, `diperbarui`/`baru`) and leaves rare ones alone rather than over-stem.
pub fn stem(word: &str) -> String {
    if word.chars().count() <= 4 || word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    let mut w = word.to_string();
    // 1. Particles and possessive pronouns.
    if let Some(r) = strip_suffix(&w, &["lah", "kah", "tah", "pun"]) {
        w = r.to_string();
    }
    if let Some(r) = strip_suffix(&w, &["nya", "ku", "mu"]) {
        w = r.to_string();
    }
    // 2. First-order prefixes (meN-, peN-, di-, ter-, ke-), with the nasal's lost consonant.
    let mut prefixed = false;
    // Nominal confixes (peN-…-an, ke-…-an, per-…-an) take -an; verbal ones (meN-/di-…-kan) -kan.
    let mut nominal = false;
    let first: &[(&str, &str)] = &[
        ("meng", ""),
        ("meny", "s"),
        ("mem", "p"),
        ("men", "t"),
        ("me", ""),
        ("peng", ""),
        ("peny", "s"),
        ("pem", "p"),
        ("pen", "t"),
        ("di", ""),
        ("ter", ""),
        ("ke", ""),
    ];
    // ke- and di- may stand before a peN-/meN- form (ke+pen+duduk+an), hence two rounds.
    let mut previous: Option<&str> = None;
    for _round in 0..2 {
        if previous.is_some_and(|p| p != "ke" && p != "di") {
            break;
        }
        let mut stripped = None;
        for (p, restore) in first {
            let Some(rest) = w.strip_prefix(p) else {
                continue;
            };
            if rest.chars().count() < MIN_STEM || (previous.is_some() && (*p == "ke" || *p == "di"))
            {
                continue;
            }
            let starts_vowel = rest.starts_with(['a', 'e', 'i', 'o', 'u']);
            w = match (*p, *restore) {
                // mem+vowel: p lost (memakai → pakai); mem+b/p/f kept (membaca → baca).
                ("mem" | "pem" | "men" | "pen", r) if starts_vowel => format!("{r}{rest}"),
                ("meny" | "peny", r) => format!("{r}{rest}"),
                (_, _) => rest.to_string(),
            };
            prefixed = true;
            nominal |= p.starts_with("pe") || *p == "ke";
            stripped = Some(*p);
            break;
        }
        match stripped {
            Some(p) => previous = Some(p),
            None => break,
        }
    }
    // 3. Second-order prefixes (ber-, per-; bel-/pel- only before `ajar`), also after a
    //    first-order one (di+per+baru+i, ke+ber+hasil+an). The bare be-/pe- forms are left
    //    alone: too many roots start with them (berita, pesan).
    for p in ["ber", "per"] {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.chars().count() >= 4 {
                w = rest.to_string();
                prefixed = true;
                nominal |= p == "per";
                break;
            }
        }
    }
    for p in ["bel", "pel"] {
        if w.strip_prefix(p).is_some_and(|r| r.starts_with("ajar")) {
            w = w[3..].to_string();
            prefixed = true;
        }
    }
    // 4. Derivational suffixes.
    let suffixes: &[&str] = if nominal { &["an"] } else { &["kan", "an"] };
    if let Some(r) = strip_suffix(&w, suffixes) {
        if syllables(r) >= 2 {
            w = r.to_string();
        }
    } else if prefixed {
        if let Some(r) = strip_suffix(&w, &["i"]) {
            if syllables(r) >= 2 {
                w = r.to_string();
            }
        }
    }
    w
}

/// Tokens of `text`, each stemmed: what the index stores and queries are matched against.
pub fn terms(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(|t| stem(&t)).collect()
}
