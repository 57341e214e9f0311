//! The run-time checks of section 5 with hand-written protocols: `impl RuntimeCheckable for
//! dyn P {}` by hand (what `#[protocol(runtime_checkable)]` writes) and `register!`.
#![cfg(feature = "std")]

use std::any::Any;

use protocol::RuntimeCheckable;

trait Quacks {
    fn quack(&self) -> String;
}
impl RuntimeCheckable for dyn Quacks {}

trait Swims {
    fn swim(&self) -> u32;
}
impl RuntimeCheckable for dyn Swims {}

trait Counter {
    fn bump(&mut self) -> u32;
}
impl RuntimeCheckable for dyn Counter {}

trait Source<T> {
    fn get(&self) -> T;
}
impl<T: 'static> RuntimeCheckable for dyn Source<T> {}

#[derive(Debug, PartialEq)]
struct Duck(&'static str);
impl Quacks for Duck {
    fn quack(&self) -> String {
        format!("{} quacks", self.0)
    }
}
impl Swims for Duck {
    fn swim(&self) -> u32 {
        3
    }
}

#[derive(Debug, PartialEq)]
struct Rock;

struct Clicks(u32);
impl Counter for Clicks {
    fn bump(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

struct Wrapper<T>(T);
impl<T: std::fmt::Display> Quacks for Wrapper<T> {
    fn quack(&self) -> String {
        format!("wrapped {}", self.0)
    }
}
impl<T: Copy> Source<T> for Wrapper<T> {
    fn get(&self) -> T {
        self.0
    }
}

protocol::register!(Duck: Quacks, Swims);
protocol::register!(Clicks: Counter);
protocol::register!(Wrapper<u8>: Quacks, Source<u8>);
protocol::register! {
    u32: self::Source<u32>;
    Wrapper<u32>: crate::Source<u32>;
}
// A second registration of the same conformance is harmless.
protocol::register!(Duck: Quacks);

mod elsewhere {
    // Registered from another module, through the hidden form generated code uses.
    ::protocol::__private::register_auto! { super::Rock: super::Swims }
    impl super::Swims for super::Rock {
        fn swim(&self) -> u32 {
            0
        }
    }
}

impl Source<u32> for u32 {
    fn get(&self) -> u32 {
        *self
    }
}

#[test]
fn hit_gives_the_protocol_view() {
    let duck: &dyn Any = &Duck("Donald");
    assert_eq!(
        protocol::cast::<dyn Quacks>(duck).unwrap().quack(),
        "Donald quacks"
    );
    assert!(protocol::conforms_to::<dyn Quacks>(duck));
}

#[test]
fn miss_is_none() {
    let rock: &dyn Any = &Rock;
    assert!(protocol::cast::<dyn Quacks>(rock).is_none());
    assert!(!protocol::conforms_to::<dyn Quacks>(rock));
    let text: &dyn Any = &"quack";
    assert!(protocol::cast::<dyn Quacks>(text).is_none());
}

#[test]
fn two_protocols_on_one_type() {
    let duck: &dyn Any = &Duck("Daisy");
    assert!(protocol::cast::<dyn Quacks>(duck).is_some());
    assert_eq!(protocol::cast::<dyn Swims>(duck).unwrap().swim(), 3);
    // Rock registered only `Swims`, from another module.
    let rock: &dyn Any = &Rock;
    assert_eq!(protocol::cast::<dyn Swims>(rock).unwrap().swim(), 0);
    assert!(!protocol::conforms_to::<dyn Counter>(duck));
}

#[test]
fn cast_mut_mutates_the_value() {
    let mut clicks = Clicks(0);
    {
        let any: &mut dyn Any = &mut clicks;
        let counter = protocol::cast_mut::<dyn Counter>(any).unwrap();
        assert_eq!(counter.bump(), 1);
        assert_eq!(counter.bump(), 2);
    }
    assert_eq!(clicks.0, 2);
    let mut rock = Rock;
    assert!(protocol::cast_mut::<dyn Counter>(&mut rock as &mut dyn Any).is_none());
}

#[test]
fn cast_box_ok_keeps_the_value() {
    let boxed: Box<dyn Any> = Box::new(Duck("Scrooge"));
    let duck: Box<dyn Quacks> = protocol::cast_box(boxed).ok().unwrap();
    assert_eq!(duck.quack(), "Scrooge quacks");
}

#[test]
fn cast_box_err_gives_the_same_box_back() {
    let boxed: Box<dyn Any> = Box::new(Duck("Gladstone"));
    let address = std::ptr::from_ref::<dyn Any>(boxed.as_ref()).cast::<()>();
    let back = protocol::cast_box::<dyn Counter>(boxed).err().unwrap();
    assert_eq!(
        std::ptr::from_ref::<dyn Any>(back.as_ref()).cast::<()>(),
        address
    );
    assert_eq!(back.downcast_ref::<Duck>(), Some(&Duck("Gladstone")));
}

#[test]
fn send_and_sync_any_are_accepted() {
    let sendable: Box<dyn Any + Send> = Box::new(Duck("Huey"));
    let shared: Box<dyn Any + Send + Sync> = Box::new(Duck("Dewey"));
    assert_eq!(
        protocol::cast::<dyn Quacks>(sendable.as_ref())
            .unwrap()
            .quack(),
        "Huey quacks"
    );
    assert_eq!(
        protocol::cast::<dyn Quacks>(shared.as_ref())
            .unwrap()
            .quack(),
        "Dewey quacks"
    );

    let mut counter: Box<dyn Any + Send + Sync> = Box::new(Clicks(41));
    assert_eq!(
        protocol::cast_mut::<dyn Counter>(counter.as_mut())
            .unwrap()
            .bump(),
        42
    );

    let ok = protocol::cast_box::<dyn Swims>(sendable).ok().unwrap();
    assert_eq!(ok.swim(), 3);
    let err = protocol::cast_box::<dyn Counter>(shared).err().unwrap();
    assert_eq!(err.downcast_ref::<Duck>(), Some(&Duck("Dewey")));
}

#[test]
fn generic_instantiations_are_registered_one_by_one() {
    let small: &dyn Any = &Wrapper(7_u8);
    let wide: &dyn Any = &Wrapper(7_u16);
    assert_eq!(
        protocol::cast::<dyn Quacks>(small).unwrap().quack(),
        "wrapped 7"
    );
    assert!(protocol::cast::<dyn Quacks>(wide).is_none());
}

#[test]
fn generic_protocols_are_told_apart_by_their_arguments() {
    let small: &dyn Any = &Wrapper(7_u8);
    assert_eq!(protocol::cast::<dyn Source<u8>>(small).unwrap().get(), 7);
    assert!(protocol::cast::<dyn Source<u32>>(small).is_none());

    let wide: &dyn Any = &Wrapper(9_u32);
    assert_eq!(protocol::cast::<dyn Source<u32>>(wide).unwrap().get(), 9);
    let plain: &dyn Any = &5_u32;
    assert_eq!(protocol::cast::<dyn Source<u32>>(plain).unwrap().get(), 5);
}

#[test]
fn lookups_agree_across_threads() {
    let handles: Vec<_> = (0..4)
        .map(|_| {
            std::thread::spawn(|| {
                let duck: Box<dyn Any + Send> = Box::new(Duck("Louie"));
                protocol::conforms_to::<dyn Quacks>(duck.as_ref())
            })
        })
        .collect();
    for handle in handles {
        assert!(handle.join().unwrap());
    }
}

#[test]
fn registrations_of_another_crate_are_found() {
    use registered::animals::{Duck as TheirDuck, Wrapper as TheirWrapper};
    use registered::protocols::{Quacks as TheirQuacks, Source as TheirSource};

    let duck: &dyn Any = &TheirDuck;
    assert_eq!(
        protocol::cast::<dyn TheirQuacks>(duck).unwrap().quack(),
        "quack"
    );
    assert_eq!(
        registered::quack_of(&TheirWrapper(1_u8)),
        Some("wrapped quack")
    );
    assert_eq!(registered::quack_of(&TheirWrapper(1_u16)), None);
    let big: &dyn Any = &TheirWrapper(-3_i64);
    assert_eq!(
        protocol::cast::<dyn TheirSource<i64>>(big).unwrap().get(),
        -3
    );
    // Their protocols are not ours, and ours are not theirs.
    assert!(protocol::cast::<dyn Quacks>(duck).is_none());
    assert_eq!(registered::quack_of(&Duck("Donald")), None);
}

#[test]
fn duplicates_are_counted_once() {
    // Here: Duck: Quacks (twice), Swims; Clicks: Counter; Wrapper<u8>: Quacks, Source<u8>;
    // u32 and Wrapper<u32>: Source<u32>; Rock: Swims. In `registered`: Duck: Quacks,
    // Wrapper<u8>: Source<u8>, Quacks; Wrapper<i64>: Source<i64>.
    assert_eq!(protocol::__private::Registry::global().len(), 8 + 4);
}
