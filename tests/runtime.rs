//! Run-time checks with protocols declared by `#[protocol(runtime_checkable)]` (section 5):
//! conformances made by `#[conforms]` and `conform!` in any crate register themselves, and
//! a cast written in one crate finds types of crates it never heard of.
#![cfg(feature = "std")]
#![allow(clippy::unused_self, clippy::redundant_closure_for_method_calls)] // test code reads plainly

use animals::Quacks;
use protocol::conforms;
use std::any::Any;

struct Duck;

#[conforms(Quacks)]
impl Duck {
    fn quack(&self) -> String {
        "quack".into()
    }
}

#[derive(Debug, PartialEq)]
struct Rock(u8);

fn pond() -> Vec<Box<dyn Any>> {
    vec![
        Box::new(Duck),
        Box::new(Rock(1)),
        Box::new(plugin::Goose),
        Box::new(plugin::Swan { times: 2 }),
        Box::new(plugin::Bicycle(plugin::horn::Horn)),
    ]
}

#[test]
fn a_cast_in_one_crate_finds_conformances_registered_in_others() {
    // `loudest` is written in `animals`; the goose is `plugin`'s, the duck this crate's.
    assert_eq!(animals::loudest(&pond()).as_deref(), Some("honk"));
    let sounds: Vec<String> = pond()
        .iter()
        .filter_map(|thing| protocol::cast::<dyn Quacks>(thing.as_ref()))
        .map(|q| q.quack())
        .collect();
    assert_eq!(sounds, ["quack", "honk", "toottoot", "beep"]);
}

#[test]
fn a_type_without_the_members_is_not_found() {
    let rock: &dyn Any = &Rock(1);
    assert!(!protocol::conforms_to::<dyn Quacks>(rock));
    assert!(protocol::cast::<dyn Quacks>(rock).is_none());
}

#[test]
fn cast_box_gives_the_box_back_on_a_miss() {
    let duck: Box<dyn Any> = Box::new(Duck);
    let quacker = protocol::cast_box::<dyn Quacks>(duck).unwrap_or_else(|_| panic!("a duck"));
    assert_eq!(quacker.quack(), "quack");
    let rock: Box<dyn Any> = Box::new(Rock(9));
    let back = protocol::cast_box::<dyn Quacks>(rock)
        .err()
        .expect("a rock does not quack");
    assert_eq!(back.downcast_ref::<Rock>(), Some(&Rock(9)));
}

#[test]
fn send_and_sync_any_objects_are_accepted() {
    let goose: Box<dyn Any + Send + Sync> = Box::new(plugin::Goose);
    assert_eq!(
        protocol::cast::<dyn Quacks>(goose.as_ref()).map(|q| q.volume()),
        Some(7)
    );
    let swan: Box<dyn Any + Send> = Box::new(plugin::Swan { times: 1 });
    let quacker = protocol::cast_box::<dyn Quacks>(swan).unwrap_or_else(|_| panic!("a swan"));
    assert_eq!(quacker.quack(), "toot");
}

#[test]
fn a_conformance_in_a_function_body_registers_too() {
    struct Toy;
    #[conforms(Quacks)]
    impl Toy {
        fn quack(&self) -> String {
            "squeak".into()
        }
    }
    let toy: &dyn Any = &Toy;
    assert_eq!(
        protocol::cast::<dyn Quacks>(toy)
            .map(|q| q.quack())
            .as_deref(),
        Some("squeak")
    );
}

#[test]
fn plain_values_are_accepted_and_boxes_of_any_looked_through() {
    // A plain `&T`, `&mut T` and `Box<T>` of a `'static` type, not only a `dyn Any`.
    assert!(protocol::conforms_to::<dyn Quacks>(&Duck));
    assert!(!protocol::conforms_to::<dyn Quacks>(&Rock(3)));
    let mut duck = Duck;
    assert_eq!(
        protocol::cast_mut::<dyn Quacks>(&mut duck).map(|q| q.quack()),
        Some("quack".to_owned())
    );
    assert!(protocol::cast_box::<dyn Quacks>(Box::new(Duck)).is_ok());
    assert!(protocol::cast_box::<dyn Quacks>(Box::new(Rock(4))).is_err());
    // `&boxed` of a `Box<dyn Any>` asks about the boxed value, not about `Box<dyn Any>`.
    let mut boxed: Box<dyn Any> = Box::new(Duck);
    assert!(protocol::conforms_to::<dyn Quacks>(&boxed));
    assert!(protocol::cast_mut::<dyn Quacks>(&mut boxed).is_some());
    let sendable: Box<dyn Any + Send> = Box::new(Rock(5));
    assert!(!protocol::conforms_to::<dyn Quacks>(&sendable));
}
