//! Forwarding impls for the trait shapes `auto_impl` forwards: associated types (generic
//! ones too) and consts, associated fns without `Self`, and methods bounded by
//! `where Self: Clone`-style clauses (a bound on the pointee in that impl).

use protocol::protocol;
use std::rc::Rc;
use std::sync::Arc;

#[protocol]
trait Service {
    type Response;
    type Error;
    const NAME: &'static str;
    fn call(&mut self, request: u32) -> Result<Self::Response, Self::Error>;
    fn kind() -> &'static str;
    fn twin(&self) -> u8
    where
        Self: Clone,
    {
        2
    }
    fn label(&self) -> String
    where
        Self: std::fmt::Debug;
}

#[derive(Clone, Debug)]
struct Echo(u32);

impl Service for Echo {
    type Response = u32;
    type Error = ();
    const NAME: &'static str = "echo";
    fn call(&mut self, request: u32) -> Result<u32, ()> {
        self.0 += request;
        Ok(self.0)
    }
    fn kind() -> &'static str {
        "echo service"
    }
    fn label(&self) -> String
    where
        Self: std::fmt::Debug,
    {
        format!("{self:?}")
    }
}

/// A lending iterator: a generic associated type.
#[protocol]
trait Lending {
    type Item<'a>
    where
        Self: 'a;
    fn first(&self) -> Self::Item<'_>;
}

struct Words(Vec<String>);

impl Lending for Words {
    type Item<'a> = &'a str;
    fn first(&self) -> &str {
        &self.0[0]
    }
}

fn serve<S: Service>(
    mut service: S,
    request: u32,
) -> (Result<S::Response, S::Error>, &'static str, &'static str) {
    (service.call(request), S::NAME, S::kind())
}

fn first<L: Lending>(lending: &L) -> L::Item<'_> {
    lending.first()
}

#[test]
fn associated_types_consts_and_fns_forward() {
    let mut echo = Echo(1);
    assert_eq!(serve(&mut echo, 2), (Ok(3), "echo", "echo service"));
    assert_eq!(echo.0, 3);
    assert_eq!(
        serve(Box::new(Echo(10)), 5),
        (Ok(15), "echo", "echo service")
    );
    assert_eq!(<&mut Echo as Service>::NAME, "echo");
}

#[test]
fn bounded_methods_forward_with_the_bound_on_the_pointee() {
    assert_eq!(Service::twin(&Box::new(Echo(0))), 2);
    assert_eq!(Service::label(&&mut Echo(4)), "Echo(4)");
}

#[test]
fn generic_associated_types_forward() {
    let words = Words(vec!["lend".into()]);
    assert_eq!(first(&&words), "lend");
    assert_eq!(first(&Rc::new(Words(vec!["rc".into()]))), "rc");
    assert_eq!(first(&Arc::new(Words(vec!["arc".into()]))), "arc");
    assert_eq!(first(&Box::new(Words(vec!["box".into()]))), "box");
}

/// A supertrait with an associated type.
trait Map {
    type V;
}

impl<T> Map for Vec<T> {
    type V = T;
}

/// A method naming a supertrait's associated type: a pointer would answer with its own
/// impl of the supertrait, so no forwarding impl is written, and the protocol compiles.
#[protocol]
trait First: Map {
    fn first_value(&self) -> Option<&Self::V>;
}

impl<T> First for Vec<T> {
    fn first_value(&self) -> Option<&T> {
        self.first()
    }
}

#[test]
fn a_supertraits_associated_type_rules_forwarding_out() {
    assert_eq!(First::first_value(&vec![4, 5]), Some(&4));
}

/// Consts whose type is `Self` or a supertrait's associated type: no forwarding impl (a
/// pointer's would be another type), and the protocols compile.
#[protocol]
trait Zero {
    const ZERO: Self;
    fn is_zero(&self) -> bool;
}

#[protocol]
trait Limit: Map {
    const MAX: Self::V;
    fn at_max(&self) -> bool;
}

impl Zero for u8 {
    const ZERO: u8 = 0;
    fn is_zero(&self) -> bool {
        *self == Self::ZERO
    }
}

impl Limit for Vec<u8> {
    const MAX: u8 = 9;
    fn at_max(&self) -> bool {
        self.contains(&Self::MAX)
    }
}

#[test]
fn consts_naming_self_rule_forwarding_out() {
    assert!(Zero::is_zero(&0_u8));
    assert!(Limit::at_max(&vec![1, 9]));
}

/// An associated type bounded by `Self`: no forwarding impl; a plain bounded one forwards.
#[protocol]
trait Walk {
    type Steps: Iterator<Item = Self>;
    fn walk(&self) -> Self::Steps;
}

#[protocol]
trait Labelled {
    type Label: Clone + std::fmt::Debug;
    fn label(&self) -> Self::Label;
}

impl Labelled for Echo {
    type Label = String;
    fn label(&self) -> String {
        format!("echo {}", self.0)
    }
}

impl Walk for u8 {
    type Steps = std::ops::Range<u8>;
    fn walk(&self) -> std::ops::Range<u8> {
        0..*self
    }
}

#[test]
fn bounded_associated_types() {
    fn label_of<L: Labelled>(value: &L) -> L::Label {
        value.label()
    }
    assert_eq!(label_of(&&Echo(7)), "echo 7");
    assert_eq!(Walk::walk(&3_u8).count(), 3);
}

/// A `?Sized` parameter taken by value (`Index<Idx: ?Sized>`): the impls are written for
/// sized arguments, as a call can only pass one.
#[protocol]
trait Lookup<Idx: ?Sized> {
    type Output: ?Sized;
    fn lookup(&self, index: Idx) -> &Self::Output;
}

impl Lookup<usize> for Vec<String> {
    type Output = str;
    fn lookup(&self, index: usize) -> &str {
        &self[index]
    }
}

#[test]
fn unsized_parameters_taken_by_value() {
    fn at<L: Lookup<usize> + ?Sized>(list: &L, index: usize) -> &L::Output {
        list.lookup(index)
    }
    let words = vec!["a".to_owned(), "b".to_owned()];
    assert_eq!(at(&&words, 1), "b");
    assert_eq!(at(&Box::new(words), 0), "a");
}

mod keep_default {
    use protocol::protocol;

    #[protocol]
    pub trait Greets {
        fn name(&self) -> String;
        /// Only for `Clone` types; forwarding impls keep this default, so a `Box` of a type
        /// that is not `Clone` still conforms.
        #[keep_default]
        fn twin(&self) -> (String, String)
        where
            Self: Clone,
        {
            (self.name(), self.clone().name())
        }
    }

    pub struct Solo;

    impl Greets for Solo {
        fn name(&self) -> String {
            "solo".to_owned()
        }
    }

    #[derive(Clone)]
    pub struct Pair;

    impl Greets for Pair {
        fn name(&self) -> String {
            "pair".to_owned()
        }
        fn twin(&self) -> (String, String) {
            ("left".to_owned(), "right".to_owned())
        }
    }

    fn name_of<G: Greets>(g: &G) -> String {
        g.name()
    }

    #[test]
    fn a_kept_default_asks_nothing_of_the_pointee() {
        // `Solo` is not `Clone`, yet `Box<Solo>` conforms.
        assert_eq!(name_of(&Box::new(Solo)), "solo");
        // The box runs the default, with `Self = Box<Pair>`, not `Pair`'s override.
        assert_eq!(
            Box::new(Pair).twin(),
            ("pair".to_owned(), "pair".to_owned())
        );
        assert_eq!(Pair.twin(), ("left".to_owned(), "right".to_owned()));
    }
}
