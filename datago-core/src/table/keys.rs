//! Compact hashing of typed keys for `unique`, `primaryKey` and `foreignKeys`.
//!
//! A distinct key costs one 16-byte slot: a 96-bit fingerprint of the key's canonical bytes and
//! the 32-bit row number where it was last seen (frictionless-py's notes name that row). The
//! open-addressing table grows by ×1.5 at a load of 3/4, so at rest it holds at least one key per
//! two slots: **≤ 32 bytes per distinct key** (24–26 on average), whatever the key's length.
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
    let mut buf = [0u8; 8];
    let n = b.len().min(8);
    buf[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(buf)
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
                s.row = row32;
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
}
