//! Compact hashing of typed keys for `unique`, `primaryKey` and `foreignKeys`.
//!
//! A distinct key costs one 16-byte slot: a 96-bit fingerprint of the key's canonical bytes and
//! the 32-bit row number where it was last seen (frictionless-py's notes name that row). The
//! open-addressing table grows by ×1.5 at a load of 3/4, so at rest it holds at least one key per
//! two slots: **≤ 32 bytes per distinct key** (24–26 on average), whatever the key's length.
//!
//! A primary key of one integer field is mostly a run of consecutive values on consecutive rows
//! (`1, 2, 3, …`): [`IntKeys`] keeps such runs as ranges (24 bytes a run) and only the values
//! outside them in the table.
//!
//! Two different keys collide with probability about n²/2⁹⁷ (≈ 10⁻¹³ for 100 million keys); a
//! collision would show as a false `unique-error`. The hash is fast, not cryptographic: a file
//! crafted to collide could produce one.

/// A 96-bit fingerprint (never all zero: zero marks an empty slot).
pub(crate) type Key = [u32; 3];

const P0: u64 = 0x9E37_79B9_7F4A_7C15;
const P1: u64 = 0xC2B2_AE3D_27D4_EB4F;
const P2: u64 = 0x1656_67B1_9E37_79F9;
const P3: u64 = 0xD6E8_FEB8_6659_FD93;
const P4: u64 = 0xA076_1D64_78BD_642F;

#[inline]
fn mix(a: u64, b: u64) -> u64 {
    let r = (a as u128).wrapping_mul(b as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

#[inline]
fn read_u64(b: &[u8]) -> u64 {
    match b.first_chunk::<8>() {
        Some(head) => u64::from_le_bytes(*head),
        None => b.iter().rev().fold(0, |word, &x| word << 8 | x as u64),
    }
}

/// Fingerprint of `data`.
pub(crate) fn hash96(data: &[u8]) -> Key {
    let len = data.len() as u64;
    let mut h1 = P0 ^ len.wrapping_mul(P4);
    let mut h2 = P1.wrapping_add(len);
    let mut chunks = data.chunks_exact(16);
    for c in &mut chunks {
        let a = read_u64(&c[..8]);
        let b = read_u64(&c[8..]);
        h1 = mix(h1 ^ a, P2 ^ b);
        h2 = mix(h2 ^ b, P3 ^ a.rotate_left(23));
    }
    let rest = chunks.remainder();
    let a = read_u64(rest);
    let b = if rest.len() > 8 {
        read_u64(&rest[8..])
    } else {
        0
    };
    h1 = mix(h1 ^ a ^ P3, P2 ^ b ^ len);
    h2 = mix(h2 ^ b ^ P0, P4 ^ a.rotate_left(29));
    let x = mix(h1 ^ P1, h2 ^ P4);
    let y = mix(h2 ^ P2, h1.rotate_left(31) ^ P3);
    let mut k = [x as u32, (x >> 32) as u32, y as u32];
    if k == [0, 0, 0] {
        k[0] = 1;
    }
    k
}

#[derive(Clone, Copy, Default)]
struct Slot {
    key: Key,
    row: u32,
}

/// A set of key fingerprints, each with the row it was last seen in.
#[derive(Default)]
pub(crate) struct KeySet {
    slots: Vec<Slot>,
    len: usize,
}

impl KeySet {
    /// Number of distinct keys.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Bytes held by the table.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>()
    }

    #[inline]
    fn home(key: &Key, cap: usize) -> usize {
        let h = (key[0] as u64) | ((key[1] as u64) << 32);
        ((h as u128 * cap as u128) >> 64) as usize
    }

    /// Inserts `key` seen at `row`; returns the row it was seen at before, if any (and remembers
    /// `row` as the latest).
    pub(crate) fn insert(&mut self, key: Key, row: u64) -> Option<u64> {
        self.put(key, row, true)
    }

    /// Inserts `key` at `row` unless it is there already (whose row stays).
    pub(crate) fn insert_absent(&mut self, key: Key, row: u64) {
        self.put(key, row, false);
    }

    #[inline]
    fn put(&mut self, key: Key, row: u64, replace: bool) -> Option<u64> {
        if (self.len + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let row32 = row.min(u32::MAX as u64) as u32;
        let cap = self.slots.len();
        let mut i = Self::home(&key, cap);
        loop {
            let s = &mut self.slots[i];
            if s.key == [0, 0, 0] {
                *s = Slot { key, row: row32 };
                self.len += 1;
                return None;
            }
            if s.key == key {
                let prev = s.row as u64;
                if replace {
                    s.row = row32;
                }
                return Some(prev);
            }
            i += 1;
            if i == cap {
                i = 0;
            }
        }
    }

    /// Reads the slot where `key` would start its probe, so that a later [`KeySet::insert`]
    /// finds it in cache; returns the slot's row (meaningless, for `black_box`).
    #[inline]
    pub(crate) fn touch(&self, key: &Key) -> u32 {
        let cap = self.slots.len();
        if cap == 0 {
            return 0;
        }
        self.slots[Self::home(key, cap)].row
    }

    /// True when `key` is in the set.
    pub(crate) fn contains(&self, key: &Key) -> bool {
        let cap = self.slots.len();
        if cap == 0 {
            return false;
        }
        let mut i = Self::home(key, cap);
        loop {
            let s = &self.slots[i];
            if s.key == [0, 0, 0] {
                return false;
            }
            if &s.key == key {
                return true;
            }
            i += 1;
            if i == cap {
                i = 0;
            }
        }
    }

    fn grow(&mut self) {
        let new_cap = if self.slots.is_empty() {
            64
        } else {
            self.slots.len() + self.slots.len() / 2
        };
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); new_cap]);
        for s in old {
            if s.key != [0, 0, 0] {
                let mut i = Self::home(&s.key, new_cap);
                while self.slots[i].key != [0, 0, 0] {
                    i += 1;
                    if i == new_cap {
                        i = 0;
                    }
                }
                self.slots[i] = s;
            }
        }
    }
}

/// The key of an integer value of a one-field key: the same bytes as the general path hashes
/// (the canonical bytes behind their length).
pub(crate) fn int_key(v: i64) -> Key {
    let mut canon = Vec::with_capacity(24);
    super::types::canonical_int(v as i128, &mut canon);
    let mut key = Vec::with_capacity(canon.len() + 4);
    key.extend_from_slice(&(canon.len() as u32).to_le_bytes());
    key.extend_from_slice(&canon);
    hash96(&key)
}

/// Values `lo..=hi` seen on rows `row..` in order.
#[derive(Debug, Clone, Copy)]
struct Run {
    lo: i64,
    hi: i64,
    row: u64,
}

impl Run {
    fn last_row(&self) -> u64 {
        self.row + self.hi.abs_diff(self.lo)
    }
}

/// The values of an integer key: runs of consecutive values on consecutive rows as ranges, the
/// rest in a [`KeySet`] (the caller's, shared with keys of the same field read otherwise).
///
/// Every run starts above every value seen before it, so the runs are sorted and disjoint, and
/// a value in the set is never inside a later run: the set holds the latest occurrence of a
/// value it has, and is asked first.
#[derive(Debug, Default)]
pub(crate) struct IntKeys {
    runs: Vec<Run>,
    /// The largest value put in the set.
    set_max: Option<i64>,
}

impl IntKeys {
    /// Shorter runs go to the set when the next run starts (≤ 6 bytes a value in runs).
    const MIN_RUN: u64 = 4;

    /// The largest value seen.
    fn max(&self) -> Option<i64> {
        match (self.runs.last().map(|r| r.hi), self.set_max) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        }
    }

    /// True when [`IntKeys::insert`] of `v` looks in the set.
    #[inline]
    pub(crate) fn uses_set(&self, v: i64) -> bool {
        self.max().is_some_and(|m| v <= m)
    }

    /// Records `v` seen at `row` (rows only grow); returns the row where it was seen last.
    #[inline]
    pub(crate) fn insert(&mut self, v: i64, row: u64, set: &mut KeySet) -> Option<u64> {
        let max = self.max();
        if let Some(last) = self.runs.last_mut() {
            if max.is_some_and(|m| m < v)
                && Some(v) == last.hi.checked_add(1)
                && last.last_row() + 1 == row
            {
                last.hi = v;
                return None;
            }
        }
        if max.is_none_or(|m| m < v) {
            self.start_run(v, row, set);
            return None;
        }
        self.set_max = Some(self.set_max.map_or(v, |m| m.max(v)));
        if let Some(prev) = set.insert(int_key(v), row) {
            return Some(prev);
        }
        let i = self.runs.partition_point(|r| r.hi < v);
        self.runs
            .get(i)
            .filter(|r| r.lo <= v)
            .map(|r| r.row + v.abs_diff(r.lo))
    }

    fn start_run(&mut self, v: i64, row: u64, set: &mut KeySet) {
        if let Some(last) = self.runs.last().copied() {
            if last.hi.abs_diff(last.lo) + 1 < Self::MIN_RUN {
                self.runs.pop();
                // A value repeated since is in the set already, with its later row.
                for (k, x) in (last.lo..=last.hi).enumerate() {
                    set.insert_absent(int_key(x), last.row + k as u64);
                }
                self.set_max = Some(self.set_max.map_or(last.hi, |m| m.max(last.hi)));
            }
        }
        self.runs.push(Run { lo: v, hi: v, row });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_and_repeated_keys() {
        let mut s = KeySet::default();
        for i in 0..100_000u64 {
            assert_eq!(s.insert(hash96(i.to_string().as_bytes()), i + 2), None);
        }
        assert_eq!(s.len(), 100_000);
        assert_eq!(s.insert(hash96(b"5"), 9), Some(7));
        assert_eq!(s.insert(hash96(b"5"), 10), Some(9));
        assert!(s.contains(&hash96(b"99999")));
        assert!(!s.contains(&hash96(b"100000")));
        // ≤ 32 bytes per distinct key at rest.
        assert!(s.heap_bytes() <= 32 * s.len(), "{} bytes", s.heap_bytes());
        assert_ne!(hash96(b""), hash96(b"\0"));
        assert_ne!(hash96(b"abcdefghijklmnop"), hash96(b"abcdefghijklmnoq"));
    }

    /// [`IntKeys`] answers as a plain map from value to last row does.
    #[test]
    fn int_keys_match_a_map() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        for case in 0..200 {
            let mut keys = IntKeys::default();
            let mut set = KeySet::default();
            let mut map = std::collections::HashMap::new();
            let mut v: i64 = next(5) as i64 - 2;
            let mut row = 2;
            for _ in 0..(50 + case * 10) {
                // Mostly consecutive, with jumps back and forth, repeats and skipped rows.
                v = match next(10) {
                    0 => v - next(30) as i64,
                    1 => v + next(30) as i64,
                    2 => v,
                    _ => v + 1,
                };
                row += 1 + (next(8) == 0) as u64;
                let expected = map.insert(v, row);
                assert_eq!(
                    keys.insert(v, row, &mut set),
                    expected,
                    "case {case}: {v} at {row}"
                );
            }
        }
        let mut keys = IntKeys::default();
        let mut set = KeySet::default();
        for (i, v) in (1..=100_000).enumerate() {
            assert_eq!(keys.insert(v, i as u64 + 2, &mut set), None);
        }
        assert_eq!((set.len(), keys.runs.len()), (0, 1));
        assert_eq!(keys.insert(5, 100_002, &mut set), Some(6));
        assert_eq!(keys.insert(5, 100_003, &mut set), Some(100_002));
        assert_eq!(keys.insert(i64::MAX, 100_004, &mut set), None);
        assert_eq!(keys.insert(i64::MIN, 100_005, &mut set), None);
        assert_eq!(keys.insert(i64::MAX, 100_006, &mut set), Some(100_004));
    }
}
