//! The registry: the linker-gathered slice of [`Entry`]s, and the hash table built from it
//! on the first lookup.

use core::any::{Any, TypeId};
use core::hash::BuildHasher;
use std::boxed::Box;
use std::sync::OnceLock;
use std::vec;
use std::vec::Vec;

use super::entry::Entry;
use super::hasher::BuildPairHasher;

/// Every registration in the program, gathered by the linker: `register!` adds one element
/// per conformance, from any crate, and nothing runs before `main` to collect them.
#[linkme::distributed_slice]
#[linkme(crate = linkme)]
pub static CONFORMANCES: [Entry];

/// A table of conformances: `(TypeId of dyn P, TypeId of the concrete type)` → that
/// conformance's `Caster<dyn P>`, its type erased.
///
/// The casts use [`Registry::global`], built from `CONFORMANCES`; benchmarks build
/// smaller ones with [`Registry::new`].
///
/// Open addressing with linear probing over an index at most a quarter full, whose slots
/// hold 32 bits of the key's hash beside the position of the conformance: a lookup hashes
/// the key's two words (see the `hasher` module), and usually reads one slot and, on a hit,
/// one conformance. It is built once and never changes, so it needs neither deletion nor
/// growth; on this one job it beats the standard `HashMap` (see `benches/RESULTS.md`).
pub struct Registry {
    /// Distinct conformances, in the order first seen.
    conformances: Vec<Registered>,
    /// A power of two of slots, at least 8 and at least 4 per conformance. A slot is 0
    /// when empty, else `tag << 32 | position + 1` (see [`Hash`]).
    index: Box<[u64]>,
    /// 64 less the base-2 logarithm of the number of slots.
    shift: u32,
}

/// One conformance in a [`Registry`].
struct Registered {
    concrete: TypeId,
    protocol: TypeId,
    caster: &'static (dyn Any + Sync),
}

/// Where a key's probe starts, and the tag its slot holds.
struct Hash {
    home: usize,
    tag: u64,
}

impl Hash {
    /// Fibonacci hashing: the top bits of the hash times 2⁶⁴/φ pick the slot, so every bit
    /// of the two words counts; its low 32 bits are the tag.
    #[inline]
    fn of(protocol: TypeId, concrete: TypeId, shift: u32) -> Self {
        const PHI: u64 = 0x9E37_79B9_7F4A_7C15;
        let hash = BuildPairHasher
            .hash_one((protocol, concrete))
            .wrapping_mul(PHI);
        Self {
            // What is kept is below the number of slots, a `usize`.
            #[allow(clippy::cast_possible_truncation)]
            home: (hash >> shift) as usize,
            tag: hash << 32,
        }
    }
}

impl Registry {
    /// The table of `entries`. A conformance listed twice is kept once.
    ///
    /// # Panics
    ///
    /// With 2³² entries or more.
    pub fn new<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Self {
        let entries: Vec<&Entry> = entries.into_iter().collect();
        let slots = (entries.len() * 4).next_power_of_two().max(8);
        let mut registry = Self {
            conformances: Vec::with_capacity(entries.len()),
            index: vec![0; slots].into_boxed_slice(),
            shift: u64::BITS - slots.trailing_zeros(),
        };
        for entry in entries {
            registry.insert(Registered {
                concrete: (entry.concrete)(),
                protocol: (entry.protocol)(),
                caster: entry.caster,
            });
        }
        registry
    }

    fn insert(&mut self, new: Registered) {
        let mask = self.index.len() - 1;
        let hash = Hash::of(new.protocol, new.concrete, self.shift);
        let mut at = hash.home;
        while self.index[at] != 0 {
            if self.index[at] >> 32 == hash.tag >> 32 {
                let old = &self.conformances[self.position(at)];
                if old.concrete == new.concrete && old.protocol == new.protocol {
                    return; // registered twice: the entries are equal
                }
            }
            at = (at + 1) & mask;
        }
        let position =
            u32::try_from(self.conformances.len() + 1).expect("fewer than 2^32 conformances");
        self.index[at] = hash.tag | u64::from(position);
        self.conformances.push(new);
    }

    /// The position in `conformances` named by the full slot `at`.
    #[inline]
    fn position(&self, at: usize) -> usize {
        // Below 2³², and a position in a `Vec`.
        #[allow(clippy::cast_possible_truncation)]
        let position = (self.index[at] & u64::from(u32::MAX)) as usize;
        position - 1
    }

    /// The program's registry, built from `CONFORMANCES` by the first call (of any thread).
    #[inline]
    pub fn global() -> &'static Self {
        static GLOBAL: OnceLock<Registry> = OnceLock::new();
        GLOBAL.get_or_init(|| Self::new(CONFORMANCES))
    }

    /// How many distinct conformances the table holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.conformances.len()
    }

    /// Whether the table is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.conformances.is_empty()
    }

    /// Whether a conformance of `concrete` to `P` is in the table.
    #[inline]
    #[must_use]
    pub fn contains<P: ?Sized + 'static>(&self, concrete: TypeId) -> bool {
        self.find(TypeId::of::<P>(), concrete).is_some()
    }

    /// The type-erased caster of the conformance of `concrete` to `protocol`.
    #[inline]
    pub(crate) fn find(
        &self,
        protocol: TypeId,
        concrete: TypeId,
    ) -> Option<&'static (dyn Any + Sync)> {
        let mask = self.index.len() - 1;
        let hash = Hash::of(protocol, concrete, self.shift);
        let mut at = hash.home & mask;
        loop {
            let slot = self.index[at];
            if slot == 0 {
                return None;
            }
            if slot >> 32 == hash.tag >> 32 {
                let found = &self.conformances[self.position(at)];
                if found.concrete == concrete && found.protocol == protocol {
                    return Some(found.caster);
                }
            }
            at = (at + 1) & mask;
        }
    }
}
