//! Licence strings as people write them → a registry licence with a confidence, or unknown with
//! ranked suggestions. Never a silent guess: below [`MATCH_THRESHOLD`] the answer is unknown.
//!
//! In order:
//! 1. an exact identifier or URL ([`super::get`]): confidence 1 (0.85 for a version-less CKAN id
//!    such as `cc-by`, which stands for a licence line with several versions);
//! 2. a licence URL under a known prefix (`creativecommons.org/licenses/by-sa/3.0/deed.id`,
//!    `opendatacommons.org/licenses/odbl/`): the version in the URL, or the current one; a
//!    ported licence (`…/by/3.0/nl/`) or a version the registry lacks is unknown;
//! 3. the words: lowercased, punctuation dropped, synonyms folded (`Attribution` → `by`,
//!    `ShareAlike`/`Berbagi Serupa` → `sa`, `Creative Commons` → `cc`), stop words dropped,
//!    the version taken out (`4.0`, `v4`, `4`). Equal to a name of a licence line
//!    (`cc by`, `open database license`) or a registry alias: a match (0.95); without a version,
//!    the line's current version (0.85 and a note when other versions exist);
//! 4. otherwise a similarity score against every name (word overlap and character trigrams,
//!    with the licence elements `by`/`sa`/`nc`/`nd` required to agree): above 0.91 and clearly
//!    ahead of the runner-up a fuzzy match, else unknown with the ranked suggestions.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize, Serializer};

use super::{by_id, get, registry, strip_url, tables, License, Line};
use crate::finding::Message;

/// The lowest confidence reported as a match; below it the result is unknown.
pub const MATCH_THRESHOLD: f64 = 0.8;

/// Inputs longer than this are cut before matching (a licence name is short).
const MAX_INPUT: usize = 512;

/// How a licence string was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MatchKind {
    /// An exact identifier: DataGO/SPDX/CKAN/Open Definition id or EU NAL URI.
    Id,
    /// A licence URL.
    Url,
    /// The name of a licence line (`CC BY-SA 3.0`, `Open Database License`).
    Name,
    /// An alias of a registry entry (`public domain`, `other open`).
    Alias,
    /// An approximate match (typos): check it.
    Fuzzy,
    /// Not recognised.
    None,
}

/// A ranked candidate for an input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Suggestion {
    /// DataGO licence id.
    pub id: String,
    /// Similarity, 0–1 (two decimals).
    pub score: f64,
}

/// The result of [`normalize`].
#[derive(Debug, Clone, PartialEq)]
pub struct Normalized {
    /// The input as given.
    pub input: String,
    /// The licence, when recognised with at least [`MATCH_THRESHOLD`] confidence.
    pub license: Option<&'static License>,
    /// 0–1: 1 for an exact id or URL, 0.95 for a name with its version, 0.85 for a version-less
    /// name of a licence with several versions; below the threshold for unknown inputs.
    pub confidence: f64,
    /// How it was recognised.
    pub matched_by: MatchKind,
    /// True when the input named no version and the current version was assumed.
    pub assumed_version: bool,
    /// Remarks in both languages (the version assumed, a ported licence, …).
    pub notes: Vec<Message>,
    /// Candidates, best first (also for a match: the alternatives).
    pub suggestions: Vec<Suggestion>,
}

impl Normalized {
    /// The SPDX id of the match, if any.
    pub fn spdx(&self) -> Option<&'static str> {
        self.license.and_then(|l| l.spdx.as_deref())
    }
}

/// The JSON shape: `{input, id, spdx, title, url, confidence, matchedBy, assumedVersion, notes,
/// suggestions, license}`, `null` fields when unknown.
impl Serialize for Normalized {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct View<'a> {
            input: &'a str,
            id: Option<&'a str>,
            spdx: Option<&'a str>,
            title: Option<&'a str>,
            url: Option<&'a str>,
            confidence: f64,
            matched_by: MatchKind,
            assumed_version: bool,
            notes: &'a [Message],
            suggestions: &'a [Suggestion],
            license: Option<&'a License>,
        }
        View {
            input: &self.input,
            id: self.license.map(|l| l.id.as_str()),
            spdx: self.spdx(),
            title: self.license.map(|l| l.title.as_str()),
            url: self.license.and_then(|l| l.url.as_deref()),
            confidence: self.confidence,
            matched_by: self.matched_by,
            assumed_version: self.assumed_version,
            notes: &self.notes,
            suggestions: &self.suggestions,
            license: self.license,
        }
        .serialize(s)
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn msg(id: String, en: String) -> Message {
    Message { id, en }
}

fn assumed_note(l: &License) -> Message {
    let v = l.version.as_deref().unwrap_or("-");
    msg(
        format!(
            "Versi tidak disebutkan: dianggap versi terkini {v} ({}). Tuliskan versinya bila lain.",
            l.id
        ),
        format!(
            "No version given: the current version {v} ({}) is assumed. Give the version if it is another.",
            l.id
        ),
    )
}

impl Normalized {
    fn matched(input: &str, l: &'static License, confidence: f64, by: MatchKind) -> Normalized {
        Normalized {
            input: input.to_string(),
            license: Some(l),
            confidence,
            matched_by: by,
            assumed_version: false,
            notes: Vec::new(),
            suggestions: Vec::new(),
        }
    }

    fn unknown(input: &str) -> Normalized {
        Normalized {
            input: input.to_string(),
            license: None,
            confidence: 0.0,
            matched_by: MatchKind::None,
            assumed_version: false,
            notes: Vec::new(),
            suggestions: Vec::new(),
        }
    }

    fn assumed(mut self, line: &Line) -> Normalized {
        if line.ambiguous {
            self.assumed_version = true;
            self.confidence = self.confidence.min(0.85);
            if let Some(l) = self.license {
                self.notes.push(assumed_note(l));
            }
        }
        self
    }

    /// Adds the other versions of a version-less match as suggestions, then fills up with the
    /// similarity ranking.
    fn with_suggestions(mut self, ranked: Vec<Suggestion>) -> Normalized {
        let mut out: Vec<Suggestion> = Vec::new();
        if let Some(l) = self.license {
            out.push(Suggestion {
                id: l.id.clone(),
                score: round2(self.confidence),
            });
        }
        for s in std::mem::take(&mut self.suggestions)
            .into_iter()
            .chain(ranked)
        {
            if !out.iter().any(|o| o.id == s.id) {
                out.push(s);
            }
        }
        out.truncate(5);
        self.suggestions = out;
        self
    }
}

/// The line a registry licence belongs to.
fn line_of(id: &str) -> Option<&'static Line> {
    tables()
        .lines
        .iter()
        .find(|l| l.versions.values().any(|v| v == id))
}

/// Recognises a licence string: an id, a URL or a name as people write it (`CC BY 4.0`,
/// `cc-by`, `Creative Commons Attribution`, `https://creativecommons.org/licenses/by/4.0/deed.id`,
/// `Open Database License`, `Atribusi-BerbagiSerupa 4.0 Internasional`).
///
/// ```
/// use datago_core::license::{normalize, MatchKind};
/// let n = normalize("CC BY 4.0");
/// assert_eq!(n.spdx(), Some("CC-BY-4.0"));
/// let n = normalize("Creative Commons Attribution");         // no version
/// assert_eq!(n.license.unwrap().id, "CC-BY-4.0");
/// assert!(n.assumed_version && n.confidence < 0.9);
/// let n = normalize("https://creativecommons.org/licenses/by-nc/3.0/"); // not in the registry
/// assert!(n.license.is_none());
/// assert_eq!(n.suggestions[0].id, "CC-BY-NC-4.0");
/// assert_eq!(normalize("Open Database License").matched_by, MatchKind::Name);
/// ```
pub fn normalize(input: &str) -> Normalized {
    let trimmed = input.trim();
    let cut: String = trimmed.chars().take(MAX_INPUT).collect();
    let s = cut.as_str();
    if s.is_empty() {
        let mut n = Normalized::unknown(input);
        n.notes.push(msg(
            "Lisensi kosong: isi id lisensi, misalnya CC-BY-4.0.".into(),
            "The licence is empty: give a licence id such as CC-BY-4.0.".into(),
        ));
        return n;
    }
    let words = canonical(s);
    let ranked = rank(&words);

    // 1. Exact ids and URLs.
    if let Some(l) = get(s) {
        let by = if looks_like_url(s) {
            MatchKind::Url
        } else {
            MatchKind::Id
        };
        let mut n = Normalized::matched(input, l, 1.0, by);
        if !s.bytes().any(|b| b.is_ascii_digit()) && l.version.is_some() {
            if let Some(line) = line_of(&l.id) {
                n = n.assumed(line);
            }
        }
        return n.with_suggestions(ranked);
    }

    // 2. URLs under a known prefix.
    if looks_like_url(s) {
        return from_url(input, s).with_suggestions(ranked);
    }

    // 3. Names and aliases.
    if !words.tokens.is_empty() {
        if let Some(n) = from_name(input, &words) {
            return n.with_suggestions(ranked);
        }
    }

    // 4. Similarity.
    let mut n = Normalized::unknown(input);
    if let Some(best) = ranked.first() {
        let runner_up = ranked.get(1).map_or(0.0, |s| s.score);
        if best.score >= 0.91 && best.score - runner_up >= 0.1 {
            if let Some(l) = by_id(&best.id) {
                n = Normalized::matched(input, l, round2(best.score * 0.88), MatchKind::Fuzzy);
                n.notes.push(msg(
                    format!(
                        "Dikenali secara perkiraan sebagai {}: periksa ejaannya.",
                        l.id
                    ),
                    format!("Recognised approximately as {}: check the spelling.", l.id),
                ));
                return n.with_suggestions(ranked);
            }
        }
        n.confidence = round2(best.score * 0.88).min(MATCH_THRESHOLD - 0.01);
    }
    n.notes.push(msg(
        "Lisensi tidak dikenali: pilih salah satu saran atau tuliskan id SPDX-nya (misalnya CC-BY-4.0).".into(),
        "The licence is not recognised: pick one of the suggestions or write its SPDX id (e.g. CC-BY-4.0).".into(),
    ));
    n.with_suggestions(ranked)
}

fn looks_like_url(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    if l.contains("://") || l.starts_with("www.") || l.starts_with("//") {
        return true;
    }
    // `creativecommons.org/licenses/…`: a dotted host before the first slash, no spaces.
    match l.split_once('/') {
        Some((host, _)) => host.contains('.') && !host.contains(' ') && !host.ends_with('.'),
        None => false,
    }
}

/// `1-0` → `1.0`, `3` → `3.0`, `v4` → `4.0`; `None` when not a version.
fn version_of(token: &str) -> Option<String> {
    let t = token.trim_start_matches(['v', 'V']).replace('-', ".");
    let t = t.trim_end_matches('.');
    let mut parts = t.split('.');
    let major = parts.next()?;
    if major.is_empty() || major.len() > 3 || !major.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let minor = parts.next().unwrap_or("0");
    if minor.is_empty() || minor.len() > 3 || !minor.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if parts.next().is_some() {
        return None;
    }
    Some(format!(
        "{}.{minor}",
        major.trim_start_matches('0').max("0")
    ))
}

fn from_url(input: &str, s: &str) -> Normalized {
    let u = strip_url(s);
    let u = format!("{u}/");
    for line in &tables().lines {
        for prefix in &line.url_prefixes {
            let Some(rest) = u.strip_prefix(prefix.as_str()) else {
                continue;
            };
            let mut segs = rest.split('/').filter(|p| !p.is_empty());
            let version = segs.next();
            let port = segs.next();
            let Some(v) = version else {
                let l = by_id(&line.current);
                return match l {
                    Some(l) => Normalized::matched(input, l, 0.9, MatchKind::Url).assumed(line),
                    None => Normalized::unknown(input),
                };
            };
            let Some(v) = version_of(v) else {
                break;
            };
            let mut n = Normalized::unknown(input);
            n.suggestions = line_suggestions(line);
            if let Some(j) = port {
                n.notes.push(msg(
                    format!("Ini lisensi porting yurisdiksi '{j}' versi {v}, yang tidak ada di registri: gunakan versi internasionalnya bila penerbit mengizinkan."),
                    format!("This is the '{j}' jurisdiction port of version {v}, which the registry does not hold: use the international version if the publisher allows."),
                ));
                return n;
            }
            match line.versions.get(&v).and_then(|id| by_id(id)) {
                Some(l) => return Normalized::matched(input, l, 0.95, MatchKind::Url),
                None => {
                    n.notes.push(version_missing(&v, line));
                    return n;
                }
            }
        }
    }
    let mut n = Normalized::unknown(input);
    n.notes.push(msg(
        "URL ini bukan URL lisensi yang dikenal: tuliskan id lisensinya (misalnya CC-BY-4.0)."
            .into(),
        "This URL is not a known licence URL: give the licence id (e.g. CC-BY-4.0).".into(),
    ));
    n
}

/// The versions of `line` as suggestions, the current one first.
fn line_suggestions(line: &Line) -> Vec<Suggestion> {
    let mut out = vec![Suggestion {
        id: line.current.clone(),
        score: 0.7,
    }];
    for id in line.versions.values().rev() {
        if *id != line.current {
            out.push(Suggestion {
                id: id.clone(),
                score: 0.6,
            });
        }
    }
    out
}

fn version_missing(v: &str, line: &Line) -> Message {
    let have: Vec<&str> = line.versions.keys().map(String::as_str).collect();
    msg(
        format!(
            "Versi {v} tidak ada di registri (tersedia: {}): periksa versinya.",
            have.join(", ")
        ),
        format!(
            "Version {v} is not in the registry (available: {}): check the version.",
            have.join(", ")
        ),
    )
}

fn from_name(input: &str, w: &Words) -> Option<Normalized> {
    let t = tables();
    let ix = index();
    // Aliases of registry entries, ids and titles.
    for (l, names) in registry().iter().zip(&ix.names) {
        for (a, alias) in names {
            if a.tokens == w.tokens && a.version == w.version {
                let by = if *alias {
                    MatchKind::Alias
                } else {
                    MatchKind::Name
                };
                return Some(Normalized::matched(input, l, 0.95, by));
            }
        }
    }
    // Licence lines.
    let mut best: Option<(&Line, usize)> = None;
    for (line, (names, union)) in t.lines.iter().zip(&ix.lines) {
        let inside = w.tokens.iter().all(|x| union.contains(x));
        for n in names {
            let fits = n.tokens == w.tokens || (inside && n.tokens.is_subset(&w.tokens));
            if fits && !n.tokens.is_empty() && best.is_none_or(|(_, k)| n.tokens.len() > k) {
                best = Some((line, n.tokens.len()));
            }
        }
    }
    let (line, _) = best?;
    match &w.version {
        None => {
            let l = by_id(&line.current)?;
            Some(Normalized::matched(input, l, 0.95, MatchKind::Name).assumed(line))
        }
        Some(v) => match line.versions.get(v).and_then(|id| by_id(id)) {
            Some(l) => Some(Normalized::matched(input, l, 0.95, MatchKind::Name)),
            None => {
                let mut n = Normalized::unknown(input);
                n.notes.push(version_missing(v, line));
                n.suggestions = line_suggestions(line);
                Some(n)
            }
        },
    }
}

/// A licence string reduced to canonical words and a version.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Words {
    tokens: BTreeSet<String>,
    version: Option<String>,
}

/// A name in canonical form with its trigram bag.
struct Name {
    words: Words,
    grams: Vec<String>,
}

impl Name {
    fn new(words: Words) -> Name {
        let grams = trigrams(&words);
        Name { words, grams }
    }
}

/// The registry's names in canonical form, computed once.
struct NameIndex {
    /// Per registry licence, for ranking: its own names, and its line's names with its version
    /// (for inputs that name a version) and without (for those that do not).
    ranked: Vec<(Vec<Name>, Vec<Name>, Vec<Name>)>,
    /// Per registry licence: its aliases (`true`), title and id (`false`).
    names: Vec<Vec<(Words, bool)>>,
    /// Per licence line (same order as the table): its names and the union of their words.
    lines: Vec<(Vec<Words>, BTreeSet<String>)>,
    /// Per registry licence: its line's index.
    line: Vec<Option<usize>>,
}

fn index() -> &'static NameIndex {
    static I: OnceLock<NameIndex> = OnceLock::new();
    I.get_or_init(|| {
        let t = tables();
        let names = registry()
            .iter()
            .map(|l| {
                l.aliases
                    .iter()
                    .map(|a| (canonical(a), true))
                    .chain([&l.title, &l.id].map(|a| (canonical(a), false)))
                    .filter(|(w, _)| !w.tokens.is_empty())
                    .collect()
            })
            .collect();
        let lines = t
            .lines
            .iter()
            .map(|line| {
                let names: Vec<Words> = line.names.iter().map(|n| canonical(n)).collect();
                let union = names
                    .iter()
                    .flat_map(|n| n.tokens.iter().cloned())
                    .collect();
                (names, union)
            })
            .collect();
        let line: Vec<Option<usize>> = registry()
            .iter()
            .map(|l| {
                t.lines
                    .iter()
                    .position(|line| line.versions.values().any(|v| *v == l.id))
            })
            .collect();
        let ranked = registry()
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let own = l
                    .aliases
                    .iter()
                    .chain([&l.title, &l.id])
                    .map(|a| canonical(a))
                    .filter(|w| !w.tokens.is_empty())
                    .map(Name::new)
                    .collect();
                let line_names: Vec<Words> = line[i]
                    .map(|li: usize| t.lines[li].names.iter().map(|n| canonical(n)).collect())
                    .unwrap_or_default();
                let versioned = line_names
                    .iter()
                    .map(|w| {
                        Name::new(Words {
                            tokens: w.tokens.clone(),
                            version: l.version.clone(),
                        })
                    })
                    .collect();
                let bare = line_names.into_iter().map(Name::new).collect();
                (own, versioned, bare)
            })
            .collect();
        NameIndex {
            ranked,
            names,
            lines,
            line,
        }
    })
}

/// The synonyms as ` key ` → ` value ` patterns, longest first (so `creative commons` wins over
/// its parts); replacements that contain their key again are left out (they would never
/// settle).
fn synonyms() -> &'static [(String, String)] {
    static S: OnceLock<Vec<(String, String)>> = OnceLock::new();
    S.get_or_init(|| {
        let mut v: Vec<(String, String)> = tables()
            .normalization
            .synonyms
            .iter()
            .map(|(k, v)| (format!(" {} ", canonical_key(k)), format!(" {v} ")))
            .filter(|(k, v)| k.trim() != "" && !v.contains(k.as_str()))
            .collect();
        v.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        v
    })
}

/// Splits into lowercase words (letters/digits, keeping `.` inside numbers), folds synonyms,
/// takes the version out and drops stop words.
fn canonical(s: &str) -> Words {
    let n = &tables().normalization;
    let mut spaced = String::with_capacity(s.len() + 2);
    spaced.push(' ');
    let chars: Vec<char> = s.chars().flat_map(char::to_lowercase).collect();
    for (i, &c) in chars.iter().enumerate() {
        let digit_dot = c == '.'
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_alphanumeric() || digit_dot {
            spaced.push(c);
        } else {
            spaced.push(' ');
        }
    }
    spaced.push(' ');
    let mut folded: String = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    folded = format!(" {folded} ");
    for (pat, rep) in synonyms() {
        while folded.contains(pat.as_str()) {
            folded = folded.replace(pat.as_str(), rep);
        }
    }
    let mut tokens = BTreeSet::new();
    let mut version = None;
    let mut words = folded.split_whitespace().peekable();
    while let Some(t) = words.next() {
        let is_version_word = n.version_words.iter().any(|v| v == t);
        if let Some(v) = version_of(t).filter(|_| {
            t.bytes()
                .next()
                .is_some_and(|b| b.is_ascii_digit() || b == b'v')
        }) {
            if version.is_none() {
                version = Some(v);
            }
            continue;
        }
        if is_version_word {
            if let Some(v) = words.peek().and_then(|x| version_of(x)) {
                version.get_or_insert(v);
                words.next();
            }
            continue;
        }
        if n.stopwords.iter().any(|w| w == t) {
            continue;
        }
        tokens.insert(t.to_string());
    }
    Words { tokens, version }
}

/// A synonym key written the way [`canonical`] spaces its input.
fn canonical_key(k: &str) -> String {
    k.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The licence elements that must agree for two names to be alike.
const ELEMENTS: &[&str] = &["by", "sa", "nc", "nd", "cc0", "odbl", "pddl"];

/// The character trigrams of every word (each padded), as a sorted bag: word order does not
/// matter and a typo costs only the trigrams around it.
fn trigrams(w: &Words) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for t in w.tokens.iter().chain(w.version.iter()) {
        let padded: Vec<char> = format!("  {t} ").chars().collect();
        v.extend(padded.windows(3).map(|w| w.iter().collect::<String>()));
    }
    v.sort();
    v
}

fn dice<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    // Both sorted: count the common elements as a multiset intersection.
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

fn similarity(a: &Name, b: &Name) -> f64 {
    let grams = dice(&a.grams, &b.grams);
    let (a, b) = (&a.words, &b.words);
    let ta: Vec<&String> = a.tokens.iter().collect();
    let tb: Vec<&String> = b.tokens.iter().collect();
    let mut score = 0.5 * dice(&ta, &tb) + 0.5 * grams;
    let elements = |w: &Words| -> BTreeSet<&str> {
        ELEMENTS
            .iter()
            .copied()
            .filter(|e| w.tokens.contains(*e))
            .collect()
    };
    let (ea, eb) = (elements(a), elements(b));
    if !ea.is_empty() && ea != eb {
        score *= 0.5;
    }
    if let (Some(va), Some(vb)) = (&a.version, &b.version) {
        if va != vb {
            score *= 0.8;
        }
    }
    score
}

/// Every registry licence scored against the input, best first, those above 0.3.
fn rank(w: &Words) -> Vec<Suggestion> {
    if w.tokens.is_empty() {
        return Vec::new();
    }
    let ix = index();
    let lines = &tables().lines;
    let input = Name::new(w.clone());
    let mut scored: Vec<(usize, f64)> = Vec::new();
    for (i, l) in registry().iter().enumerate() {
        let (own, versioned, bare) = &ix.ranked[i];
        // The version counts only when the input names one.
        let line_names = if w.version.is_some() { versioned } else { bare };
        let best = own
            .iter()
            .chain(line_names)
            .filter(|n| !n.words.tokens.is_empty())
            .map(|n| similarity(&input, n))
            .fold(0.0, f64::max);
        // A version-less input leans to the current version of a line.
        let line = ix.line[i].map(|li| &lines[li]);
        let current = line.is_some_and(|line| line.current == l.id);
        let best = if w.version.is_none() && !current && line.is_some() {
            best * 0.9
        } else {
            best
        };
        if best > 0.3 {
            scored.push((i, best));
        }
    }
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    scored
        .into_iter()
        .take(8)
        .map(|(i, s)| Suggestion {
            id: registry()[i].id.clone(),
            score: round2(s),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Option<&'static str> {
        normalize(s).license.map(|l| l.id.as_str())
    }

    #[test]
    fn names_seen_in_the_wild() {
        for (s, want) in [
            ("CC BY 4.0", Some("CC-BY-4.0")),
            ("cc-by", Some("CC-BY-4.0")),
            ("Creative Commons Attribution", Some("CC-BY-4.0")),
            (
                "Creative Commons Attribution 4.0 International Public License",
                Some("CC-BY-4.0"),
            ),
            ("Atribusi 4.0 Internasional (CC BY 4.0)", Some("CC-BY-4.0")),
            (
                "Atribusi-BerbagiSerupa 4.0 Internasional",
                Some("CC-BY-SA-4.0"),
            ),
            ("CC-BY-SA 3.0", Some("CC-BY-SA-3.0")),
            ("cc0 1.0", Some("CC0-1.0")),
            ("ODbL", Some("ODbL-1.0")),
            ("Open Database License", Some("ODbL-1.0")),
            (
                "Open Data Commons Open Database License (ODbL) v1.0",
                Some("ODbL-1.0"),
            ),
            ("Open Government Licence v3.0", Some("OGL-UK-3.0")),
            (
                "http://creativecommons.org/licenses/by/4.0",
                Some("CC-BY-4.0"),
            ),
            (
                "www.creativecommons.org/licenses/by-sa/4.0/legalcode",
                Some("CC-BY-SA-4.0"),
            ),
            (
                "https://opendatacommons.org/licenses/odbl/",
                Some("ODbL-1.0"),
            ),
            ("CC BY-NC-SA 4.0", Some("CC-BY-NC-SA-4.0")),
            ("Other (Open)", Some("other-open")),
            ("Public Domain", Some("other-pd")),
            ("Lisensi Terbuka", None),
            ("Creative Commons", None),
            ("CC BY-NC 3.0", None),
            ("https://creativecommons.org/licenses/by/3.0/nl/", None),
            ("CC BY-SA 4.0 / ODbL", None),
            ("MIT", None),
            ("", None),
        ] {
            assert_eq!(id(s), want, "{s}: {:?}", normalize(s));
        }
    }

    #[test]
    fn version_less_names_are_flagged() {
        let n = normalize("cc by");
        assert!(n.assumed_version);
        assert_eq!(n.confidence, 0.85);
        assert!(n.notes[0].en.contains("4.0"));
        assert!(!normalize("ODbL").assumed_version);
        assert_eq!(normalize("CC-BY-4.0").confidence, 1.0);
    }

    #[test]
    fn unknowns_rank_suggestions() {
        let n = normalize("Lisensi Terbuka");
        assert_eq!(n.suggestions[0].id, "other-open");
        assert!(n.confidence < MATCH_THRESHOLD);
        let n = normalize("Creative Comons Atribution-ShareAlike");
        assert_eq!(n.suggestions[0].id, "CC-BY-SA-4.0", "{n:?}");
        let n = normalize("CC BY-NC 3.0");
        assert_eq!(n.suggestions[0].id, "CC-BY-NC-4.0");
    }

    #[test]
    fn versions() {
        assert_eq!(version_of("4"), Some("4.0".into()));
        assert_eq!(version_of("v4.0"), Some("4.0".into()));
        assert_eq!(version_of("1-0"), Some("1.0".into()));
        assert_eq!(version_of("cc0"), None);
        assert_eq!(version_of("1.2.3"), None);
    }
}
