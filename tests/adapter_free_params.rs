//! Adapters whose impl has parameters only the protocol's arguments name
//! (`conform!(impl<X> Get<X> for Store)`): they compile (E0207 before), call the inherent
//! method (generic ones too), and leave a default bounded by such a parameter to the
//! protocol.

use protocol::{conform, protocol};
use std::borrow::Borrow;

#[protocol]
trait Get<X> {
    fn get(&self, key: X) -> usize;
    fn twice(&self, key: X) -> usize
    where
        X: Clone,
    {
        self.get(key.clone()) + self.get(key)
    }
}

struct Store(usize);

impl Store {
    fn get<X>(&self, _key: X) -> usize {
        self.0
    }
}

conform!(impl<X> Get<X> for Store);

struct Keyed(Vec<String>);

impl Keyed {
    fn get<K: Borrow<str>>(&self, key: K) -> usize {
        self.0.iter().filter(|k| k.as_str() == key.borrow()).count()
    }
    fn twice<K: Borrow<str>>(&self, key: K) -> usize {
        100 + self.get(key)
    }
}

conform!(impl<'a> Get<&'a str> for Keyed);

fn lookup<X, G: Get<X>>(store: &G, key: X) -> usize {
    store.get(key)
}

#[test]
fn a_parameter_only_the_protocol_names() {
    assert_eq!(lookup(&Store(3), 'k'), 3);
    assert_eq!(lookup(&Store(4), "key"), 4);
    // The default: `where X: Clone` holds for `u8` at the call, not in the impl.
    assert_eq!(Get::<u8>::twice(&Store(5), 1), 10);
}

#[test]
fn a_lifetime_only_the_protocol_names() {
    let keyed = Keyed(vec!["a".into(), "a".into(), "b".into()]);
    assert_eq!(lookup(&keyed, "a"), 2);
    // The inherent `twice` serves: its bound is on `&'a str`, which the impl has.
    assert_eq!(Get::twice(&keyed, "b"), 101);
}

#[protocol]
trait Take<T> {
    fn take(&self, value: T) -> usize;
}

struct Sub(usize);

impl Sub {
    fn take<T>(&self, _value: T) -> usize {
        self.0
    }
}

struct Inner<A>(A);

impl<A: Clone + Into<usize>> Inner<A> {
    fn take<T>(&self, _value: T) -> usize {
        self.0.clone().into()
    }
}

// A newtype takes only the parameters its field names: `T` stays on the conformance (E0392
// and E0207 before).
conform!(impl<T> Take<T> for struct Super(Sub));
conform!(impl<A, T> Take<T> for struct Both(Inner<A>) where A: Clone + Into<usize>);

#[test]
fn a_newtype_keeps_the_protocols_parameters_off_the_struct() {
    assert_eq!(Take::<char>::take(&Super(Sub(8)), 'x'), 8);
    assert_eq!(Take::<&str>::take(&Both(Inner(9_u8)), "y"), 9);
}
