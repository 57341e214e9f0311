//! The registry's casts over a table built from a local slice of entries, not the
//! linker-gathered one: the one `unsafe` module (`runtime::caster`) runs here on every path
//! (`cast`, `cast_mut`, `cast_box`, hits and misses, zero-sized and dropping types, a
//! generic protocol, colliding keys), so `scripts/miri.sh` can run it under Miri, which
//! does not support the linker's section symbols behind `CONFORMANCES`.
#![cfg(feature = "std")]

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use protocol_core::__private::{Conformance, Entry, Registry};
use protocol_core::RuntimeCheckable;

trait Quacks {
    fn quack(&self) -> String;
    fn louder(&mut self) -> usize;
}
impl RuntimeCheckable for dyn Quacks {}

trait Source<T> {
    fn get(&self) -> T;
}
impl<T: 'static> RuntimeCheckable for dyn Source<T> {}

struct Duck {
    name: String,
    volume: usize,
}

impl Quacks for Duck {
    fn quack(&self) -> String {
        format!("{} quacks at {}", self.name, self.volume)
    }
    fn louder(&mut self) -> usize {
        self.volume += 1;
        self.volume
    }
}

/// Zero-sized.
struct Decoy;

impl Quacks for Decoy {
    fn quack(&self) -> String {
        "...".to_owned()
    }
    fn louder(&mut self) -> usize {
        0
    }
}

/// Counts its drops: a box cast must move the value, never copy or leak it.
struct Dropper(Rc<Cell<u32>>);

impl Drop for Dropper {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

impl Source<u32> for Dropper {
    fn get(&self) -> u32 {
        self.0.get()
    }
}

/// What `register!` writes for one conformance: the unsizing of `$ty` into `dyn $protocol`.
macro_rules! conformance {
    ($name:ident: $ty:ty => $protocol:ty) => {
        struct $name;
        impl Conformance for $name {
            type Protocol = $protocol;
            type Concrete = $ty;
            fn as_protocol(concrete: &$ty) -> &Self::Protocol {
                concrete
            }
            fn as_protocol_mut(concrete: &mut $ty) -> &mut Self::Protocol {
                concrete
            }
            fn into_protocol(concrete: Box<$ty>) -> Box<Self::Protocol> {
                concrete
            }
        }
    };
}

conformance!(DuckQuacks: Duck => dyn Quacks);
conformance!(DecoyQuacks: Decoy => dyn Quacks);
conformance!(DropperSource: Dropper => dyn Source<u32>);

static ENTRIES: [Entry; 4] = [
    Entry::new::<DuckQuacks>(),
    Entry::new::<DecoyQuacks>(),
    Entry::new::<DropperSource>(),
    Entry::new::<DuckQuacks>(), // registered twice: kept once
];

fn table() -> Registry {
    Registry::new(&ENTRIES)
}

#[test]
fn shared_casts_find_registered_types_only() {
    let table = table();
    assert_eq!(table.len(), 3);
    let duck = Duck {
        name: "Donald".to_owned(),
        volume: 2,
    };
    let any: &dyn Any = &duck;
    assert_eq!(
        table.cast::<dyn Quacks>(any).map(Quacks::quack).as_deref(),
        Some("Donald quacks at 2")
    );
    assert!(table.cast::<dyn Source<u32>>(any).is_none());
    assert!(table
        .cast::<dyn Source<u64>>(&Dropper(Rc::default()))
        .is_none());
    let decoy: &dyn Any = &Decoy;
    assert_eq!(
        table
            .cast::<dyn Quacks>(decoy)
            .map(Quacks::quack)
            .as_deref(),
        Some("...")
    );
    assert!(table.cast::<dyn Quacks>(&7_u8 as &dyn Any).is_none());
}

#[test]
fn mutable_casts_write_through() {
    let table = table();
    let mut duck = Duck {
        name: "Daisy".to_owned(),
        volume: 0,
    };
    {
        let any: &mut dyn Any = &mut duck;
        let quacker = table.cast_mut::<dyn Quacks>(any).expect("registered");
        assert_eq!(quacker.louder(), 1);
        assert_eq!(quacker.louder(), 2);
    }
    assert_eq!(duck.volume, 2);
    let mut decoy = Decoy;
    assert_eq!(
        table
            .cast_mut::<dyn Quacks>(&mut decoy as &mut dyn Any)
            .map(Quacks::louder),
        Some(0)
    );
    assert!(table
        .cast_mut::<dyn Quacks>(&mut 1_u8 as &mut dyn Any)
        .is_none());
}

#[test]
fn box_casts_move_the_value_or_give_the_box_back() {
    let table = table();
    let drops = Rc::new(Cell::new(0));
    let boxed: Box<dyn Any> = Box::new(Dropper(Rc::clone(&drops)));
    let source = table
        .cast_box::<dyn Source<u32>>(boxed)
        .expect("registered");
    assert_eq!(source.get(), 0);
    drop(source);
    assert_eq!(drops.get(), 1, "dropped once, through the protocol's box");

    let boxed: Box<dyn Any> = Box::new(Dropper(Rc::clone(&drops)));
    let Err(back) = table.cast_box::<dyn Quacks>(boxed) else {
        panic!("a `Dropper` does not quack");
    };
    assert_eq!(drops.get(), 1, "a miss gives the box back untouched");
    assert!(back.is::<Dropper>());
    drop(back);
    assert_eq!(drops.get(), 2);

    let boxed: Box<dyn Any> = Box::new(Decoy);
    let decoy = table.cast_box::<dyn Quacks>(boxed).expect("registered");
    assert_eq!(decoy.quack(), "...");
}

/// Many entries of one protocol: keys collide in the index's home slots and probe on.
#[test]
fn a_full_table_still_finds_each_entry() {
    macro_rules! many {
        ($($name:ident $conf:ident),*) => {
            $(
                struct $name;
                impl Quacks for $name {
                    fn quack(&self) -> String { stringify!($name).to_owned() }
                    fn louder(&mut self) -> usize { 0 }
                }
                conformance!($conf: $name => dyn Quacks);
            )*
            let entries = [$(Entry::new::<$conf>()),*];
            let table = Registry::new(&entries);
            $(
                let value: &dyn Any = &$name;
                assert_eq!(
                    table.cast::<dyn Quacks>(value).map(Quacks::quack).as_deref(),
                    Some(stringify!($name))
                );
            )*
            assert!(table.cast::<dyn Quacks>(&Decoy as &dyn Any).is_none());
        };
    }
    many!(A CA, B CB, C CC, D CD, E CE, F CF, G CG, H CH, I CI, J CJ, K CK, L CL);
}
