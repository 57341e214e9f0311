//! The registry: the linker-gathered slice of [`Entry`]s, and the hash table built from it
//! on the first lookup.

use core::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::OnceLock;

use super::entry::{Caster, Entry};
use super::hasher::BuildPairHasher;

/// Every registration in the program, gathered by the linker: `register!` adds one element
/// per conformance, from any crate, and nothing runs before `main` to collect them.
#[linkme::distributed_slice]
#[linkme(crate = linkme)]
pub static CONFORMANCES: [Entry];

/// `(TypeId of dyn P, TypeId of the concrete type)` → that conformance's `Caster<dyn P>`,
/// type-erased.
type Table = HashMap<(TypeId, TypeId), &'static (dyn Any + Sync), BuildPairHasher>;

/// The table, built from [`CONFORMANCES`] by the first lookup (of any thread).
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Table::with_capacity_and_hasher(CONFORMANCES.len(), BuildPairHasher);
        for entry in CONFORMANCES {
            // A conformance registered twice has two equal entries: the second replaces
            // the first.
            table.insert(((entry.protocol)(), (entry.concrete)()), entry.caster);
        }
        table
    })
}

/// The caster from the concrete type `concrete` to `P`, if that conformance was registered.
#[inline]
pub(crate) fn caster<P: ?Sized + 'static>(concrete: TypeId) -> Option<&'static Caster<P>> {
    let erased = *table().get(&(TypeId::of::<P>(), concrete))?;
    debug_assert!(<dyn Any>::is::<Caster<P>>(erased));
    // The pointer came from a `&Caster<P>` (see below), so it is aligned for one.
    #[allow(clippy::cast_ptr_alignment)]
    let caster = core::ptr::from_ref::<dyn Any + Sync>(erased).cast::<Caster<P>>();
    // SAFETY: `erased` was found under the key `TypeId::of::<P>()`, so (see `table`) it is
    // the `caster` of an entry whose `protocol` gives that `TypeId`. Entries are made only
    // by `Entry::new::<C>`, which sets `protocol` to `TypeId::of::<C::Protocol>` and
    // `caster` to a `&'static Caster<C::Protocol>`: the pointee is a `Caster<P>`, alive for
    // the whole program. (`downcast_ref` would check the same again, with a virtual call.)
    #[allow(unsafe_code)]
    unsafe {
        Some(&*caster)
    }
}

/// Whether a conformance of `concrete` to `P` was registered.
#[inline]
pub(crate) fn contains<P: ?Sized + 'static>(concrete: TypeId) -> bool {
    table().contains_key(&(TypeId::of::<P>(), concrete))
}

/// How many conformances the program registered (duplicates counted once).
pub(crate) fn len() -> usize {
    table().len()
}
