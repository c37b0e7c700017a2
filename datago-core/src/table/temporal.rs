//! Dates, times and durations read the way frictionless-py reads them: Python's `strptime`
//! (its regular expressions, its lenient one-digit months and days), dateutil's `isoparse` for
//! the default `datetime`/`time` formats and isodate's ISO 8601 durations.
//!
//! Deliberate extension: `%B`/`%b` also accept Indonesian month names (`Januari` … `Desember`,
//! `Agu`, `Agt`, `Okt`, `Des`, `Mei`), so `26 November 2026` and `17 Agustus 1945` read with
//! `%d %B %Y`.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// A parsed date and/or time with an optional UTC offset (seconds east).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub date: NaiveDate,
    pub time: NaiveTime,
    pub offset: Option<i32>,
}

impl Stamp {
    /// The instant in UTC when the stamp has an offset (naive stamps stay as they are).
    pub(crate) fn normalized(&self) -> NaiveDateTime {
        let dt = NaiveDateTime::new(self.date, self.time);
        match self.offset {
            Some(o) => dt - chrono::Duration::seconds(o as i64),
            None => dt,
        }
    }
}

const EN_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const ID_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];
const EN_DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month number of a full or abbreviated month name, English or Indonesian (case-insensitive).
pub(crate) fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    for (i, (en, id)) in EN_MONTHS.iter().zip(ID_MONTHS).enumerate() {
        if n == *en || n == id {
            return Some(i as u32 + 1);
        }
    }
    month_abbrev(&n)
}

fn month_abbrev(n: &str) -> Option<u32> {
    const ABBR: [(&str, u32); 17] = [
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("may", 5),
        ("mei", 5),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("agu", 8),
        ("agt", 8),
        ("ags", 8),
        ("sep", 9),
        ("oct", 10),
        ("okt", 10),
        ("nov", 11),
        ("dec", 12),
    ];
    if n == "des" {
        return Some(12);
    }
    ABBR.iter().find(|(a, _)| *a == n).map(|(_, m)| *m)
}

// --- strptime ---------------------------------------------------------------------------------

/// One token of a strptime format.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Lit(char),
    Space,
    Dir(char),
}

/// A compiled strptime format.
#[derive(Debug, Clone)]
pub(crate) struct Format {
    toks: Vec<Tok>,
}

/// Digit alternatives of Python's `_strptime.TimeRE`, in regex order. Each alternative is a
/// list of byte ranges, one per character.
fn alternatives(d: char) -> Option<&'static [Vec<(u8, u8)>]> {
    /// Per directive, its alternatives; each a byte range per character.
    type Alternatives = Vec<(char, Vec<Vec<(u8, u8)>>)>;
    static TABLE: OnceLock<Alternatives> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let parse = |pat: &str| -> Vec<Vec<(u8, u8)>> {
            pat.split('|')
                .map(|alt| {
                    let b = alt.as_bytes();
                    let mut out = Vec::new();
                    let mut i = 0;
                    while i < b.len() {
                        if b[i] == b'[' {
                            out.push((b[i + 1], b[i + 3]));
                            i += 5;
                        } else if b[i] == b'D' {
                            out.push((b'0', b'9'));
                            i += 1;
                        } else {
                            out.push((b[i], b[i]));
                            i += 1;
                        }
                    }
                    out
                })
                .collect()
        };
        vec![
            ('d', parse("3[0-1]|[1-2]D|0[1-9]|[1-9]| [1-9]")),
            ('H', parse("2[0-3]|[0-1]D|D")),
            ('I', parse("1[0-2]|0[1-9]|[1-9]")),
            ('G', parse("DDDD")),
            (
                'j',
                parse("36[0-6]|3[0-5]D|[1-2]DD|0[1-9]D|00[1-9]|[1-9]D|0[1-9]|[1-9]"),
            ),
            ('m', parse("1[0-2]|0[1-9]|[1-9]")),
            ('M', parse("[0-5]D|D")),
            ('S', parse("6[0-1]|[0-5]D|D")),
            ('U', parse("5[0-3]|[0-4]D|D")),
            ('W', parse("5[0-3]|[0-4]D|D")),
            ('V', parse("5[0-3]|0[1-9]|[1-4]D|D")),
            ('w', parse("[0-6]")),
            ('u', parse("[1-7]")),
            ('y', parse("DD")),
            ('Y', parse("DDDD")),
        ]
    });
    table
        .iter()
        .find(|(c, _)| *c == d)
        .map(|(_, v)| v.as_slice())
}

impl Format {
    /// Compiles a strptime format; `None` for a directive Python does not know.
    pub(crate) fn new(fmt: &str) -> Option<Format> {
        let mut toks = Vec::new();
        let mut chars = fmt.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                let d = chars.next()?;
                match d {
                    '%' => toks.push(Tok::Lit('%')),
                    'd' | 'H' | 'I' | 'G' | 'j' | 'm' | 'M' | 'S' | 'U' | 'W' | 'V' | 'w' | 'u'
                    | 'y' | 'Y' | 'f' | 'z' | 'B' | 'b' | 'h' | 'A' | 'a' | 'p' | 'Z' => {
                        toks.push(Tok::Dir(if d == 'h' { 'b' } else { d }))
                    }
                    _ => return None,
                }
            } else if c.is_whitespace() {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
                toks.push(Tok::Space);
            } else {
                toks.push(Tok::Lit(c));
            }
        }
        Some(Format { toks })
    }

    /// Parses `s` completely (Python's `datetime.strptime`), or `None`.
    pub(crate) fn parse(&self, s: &str) -> Option<Stamp> {
        let mut caps: Vec<(char, usize, usize)> = Vec::with_capacity(self.toks.len());
        if !matches(&self.toks, s, 0, &mut caps) {
            return None;
        }
        build(s, &caps)
    }
}

/// Candidate match lengths of directive `d` at `s[pos..]`, in the order Python's regex tries them.
fn candidates(d: char, s: &str, pos: usize) -> Vec<usize> {
    let b = &s.as_bytes()[pos..];
    let mut out = Vec::new();
    if let Some(alts) = alternatives(d) {
        for alt in alts {
            if alt.len() <= b.len() && alt.iter().zip(b).all(|((lo, hi), c)| lo <= c && c <= hi) {
                out.push(alt.len());
            }
        }
        return out;
    }
    match d {
        'f' => {
            let n = b.iter().take(6).take_while(|c| c.is_ascii_digit()).count();
            out.extend((1..=n).rev());
        }
        'z' => {
            if b.first() == Some(&b'Z') {
                out.push(1);
            } else if matches!(b.first(), Some(b'+') | Some(b'-')) {
                // [+-]HH:?MM(:?SS(.ffffff)?)?  — greedy, longest first.
                let digits = |i: usize, n: usize| {
                    b.len() >= i + n && b[i..i + n].iter().all(u8::is_ascii_digit)
                };
                if digits(1, 2) {
                    let mut i = 3;
                    if b.get(i) == Some(&b':') {
                        i += 1;
                    }
                    if digits(i, 2) && b[i] <= b'5' {
                        i += 2;
                        let base = i;
                        let mut j = i;
                        if b.get(j) == Some(&b':') {
                            j += 1;
                        }
                        if digits(j, 2) && b[j] <= b'5' {
                            j += 2;
                            if b.get(j) == Some(&b'.') {
                                let n = b[j + 1..]
                                    .iter()
                                    .take(6)
                                    .take_while(|c| c.is_ascii_digit())
                                    .count();
                                if n > 0 {
                                    out.push(j + 1 + n);
                                }
                            }
                            out.push(j);
                        }
                        out.push(base);
                    }
                }
            }
        }
        'B' | 'b' | 'A' | 'a' | 'p' | 'Z' => {
            let names: Vec<String> = match d {
                'B' => EN_MONTHS
                    .iter()
                    .chain(ID_MONTHS.iter())
                    .map(|s| s.to_string())
                    .collect(),
                'b' => EN_MONTHS
                    .iter()
                    .map(|m| m[..3].to_string())
                    .chain(
                        ["mei", "agu", "agt", "ags", "okt", "des"]
                            .iter()
                            .map(|s| s.to_string()),
                    )
                    .collect(),
                'A' => EN_DAYS.iter().map(|s| s.to_string()).collect(),
                'a' => EN_DAYS.iter().map(|m| m[..3].to_string()).collect(),
                'p' => vec!["am".into(), "pm".into()],
                _ => vec!["utc".into(), "gmt".into()],
            };
            let mut lens: Vec<usize> = names
                .iter()
                .filter(|n| {
                    b.len() >= n.len()
                        && s.is_char_boundary(pos + n.len())
                        && s[pos..pos + n.len()].eq_ignore_ascii_case(n)
                })
                .map(|n| n.len())
                .collect();
            lens.sort_unstable_by(|a, b| b.cmp(a));
            lens.dedup();
            out = lens;
        }
        _ => {}
    }
    out
}

fn matches(toks: &[Tok], s: &str, pos: usize, caps: &mut Vec<(char, usize, usize)>) -> bool {
    let Some((tok, rest)) = toks.split_first() else {
        return pos == s.len();
    };
    match tok {
        Tok::Lit(c) => {
            let r = &s[pos..];
            let mut it = r.chars();
            match it.next() {
                // Python compiles the format with IGNORECASE.
                Some(x) if x == *c || (x.to_lowercase().eq(c.to_lowercase())) => {
                    matches(rest, s, pos + x.len_utf8(), caps)
                }
                _ => false,
            }
        }
        Tok::Space => {
            let r = &s[pos..];
            let mut end = pos;
            for ch in r.chars() {
                if ch.is_whitespace() {
                    end += ch.len_utf8();
                } else {
                    break;
                }
            }
            if end == pos {
                return false;
            }
            // `\s+` is greedy and backtracks.
            let mut e = end;
            while e > pos {
                if matches(rest, s, e, caps) {
                    return true;
                }
                e -= 1;
                while e > pos && !s.is_char_boundary(e) {
                    e -= 1;
                }
            }
            false
        }
        Tok::Dir(d) => {
            for len in candidates(*d, s, pos) {
                caps.push((*d, pos, pos + len));
                if matches(rest, s, pos + len, caps) {
                    return true;
                }
                caps.pop();
            }
            false
        }
    }
}

fn build(s: &str, caps: &[(char, usize, usize)]) -> Option<Stamp> {
    let mut year: i32 = 1900;
    let mut month: u32 = 1;
    let mut day: u32 = 1;
    let mut hour: u32 = 0;
    let mut minute: u32 = 0;
    let mut second: u32 = 0;
    let mut micro: u32 = 0;
    let mut offset = None;
    let mut pm: Option<bool> = None;
    let mut hour12: Option<u32> = None;
    let mut julian: Option<u32> = None;
    for &(d, a, b) in caps {
        let t = &s[a..b];
        let num = || t.trim().parse::<u32>().ok();
        match d {
            'Y' => year = num()? as i32,
            'y' => {
                let y = num()? as i32;
                year = if y <= 68 { 2000 + y } else { 1900 + y };
            }
            'm' => month = num()?,
            'B' | 'b' => month = month_number(t)?,
            'd' => day = num()?,
            'H' => hour = num()?,
            'I' => hour12 = Some(num()?),
            'M' => minute = num()?,
            'S' => second = num()?,
            'f' => micro = format!("{t:0<6}").parse().ok()?,
            'p' => pm = Some(t.eq_ignore_ascii_case("pm")),
            'j' => julian = Some(num()?),
            'z' => {
                if t == "Z" {
                    offset = Some(0);
                } else {
                    let sign = if t.starts_with('-') { -1 } else { 1 };
                    let digits: String = t[1..]
                        .split('.')
                        .next()
                        .unwrap_or("")
                        .chars()
                        .filter(char::is_ascii_digit)
                        .collect();
                    let h: i32 = digits.get(0..2)?.parse().ok()?;
                    let m: i32 = digits.get(2..4)?.parse().ok()?;
                    let sec: i32 = digits.get(4..6).and_then(|x| x.parse().ok()).unwrap_or(0);
                    offset = Some(sign * (h * 3600 + m * 60 + sec));
                }
            }
            'Z' => offset = Some(0),
            _ => {}
        }
    }
    if let Some(h) = hour12 {
        hour = match (h, pm) {
            (12, Some(false)) | (12, None) => 0,
            (12, Some(true)) => 12,
            (h, Some(true)) => h + 12,
            (h, _) => h,
        };
    }
    if !(1..=9999).contains(&year) {
        return None;
    }
    let date = match julian {
        Some(j) if !caps.iter().any(|c| matches!(c.0, 'm' | 'B' | 'b' | 'd')) => {
            NaiveDate::from_yo_opt(year, j)?
        }
        _ => NaiveDate::from_ymd_opt(year, month, day)?,
    };
    // Python's datetime refuses second 60/61 although the regex accepts them.
    let time = NaiveTime::from_hms_micro_opt(hour, minute, second, micro)?;
    if second > 59 {
        return None;
    }
    Some(Stamp { date, time, offset })
}

// --- fast paths -------------------------------------------------------------------------------

/// `%Y-%m-%d` as Python's strptime reads it (`2024-1-5` is valid, ` 5` is a valid day).
pub(crate) fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    // Fast path: exactly YYYY-MM-DD.
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let d = |i: usize| b[i].wrapping_sub(b'0') as u32;
        if b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        {
            let y = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
            let m = d(5) * 10 + d(6);
            let day = d(8) * 10 + d(9);
            // The regex accepts months 01–12 and days 01–31 in this shape.
            if y >= 1 && (1..=12).contains(&m) && (1..=31).contains(&day) {
                return NaiveDate::from_ymd_opt(y as i32, m, day);
            }
            return None;
        }
    }
    static F: OnceLock<Format> = OnceLock::new();
    F.get_or_init(|| Format::new("%Y-%m-%d").expect("valid format"))
        .parse(s)
        .map(|st| st.date)
}

/// `parse_iso_date(s).is_some()`, without building the date for the usual `YYYY-MM-DD`.
pub(crate) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    {
        let d = |i: usize| (b[i] - b'0') as u32;
        let y = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
        let m = d(5) * 10 + d(6);
        let day = d(8) * 10 + d(9);
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        let days = match m {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        return y >= 1 && (1..=12).contains(&m) && (1..=days).contains(&day);
    }
    parse_iso_date(s).is_some()
}

/// dateutil's `isoparse` for the default `datetime` format (after frictionless's guards:
/// `s[16] == ':'` and at least 19 characters).
pub(crate) fn parse_iso_datetime(s: &str) -> Option<Stamp> {
    let chars: Vec<char> = s.chars().take(20).collect();
    if chars.len() < 19 || chars[16] != ':' {
        return None;
    }
    let b = s.as_bytes();
    if b.len() < 11 || !s.is_char_boundary(10) {
        return None;
    }
    let date = parse_isodate_strict(&s[..10])?;
    // Any single character separates date and time.
    let sep_len = s[10..].chars().next()?.len_utf8();
    let (time, offset, next_day) = parse_isotime(&s[10 + sep_len..])?;
    let date = if next_day { date.succ_opt()? } else { date };
    Some(Stamp { date, time, offset })
}

/// dateutil's `isoparse("2000-01-01T" + s).timetz()` for the default `time` format (after
/// frictionless's guards: `s[5] == ':'` and at least 8 characters).
pub(crate) fn parse_iso_time(s: &str) -> Option<Stamp> {
    let chars: Vec<char> = s.chars().take(9).collect();
    if chars.len() < 8 || chars[5] != ':' {
        return None;
    }
    let (time, offset, _) = parse_isotime(s)?;
    Some(Stamp {
        date: NaiveDate::from_ymd_opt(2000, 1, 1)?,
        time,
        offset,
    })
}

fn parse_isodate_strict(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let n = |r: std::ops::Range<usize>| -> Option<u32> {
        let t = &s[r];
        t.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| t.parse().ok())
            .flatten()
    };
    NaiveDate::from_ymd_opt(n(0..4)? as i32, n(5..7)?, n(8..10)?)
}

/// `HH[:MM[:SS[.ffffff]]][tz]` → (time, offset, 24:00 rolled over).
fn parse_isotime(s: &str) -> Option<(NaiveTime, Option<i32>, bool)> {
    let b = s.as_bytes();
    let two = |i: usize| -> Option<u32> {
        if b.len() >= i + 2 && b[i].is_ascii_digit() && b[i + 1].is_ascii_digit() {
            Some(((b[i] - b'0') * 10 + (b[i + 1] - b'0')) as u32)
        } else {
            None
        }
    };
    let mut pos = 0;
    let mut comp = [0u32; 3];
    let mut has_sep: Option<bool> = None;
    let mut ncomp = 0;
    while ncomp < 3 && pos < b.len() && !matches!(b[pos], b'+' | b'-' | b'Z' | b'z' | b'.' | b',') {
        if ncomp > 0 {
            let sep = b[pos] == b':';
            match has_sep {
                None => has_sep = Some(sep),
                Some(h) if h != sep => return None,
                _ => {}
            }
            if sep {
                pos += 1;
            }
        }
        comp[ncomp] = two(pos)?;
        pos += 2;
        ncomp += 1;
    }
    if ncomp == 0 {
        return None;
    }
    let mut micro = 0u32;
    if ncomp == 3 && pos < b.len() && (b[pos] == b'.' || b[pos] == b',') {
        let digits: String = s[pos + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if digits.is_empty() {
            return None;
        }
        pos += 1 + digits.len();
        let six: String = format!("{:0<6}", &digits[..digits.len().min(6)]);
        micro = six.parse().ok()?;
    }
    let mut offset = None;
    if pos < b.len() {
        match b[pos] {
            b'Z' | b'z' => {
                offset = Some(0);
                pos += 1;
            }
            b'+' | b'-' => {
                let sign: i32 = if b[pos] == b'-' { -1 } else { 1 };
                let t = &s[pos + 1..];
                let tb = t.as_bytes();
                let (h, m, used) = match tb.len() {
                    2 => (two(pos + 1)?, 0, 2),
                    4 => (two(pos + 1)?, two(pos + 3)?, 4),
                    5 if tb[2] == b':' => (two(pos + 1)?, two(pos + 4)?, 5),
                    _ => return None,
                };
                if h > 23 || m > 59 {
                    return None;
                }
                offset = Some(sign * (h as i32 * 3600 + m as i32 * 60));
                pos += 1 + used;
            }
            _ => return None,
        }
    }
    if pos != b.len() {
        return None;
    }
    let [h, m, sec] = comp;
    if h == 24 {
        if m != 0 || sec != 0 || micro != 0 {
            return None;
        }
        return Some((NaiveTime::from_hms_opt(0, 0, 0)?, offset, true));
    }
    if sec > 59 {
        return None;
    }
    Some((
        NaiveTime::from_hms_micro_opt(h, m, sec, micro)?,
        offset,
        false,
    ))
}

/// An ISO 8601 duration as isodate reads it: `[+-]P[nY][nM][nW][nD][T[nH][nM][nS]]`, numbers
/// with an optional `,`/`.` fraction. Returns (months, seconds), signed, for comparisons.
pub(crate) fn parse_duration(s: &str) -> Option<(f64, f64)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut sign = 1.0;
    if matches!(b.first(), Some(b'+') | Some(b'-')) {
        if b[0] == b'-' {
            sign = -1.0;
        }
        i = 1;
    }
    if b.get(i) != Some(&b'P') {
        return None;
    }
    i += 1;
    // `P(?!\b)`: "P" cannot end the text (nor be followed by a non-word character).
    match b.get(i) {
        None => return None,
        Some(c) if !(c.is_ascii_alphanumeric() || *c == b'_') => return None,
        _ => {}
    }
    let units_date = [b'Y', b'M', b'W', b'D'];
    let units_time = [b'H', b'M', b'S'];
    let mut months = 0.0;
    let mut secs = 0.0;
    let mut in_time = false;
    let mut next_unit = 0usize;
    while i < b.len() {
        if b[i] == b'T' {
            if in_time {
                return None;
            }
            in_time = true;
            next_unit = 0;
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
        if i < b.len() && (b[i] == b',' || b[i] == b'.') {
            i += 1;
            let fs = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == fs {
                return None;
            }
        }
        let num: f64 = s[start..i].replace(',', ".").parse().ok()?;
        let unit = *b.get(i)?;
        i += 1;
        let units: &[u8] = if in_time { &units_time } else { &units_date };
        let pos = units[next_unit..].iter().position(|u| *u == unit)? + next_unit;
        next_unit = pos + 1;
        match (in_time, unit) {
            (false, b'Y') => months += num * 12.0,
            (false, b'M') => months += num,
            (false, b'W') => secs += num * 7.0 * 86400.0,
            (false, b'D') => secs += num * 86400.0,
            (true, b'H') => secs += num * 3600.0,
            (true, b'M') => secs += num * 60.0,
            (true, b'S') => secs += num,
            _ => return None,
        }
    }
    Some((sign * months, sign * secs))
}

/// A lenient reader for the `any` date/time format (dateutil's `parser.parse` is far more
/// lenient still; this covers ISO 8601, `dd/mm/yyyy`, `dd-mm-yyyy`, `yyyy/mm/dd` and
/// `26 November 2026` with English or Indonesian month names, each optionally followed by a
/// time).
pub(crate) fn parse_any(s: &str) -> Option<Stamp> {
    let t = s.trim();
    if let Some(st) = parse_iso_datetime(t) {
        return Some(st);
    }
    let (date_part, time_part) = match t.find(['T', ' ']) {
        Some(i) if t[..i].contains(['-', '/', '.']) => (&t[..i], Some(t[i + 1..].trim())),
        _ => (t, None),
    };
    let date = parse_date_loose(date_part).or_else(|| parse_date_loose(t))?;
    let used_whole = parse_date_loose(t).is_some();
    let (time, offset) = match time_part {
        Some(tp) if !used_whole && !tp.is_empty() => {
            let (tm, off, _) = parse_isotime(tp)?;
            (tm, off)
        }
        _ => (NaiveTime::from_hms_opt(0, 0, 0)?, None),
    };
    Some(Stamp { date, time, offset })
}

fn parse_date_loose(s: &str) -> Option<NaiveDate> {
    if let Some(d) = parse_iso_date(s) {
        return Some(d);
    }
    for f in [
        "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d %Y",
    ] {
        if let Some(st) = Format::new(f).and_then(|f| f.parse(s)) {
            return Some(st.date);
        }
    }
    None
}

/// The seconds since midnight of a time, for comparisons.
pub(crate) fn time_key(t: &NaiveTime) -> u64 {
    t.num_seconds_from_midnight() as u64 * 1_000_000 + (t.nanosecond() / 1000) as u64
}

/// Days since the Common Era of a date, for comparisons and keys.
pub(crate) fn day_key(d: &NaiveDate) -> i64 {
    d.num_days_from_ce() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_iso_date_agrees_with_parse() {
        for y in [
            "0000", "0001", "0004", "0100", "0400", "1900", "2000", "2023", "2024", "9999",
        ] {
            for m in 0..=13 {
                for d in 0..=32 {
                    let s = format!("{y}-{m:02}-{d:02}");
                    assert_eq!(is_iso_date(&s), parse_iso_date(&s).is_some(), "{s}");
                }
            }
        }
        for s in [
            "2024-1-05",
            "2024-01-5",
            "20240105",
            " 2024-01-05",
            "2024-01-0a",
            "",
        ] {
            assert_eq!(is_iso_date(s), parse_iso_date(s).is_some(), "{s}");
        }
    }

    #[test]
    fn strptime_like_python() {
        let f = Format::new("%d/%m/%Y").unwrap();
        assert_eq!(
            f.parse("5/1/2024").unwrap().date,
            NaiveDate::from_ymd_opt(2024, 1, 5).unwrap()
        );
        assert!(f.parse("32/01/2024").is_none());
        assert!(f.parse("29/02/2023").is_none());
        assert!(f.parse("01/01/2024 ").is_none());
        let f = Format::new("%d %B %Y").unwrap();
        assert_eq!(
            f.parse("17 Agustus 1945").unwrap().date,
            NaiveDate::from_ymd_opt(1945, 8, 17).unwrap()
        );
        assert_eq!(
            f.parse("26 november 2026").unwrap().date,
            NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
        );
        assert_eq!(
            parse_iso_date("2024-1-5"),
            NaiveDate::from_ymd_opt(2024, 1, 5)
        );
        assert!(parse_iso_date("2024-13-01").is_none());
        assert!(parse_iso_date("2024-02-30").is_none());
        assert!(parse_iso_date("24-01-05").is_none());
        let f = Format::new("%Y-%m-%dT%H:%M:%S%z").unwrap();
        assert_eq!(
            f.parse("2024-01-05T10:20:30+07:00").unwrap().offset,
            Some(25200)
        );
    }

    #[test]
    fn isoparse_like_dateutil() {
        assert!(parse_iso_datetime("2024-01-05T10:20:30").is_some());
        assert!(parse_iso_datetime("2024-01-05 10:20:30.123Z").is_some());
        assert_eq!(
            parse_iso_datetime("2024-01-05T10:20:30+0700")
                .unwrap()
                .offset,
            Some(25200)
        );
        assert!(parse_iso_datetime("2024-01-05T10:20").is_none());
        assert!(parse_iso_datetime("2024-01-05T25:20:30").is_none());
        assert!(parse_iso_time("10:20:30").is_some());
        assert!(parse_iso_time("1:20:30").is_none());
        assert!(parse_duration("P1Y2M3DT4H5M6S").is_some());
        assert!(parse_duration("PT0,5S").is_some());
        assert!(parse_duration("P").is_none());
        assert!(parse_duration("P1S").is_none());
        assert!(parse_duration("1Y").is_none());
        assert!(parse_any("26 November 2026").is_some());
        assert!(parse_any("05/01/2024").is_some());
    }
}
