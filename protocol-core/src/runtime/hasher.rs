//! A hasher for the registry's keys, pairs of `TypeId`s.
//!
//! A `TypeId` is already a hash: since Rust 1.72 it is 128 bits of a stable hash of the
//! type, and its `Hash` impl feeds only 64 of them to the hasher, with one `write_u64`
//! call. Mixing them again, as `SipHash` does, buys nothing; this hasher combines the two
//! calls of a key with a rotate and an xor.

use core::hash::{BuildHasher, Hasher};

/// Builds [`PairHasher`]s.
#[derive(Clone, Copy, Default)]
pub(crate) struct BuildPairHasher;

impl BuildHasher for BuildPairHasher {
    type Hasher = PairHasher;

    #[inline]
    fn build_hasher(&self) -> PairHasher {
        PairHasher(0)
    }
}

/// Combines the 64-bit words it is given; see the module's documentation.
#[derive(Clone, Copy)]
pub(crate) struct PairHasher(u64);

impl Hasher for PairHasher {
    #[inline]
    fn write_u64(&mut self, word: u64) {
        self.0 = self.0.rotate_left(23) ^ word;
    }

    /// Not called for `TypeId`s today; correct (if slower) should their `Hash` change.
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::{BuildPairHasher, PairHasher};
    use core::any::TypeId;
    use core::hash::{BuildHasher, Hasher};

    #[test]
    fn distinct_pairs_hash_apart() {
        let ids = [TypeId::of::<u8>(), TypeId::of::<u16>(), TypeId::of::<str>()];
        let mut hashes = std::vec::Vec::new();
        for a in ids {
            for b in ids {
                hashes.push(BuildPairHasher.hash_one((a, b)));
            }
        }
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), 9);
    }

    #[test]
    fn byte_input_is_folded_into_words() {
        let mut hasher = PairHasher(0);
        hasher.write(&[1, 0, 0, 0, 0, 0, 0, 0, 2]);
        assert_eq!(hasher.finish(), 1_u64.rotate_left(23) ^ 2);
    }
}
