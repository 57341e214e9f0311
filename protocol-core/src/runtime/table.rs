//! The registry: the linker-gathered slice of [`Entry`]s, and the hash table built from it
//! on the first lookup.

use core::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::OnceLock;

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
/// The casts use [`Registry::global`], built from [`CONFORMANCES`]; benchmarks build
/// smaller ones with [`Registry::new`].
pub struct Registry {
    table: HashMap<(TypeId, TypeId), &'static (dyn Any + Sync), BuildPairHasher>,
}

impl Registry {
    /// The table of `entries`. A conformance listed twice is kept once.
    pub fn new<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Self {
        let entries = entries.into_iter();
        let mut table = HashMap::with_capacity_and_hasher(entries.size_hint().0, BuildPairHasher);
        for entry in entries {
            table.insert(((entry.protocol)(), (entry.concrete)()), entry.caster);
        }
        Self { table }
    }

    /// The program's registry, built from [`CONFORMANCES`] by the first call (of any thread).
    #[inline]
    pub fn global() -> &'static Self {
        static GLOBAL: OnceLock<Registry> = OnceLock::new();
        GLOBAL.get_or_init(|| Self::new(CONFORMANCES))
    }

    /// How many distinct conformances the table holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether the table is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Whether a conformance of `concrete` to `P` is in the table.
    #[inline]
    #[must_use]
    pub fn contains<P: ?Sized + 'static>(&self, concrete: TypeId) -> bool {
        self.table.contains_key(&(TypeId::of::<P>(), concrete))
    }

    /// The type-erased caster of the conformance of `concrete` to `protocol`.
    #[inline]
    pub(crate) fn find(
        &self,
        protocol: TypeId,
        concrete: TypeId,
    ) -> Option<&'static (dyn Any + Sync)> {
        self.table.get(&(protocol, concrete)).copied()
    }
}
