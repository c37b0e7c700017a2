//! Character encodings of CSV files: UTF-8 (with or without BOM) and the single-byte
//! Windows-1252 / ISO-8859-1 that spreadsheet programs on Indonesian Windows installs write.

use serde::{Deserialize, Serialize};

/// A text encoding DataGO reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    /// UTF-8 (a leading BOM is skipped).
    Utf8,
    /// Windows-1252 (cp1252), a superset of ISO-8859-1 for printable characters.
    Windows1252,
    /// ISO-8859-1 (latin-1): every byte is the code point of the same number.
    Latin1,
}

impl Encoding {
    /// Reads an IANA / Python encoding name (`utf-8`, `utf-8-sig`, `cp1252`, `windows-1252`,
    /// `latin-1`, `iso-8859-1`, `ascii`, case-insensitive).
    ///
    /// ```
    /// use datago_core::table::Encoding;
    /// assert_eq!(Encoding::parse("UTF8"), Some(Encoding::Utf8));
    /// assert_eq!(Encoding::parse("cp1252"), Some(Encoding::Windows1252));
    /// assert_eq!(Encoding::parse("utf-16"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Encoding> {
        let n: String = name
            .trim()
            .chars()
            .filter(|c| *c != '-' && *c != '_' && *c != ' ')
            .collect::<String>()
            .to_ascii_lowercase();
        match n.as_str() {
            "utf8" | "utf8sig" | "ascii" | "usascii" => Some(Encoding::Utf8),
            "windows1252" | "cp1252" | "win1252" => Some(Encoding::Windows1252),
            "latin1" | "iso88591" | "l1" | "iso885915" => Some(Encoding::Latin1),
            _ => None,
        }
    }

    /// The IANA name (`utf-8`, `windows-1252`, `iso-8859-1`).
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Latin1 => "iso-8859-1",
        }
    }
}

/// How many leading bytes [`detect`] looks at.
pub(crate) const SAMPLE_BYTES: usize = 64 * 1024;

/// Detects the encoding of a file from its first bytes: UTF-8 when they are valid UTF-8 (a
/// sequence cut at the end of the sample is allowed), Windows-1252 otherwise. `complete` says
/// the sample is the whole file.
pub(crate) fn detect(sample: &[u8], complete: bool) -> Encoding {
    match std::str::from_utf8(sample) {
        Ok(_) => Encoding::Utf8,
        // `error_len() == None`: the sample ends inside a sequence, which the rest completes.
        Err(e) if e.error_len().is_none() && !complete => Encoding::Utf8,
        Err(_) => Encoding::Windows1252,
    }
}

/// Length of a byte-order mark at the start of `bytes` and the encoding it announces (`None`
/// for UTF-16/32, which DataGO does not read).
pub(crate) fn bom(bytes: &[u8]) -> Option<(usize, Option<Encoding>)> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        Some((3, Some(Encoding::Utf8)))
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        Some((2, None))
    } else {
        None
    }
}

const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];

/// Appends `bytes`, read in a single-byte `encoding`, to `out` as UTF-8. ASCII bytes (and so the
/// delimiters, quotes and line ends) keep their value.
pub(crate) fn transcode_single_byte(encoding: Encoding, bytes: &[u8], out: &mut Vec<u8>) {
    out.reserve(bytes.len() + bytes.len() / 8);
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            continue;
        }
        out.extend_from_slice(&bytes[start..i]);
        start = i + 1;
        let cp = match encoding {
            Encoding::Windows1252 if (0x80..0xA0).contains(&b) => CP1252_HIGH[(b - 0x80) as usize],
            _ => b as u16,
        };
        let c = char::from_u32(cp as u32).unwrap_or('\u{FFFD}');
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    out.extend_from_slice(&bytes[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_and_transcoding() {
        assert_eq!(detect("café".as_bytes(), true), Encoding::Utf8);
        assert_eq!(detect(b"caf\xE9", true), Encoding::Windows1252);
        assert_eq!(detect(b"caf\xC3", false), Encoding::Utf8);
        let mut out = Vec::new();
        transcode_single_byte(Encoding::Windows1252, b"caf\xE9 \x80 \x96", &mut out);
        assert_eq!(String::from_utf8(out).unwrap(), "café € –");
        let mut out = Vec::new();
        transcode_single_byte(Encoding::Latin1, b"\x80", &mut out);
        assert_eq!(String::from_utf8(out).unwrap(), "\u{80}");
    }
}
