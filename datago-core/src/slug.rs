//! URL slugs with CKAN's rules (`ckan/logic/validators.py`, `name_validator`): 2–100 characters
//! of lowercase ASCII letters, digits, `-` and `_`, and not one of CKAN's reserved words.

/// Shortest slug CKAN accepts.
pub const MIN_LEN: usize = 2;
/// Longest slug CKAN accepts (`PACKAGE_NAME_MAX_LENGTH`).
pub const MAX_LEN: usize = 100;
/// Words CKAN reserves for its own routes.
pub const RESERVED: [&str; 3] = ["new", "edit", "search"];

/// Why a slug is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlugProblem {
    /// Shorter than [`MIN_LEN`].
    TooShort,
    /// Longer than [`MAX_LEN`].
    TooLong,
    /// Has a character other than `a-z`, `0-9`, `-`, `_`.
    BadCharacter,
    /// One of [`RESERVED`].
    Reserved,
}

impl SlugProblem {
    /// Reason in Bahasa Indonesia.
    pub fn reason_id(self) -> &'static str {
        match self {
            SlugProblem::TooShort => "minimal 2 karakter",
            SlugProblem::TooLong => "maksimal 100 karakter",
            SlugProblem::BadCharacter => {
                "hanya huruf kecil a-z, angka, '-' dan '_' (tanpa spasi atau huruf besar)"
            }
            SlugProblem::Reserved => "kata 'new', 'edit' dan 'search' dicadangkan",
        }
    }

    /// Reason in English.
    pub fn reason_en(self) -> &'static str {
        match self {
            SlugProblem::TooShort => "it must have at least 2 characters",
            SlugProblem::TooLong => "it must have at most 100 characters",
            SlugProblem::BadCharacter => {
                "only lowercase a-z, digits, '-' and '_' are allowed (no spaces or capitals)"
            }
            SlugProblem::Reserved => "'new', 'edit' and 'search' are reserved",
        }
    }
}

/// Checks a slug against CKAN's rules.
///
/// ```
/// use datago_core::slug::{check, SlugProblem};
/// assert_eq!(check("jumlah-penduduk_2024"), Ok(()));
/// assert_eq!(check("a"), Err(SlugProblem::TooShort));
/// assert_eq!(check("Jumlah Penduduk"), Err(SlugProblem::BadCharacter));
/// assert_eq!(check("search"), Err(SlugProblem::Reserved));
/// ```
pub fn check(slug: &str) -> Result<(), SlugProblem> {
    if !slug
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    {
        return Err(SlugProblem::BadCharacter);
    }
    if slug.len() < MIN_LEN {
        return Err(SlugProblem::TooShort);
    }
    if slug.len() > MAX_LEN {
        return Err(SlugProblem::TooLong);
    }
    if RESERVED.contains(&slug) {
        return Err(SlugProblem::Reserved);
    }
    Ok(())
}

/// True when `slug` passes [`check`].
pub fn is_valid(slug: &str) -> bool {
    check(slug).is_ok()
}

/// Makes a valid slug from a title: lowercases, folds common Latin diacritics, turns every run
/// of other characters into one `-`, trims to 100 characters. Returns `None` when nothing usable
/// is left (e.g. a title of only punctuation, or one that folds to a reserved word).
///
/// ```
/// use datago_core::slug::slugify;
/// assert_eq!(slugify("Jumlah Penduduk Kota Magelang 2024").as_deref(), Some("jumlah-penduduk-kota-magelang-2024"));
/// assert_eq!(slugify("  Café & Résumé!! ").as_deref(), Some("cafe-resume"));
/// assert_eq!(slugify("!!!"), None);
/// ```
pub fn slugify(title: &str) -> Option<String> {
    let mut out = String::with_capacity(title.len());
    let mut dash = false;
    for c in title.chars() {
        let folded = fold(c);
        let mut pushed = false;
        for f in folded.chars() {
            let f = f.to_ascii_lowercase();
            if f.is_ascii_alphanumeric() || f == '_' {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(f);
                pushed = true;
            }
        }
        if !pushed {
            dash = true;
        }
    }
    if out.len() > MAX_LEN {
        out.truncate(MAX_LEN);
        while out.ends_with('-') {
            out.pop();
        }
    }
    if check(&out).is_ok() {
        Some(out)
    } else {
        None
    }
}

fn fold(c: char) -> String {
    let s = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ñ' | 'Ñ' => "n",
        'ç' | 'Ç' => "c",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'ø' | 'Ø' => "o",
        _ => return c.to_string(),
    };
    s.to_string()
}
