//! `cast::<dyn P>` against a plain `downcast_ref::<Concrete>()`, hit and miss, with 10,
//! 1,000 and 10,000 registered conformances. Run with `cargo bench --bench cast`; the
//! numbers of the last run are in `benches/RESULTS.md`.
//!
//! The binary registers 10,000 const-generic instantiations `Marker<N>`, plus `Duck`. The
//! `cast` rows use the program's registry as it is (10,001 conformances); the `registry`
//! rows run the same lookup on tables built from the first 10 and 1,000 entries (and all
//! of them) plus `Duck`'s, to show that the cost does not grow with the table.
#![allow(missing_docs)] // a benchmark binary

use std::any::Any;
use std::sync::OnceLock;

use protocol::__private::{Box, Conformance, Entry, Registry, CONFORMANCES};
use protocol::RuntimeCheckable;

fn main() {
    // A fixed sample size: divan's calibration, confused by the first call building the
    // registry, otherwise picks 1 iteration per sample for some rows, which then measure
    // the timer.
    divan::Divan::from_args().sample_size(10_000).main();
}

pub trait Quacks {
    fn quack(&self) -> usize;
}
impl RuntimeCheckable for dyn Quacks {}

pub struct Marker<const N: usize>;
impl<const N: usize> Quacks for Marker<N> {
    fn quack(&self) -> usize {
        N
    }
}

pub struct Duck;
impl Quacks for Duck {
    fn quack(&self) -> usize {
        1
    }
}

/// Not registered: every lookup of it misses.
pub struct Rock;

// 10 × 10 × 10 × 10 registrations, `Marker<0>` … `Marker<9999>`.
macro_rules! thousands {
    ($($a:literal)*) => { $(hundreds!($a; 0 1 2 3 4 5 6 7 8 9);)* };
}
macro_rules! hundreds {
    ($a:literal; $($b:literal)*) => { $(tens!($a, $b; 0 1 2 3 4 5 6 7 8 9);)* };
}
macro_rules! tens {
    ($a:literal, $b:literal; $($c:literal)*) => { $(ones!($a, $b, $c; 0 1 2 3 4 5 6 7 8 9);)* };
}
macro_rules! ones {
    ($a:literal, $b:literal, $c:literal; $($d:literal)*) => {
        $(protocol::register!(Marker<{ $a * 1000 + $b * 100 + $c * 10 + $d }>: Quacks);)*
    };
}
thousands!(0 1 2 3 4 5 6 7 8 9);

/// `Duck: Quacks`, registered by hand (what `register!` writes) to have a name for its entry,
/// which the smaller tables are given too.
struct DuckQuacks;
impl Conformance for DuckQuacks {
    type Protocol = dyn Quacks;
    type Concrete = Duck;
    fn as_protocol(concrete: &Duck) -> &Self::Protocol {
        concrete
    }
    fn as_protocol_mut(concrete: &mut Duck) -> &mut Self::Protocol {
        concrete
    }
    fn into_protocol(concrete: Box<Duck>) -> Box<dyn Quacks> {
        concrete
    }
}
#[protocol::__private::linkme::distributed_slice(CONFORMANCES)]
#[linkme(crate = protocol::__private::linkme)]
static DUCK: Entry = Entry::new::<DuckQuacks>();

const SIZES: [usize; 3] = [10, 1_000, 10_000];

/// A table of `size` conformances: `Duck`'s and `size - 1` of the markers'.
fn registry(size: usize) -> &'static Registry {
    static TABLES: [OnceLock<Registry>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = SIZES.iter().position(|&s| s == size).unwrap();
    TABLES[slot].get_or_init(|| {
        let markers = CONFORMANCES
            .iter()
            .filter(|&entry| !std::ptr::eq(entry, &raw const DUCK));
        let table = Registry::new(markers.take(size - 1).chain([&DUCK]));
        assert_eq!(table.len(), size);
        table
    })
}

/// A cast that finds `Duck: Quacks`.
mod hit {
    use super::{registry, Any, Duck, Quacks, Registry};
    use divan::{black_box, Bencher};

    #[divan::bench]
    fn downcast_ref(bencher: Bencher) {
        let duck: &dyn Any = &Duck;
        bencher.bench_local(|| black_box(black_box(duck).downcast_ref::<Duck>()).is_some());
    }

    /// `protocol::cast`, with the program's registry of 10,001 conformances.
    #[divan::bench]
    fn cast(bencher: Bencher) {
        assert_eq!(Registry::global().len(), 10_001);
        let duck: &dyn Any = &Duck;
        assert!(protocol::cast::<dyn Quacks>(duck).is_some());
        bencher.bench_local(|| black_box(protocol::cast::<dyn Quacks>(black_box(duck))).is_some());
    }

    /// The same lookup on tables of 10, 1,000 and 10,000 registrations.
    #[divan::bench(args = [10, 1_000, 10_000])]
    fn table(bencher: Bencher, size: usize) {
        let table = registry(size);
        let duck: &dyn Any = &Duck;
        assert!(table.cast::<dyn Quacks>(duck).is_some());
        bencher.bench_local(|| black_box(table.cast::<dyn Quacks>(black_box(duck))).is_some());
    }
}

/// A cast of `Rock`, which registered nothing.
mod miss {
    use super::{registry, Any, Duck, Quacks, Rock};
    use divan::{black_box, Bencher};

    #[divan::bench]
    fn downcast_ref(bencher: Bencher) {
        let rock: &dyn Any = &Rock;
        bencher.bench_local(|| black_box(black_box(rock).downcast_ref::<Duck>()).is_some());
    }

    #[divan::bench]
    fn cast(bencher: Bencher) {
        let rock: &dyn Any = &Rock;
        bencher.bench_local(|| black_box(protocol::cast::<dyn Quacks>(black_box(rock))).is_some());
    }

    /// The same lookup on tables of 10, 1,000 and 10,000 registrations.
    #[divan::bench(args = [10, 1_000, 10_000])]
    fn table(bencher: Bencher, size: usize) {
        let table = registry(size);
        let rock: &dyn Any = &Rock;
        bencher.bench_local(|| black_box(table.cast::<dyn Quacks>(black_box(rock))).is_some());
    }
}
