//! Money in whole rupiah.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Sub};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ReplicationError;

/// An amount of money in whole rupiah (IDR has no minor unit in use). In JSON it is a plain
/// integer; [`fmt::Display`] writes it the Indonesian way, `Rp 12.500.000`.
///
/// Arithmetic saturates instead of overflowing, so hostile input can never panic a sum.
///
/// ```
/// use datago_core::replication::Rupiah;
/// let a = Rupiah::new(12_500_000);
/// assert_eq!(a.to_string(), "Rp 12.500.000");
/// assert_eq!((a + Rupiah::new(500)).to_string(), "Rp 12.500.500");
/// assert_eq!(Rupiah::new(-75_000).to_string(), "-Rp 75.000");
/// assert_eq!(Rupiah::parse("Rp 12.500.000").unwrap(), a);
/// assert_eq!(serde_json::to_string(&a).unwrap(), "12500000");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(transparent)]
#[schemars(description = "An amount of money in whole rupiah (integer).")]
pub struct Rupiah(pub i64);

impl Rupiah {
    /// Zero rupiah.
    pub const ZERO: Rupiah = Rupiah(0);

    /// An amount in whole rupiah.
    pub const fn new(amount: i64) -> Rupiah {
        Rupiah(amount)
    }

    /// The amount in whole rupiah.
    pub const fn amount(self) -> i64 {
        self.0
    }

    /// True when below zero.
    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// Reads an amount as people write it: `Rp 12.500.000`, `Rp12.500.000,00`, `12500000`,
    /// `12.500.000`, `-Rp 5.000`. Dots (and spaces) group thousands; a comma starts the sen,
    /// which must be zero.
    ///
    /// ```
    /// use datago_core::replication::Rupiah;
    /// assert_eq!(Rupiah::parse("Rp12.500.000,00").unwrap().amount(), 12_500_000);
    /// assert_eq!(Rupiah::parse("-Rp 5.000").unwrap().amount(), -5_000);
    /// assert_eq!(Rupiah::parse("Rp 1.234,50").unwrap_err().code(), "replication.invalid-amount");
    /// assert!(Rupiah::parse("dua juta").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Rupiah, ReplicationError> {
        let invalid = || ReplicationError::InvalidAmount {
            value: text.to_string(),
        };
        let mut s = text.trim();
        let negative = s.starts_with('-');
        if negative {
            s = s[1..].trim_start();
        }
        for prefix in ["Rp.", "Rp", "RP", "rp", "IDR"] {
            if let Some(rest) = s.strip_prefix(prefix) {
                s = rest.trim_start();
                break;
            }
        }
        let (whole, sen) = match s.split_once(',') {
            Some((w, f)) => (w, Some(f)),
            None => (s, None),
        };
        if let Some(f) = sen {
            if f.is_empty() || !f.chars().all(|c| c == '0') {
                return Err(invalid());
            }
        }
        let digits: String = whole.chars().filter(|c| *c != '.' && *c != ' ').collect();
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(invalid());
        }
        let n: i64 = digits.parse().map_err(|_| invalid())?;
        Ok(Rupiah(if negative { -n } else { n }))
    }

    /// Adds without overflowing (saturates at the limits of `i64`).
    pub const fn saturating_add(self, other: Rupiah) -> Rupiah {
        Rupiah(self.0.saturating_add(other.0))
    }
}

impl fmt::Display for Rupiah {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.0.unsigned_abs().to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push('.');
            }
            grouped.push(c);
        }
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}Rp {grouped}")
    }
}

impl Add for Rupiah {
    type Output = Rupiah;
    fn add(self, other: Rupiah) -> Rupiah {
        self.saturating_add(other)
    }
}

impl Sub for Rupiah {
    type Output = Rupiah;
    fn sub(self, other: Rupiah) -> Rupiah {
        Rupiah(self.0.saturating_sub(other.0))
    }
}

impl Sum for Rupiah {
    fn sum<I: Iterator<Item = Rupiah>>(iter: I) -> Rupiah {
        iter.fold(Rupiah::ZERO, Rupiah::saturating_add)
    }
}

impl From<i64> for Rupiah {
    fn from(amount: i64) -> Rupiah {
        Rupiah(amount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_dots() {
        let cases = [
            (0, "Rp 0"),
            (7, "Rp 7"),
            (999, "Rp 999"),
            (1_000, "Rp 1.000"),
            (12_500_000, "Rp 12.500.000"),
            (-1_000_000, "-Rp 1.000.000"),
            (i64::MIN, "-Rp 9.223.372.036.854.775.808"),
        ];
        for (n, want) in cases {
            assert_eq!(Rupiah(n).to_string(), want);
        }
    }

    #[test]
    fn parses_what_it_writes() {
        for n in [0, 5, 1_000, 12_500_000, -42_000, i64::MAX] {
            assert_eq!(Rupiah::parse(&Rupiah(n).to_string()).unwrap(), Rupiah(n));
        }
        for bad in [
            "",
            "Rp",
            "Rp -",
            "1,5",
            "12a",
            "99999999999999999999",
            "--5",
        ] {
            assert!(Rupiah::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sums_saturate() {
        let s: Rupiah = [Rupiah(i64::MAX), Rupiah(1)].into_iter().sum();
        assert_eq!(s, Rupiah(i64::MAX));
    }
}
