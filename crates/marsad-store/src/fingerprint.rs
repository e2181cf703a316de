//! Content hashes (exact duplicates) and MinHash signatures over shingles of search keys
//! (near-duplicates: rewrites of the same wire story).
//!
//! The caller supplies the keys (lossy-normalized words), so spelling variants such as
//! أمريكا/امريكا do not make two copies of a story look different; this module knows nothing
//! about Arabic.

use xxhash_rust::xxh3::{xxh3_128, xxh3_64};

/// 128-bit hash of a document's text (surrounding whitespace ignored).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContentHash(pub [u8; 16]);

impl ContentHash {
    pub fn of_text(text: &str) -> Self {
        ContentHash(xxh3_128(text.trim().as_bytes()).to_be_bytes())
    }
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Number of hash functions in a signature.
pub const PERMUTATIONS: usize = 64;
/// LSH banding: `BANDS` bands of `ROWS` values; two documents become candidates when one band
/// is equal. With 16 × 4, a pair at Jaccard 0.5 is found with probability 0.64, at 0.7 with
/// 0.98; candidates are then checked against [`NEAR_DUPLICATE_JACCARD`].
pub const BANDS: usize = 16;
pub const ROWS: usize = PERMUTATIONS / BANDS;
/// Estimated Jaccard similarity of shingle sets from which two documents are near-duplicates.
pub const NEAR_DUPLICATE_JACCARD: f32 = 0.5;
/// Words per shingle.
pub const SHINGLE: usize = 3;

/// A MinHash signature of a document's word shingles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinHash(pub [u32; PERMUTATIONS]);

impl MinHash {
    /// Signature of the shingles of `keys` (the document's word keys in order). `None` when
    /// there are fewer than [`SHINGLE`] keys: too short to call anything a rewrite.
    pub fn of_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> Option<MinHash> {
        let hashes: Vec<u64> = keys.into_iter().map(|k| xxh3_64(k.as_bytes())).collect();
        if hashes.len() < SHINGLE {
            return None;
        }
        let mut sig = [u32::MAX; PERMUTATIONS];
        for w in hashes.windows(SHINGLE) {
            let mut h = 0xcbf2_9ce4_8422_2325u64;
            for x in w {
                h = (h ^ x).wrapping_mul(0x0100_0000_01b3).rotate_left(23);
            }
            for (i, slot) in sig.iter_mut().enumerate() {
                let v = permute(h, i as u64);
                if v < *slot {
                    *slot = v;
                }
            }
        }
        Some(MinHash(sig))
    }

    /// Estimated Jaccard similarity: the share of equal values.
    pub fn similarity(&self, other: &MinHash) -> f32 {
        let same = self.0.iter().zip(other.0.iter()).filter(|(a, b)| a == b).count();
        same as f32 / PERMUTATIONS as f32
    }

    /// The LSH band keys (band index mixed in).
    pub fn bands(&self) -> [u64; BANDS] {
        let mut out = [0u64; BANDS];
        for (b, slot) in out.iter_mut().enumerate() {
            let mut bytes = [0u8; ROWS * 4 + 1];
            bytes[0] = b as u8;
            for (r, v) in self.0[b * ROWS..(b + 1) * ROWS].iter().enumerate() {
                bytes[1 + r * 4..5 + r * 4].copy_from_slice(&v.to_le_bytes());
            }
            *slot = xxh3_64(&bytes);
        }
        out
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    pub fn from_bytes(b: &[u8]) -> Option<MinHash> {
        if b.len() != PERMUTATIONS * 4 {
            return None;
        }
        let mut sig = [0u32; PERMUTATIONS];
        for (i, c) in b.chunks_exact(4).enumerate() {
            sig[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
        Some(MinHash(sig))
    }
}

/// The i-th hash function: a seeded 64-bit mix (splitmix64 finalizer), high half.
fn permute(h: u64, i: u64) -> u32 {
    let mut x = h ^ i.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(0x632b_e59b_d9b4_e019);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^= x >> 31;
    (x >> 32) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn rewrite_is_similar_and_other_story_is_not() {
        let a = "the foreign minister met his russian counterpart in moscow on thursday to discuss the nuclear deal and regional security and the war in syria and yemen";
        let b = "the foreign minister met his russian counterpart in moscow on thursday to discuss the nuclear agreement and regional security and the war in syria and yemen";
        let c = "heavy rain flooded the streets of the capital on monday and schools were closed while the weather office warned of more storms this week";
        let (a, b, c) = (MinHash::of_keys(words(a)).unwrap(), MinHash::of_keys(words(b)).unwrap(), MinHash::of_keys(words(c)).unwrap());
        assert!(a.similarity(&b) >= NEAR_DUPLICATE_JACCARD, "{}", a.similarity(&b));
        assert!(a.similarity(&c) < 0.2, "{}", a.similarity(&c));
        assert_eq!(MinHash::from_bytes(&a.to_bytes()), Some(a.clone()));
        assert!(a.bands().iter().zip(b.bands().iter()).any(|(x, y)| x == y));
    }

    #[test]
    fn short_texts_have_no_signature() {
        assert_eq!(MinHash::of_keys(["a", "b"]), None);
    }
}
