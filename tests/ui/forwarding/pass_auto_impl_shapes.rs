// Trait shapes from the compile-pass suite of the `auto_impl` crate (auto-impl-rs/auto_impl), written as protocols.
//! One module per `auto_impl` compile-pass test (`tests/compile-pass`, `tests/since_1.51`,
//! `tests/since_1.75`), numbered in their order: `#[auto_impl(&, Box, …)]` becomes
//! `#[protocol(forward(&, Box, …))]`, `#[auto_impl(Fn | FnMut | FnOnce)]` becomes
//! `#[protocol(callback)]` (a `&self` / `&mut self` / `self` method conforms through `Fn` /
//! `FnMut` / `FnOnce`), and `#[auto_impl(keep_default_for(…))]` becomes `#[keep_default]` on
//! the method where it matters (shape 19), and is dropped elsewhere (forwarding impls forward
//! default methods too). Each module's `check` proves that the forwarding impls exist, and
//! calls through some of them.
#![deny(warnings)]
#![allow(dead_code)]

use protocol::protocol;

/// Polls a future that never waits, once.
fn block_on<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(out) => out,
        std::task::Poll::Pending => panic!("the future waited"),
    }
}

// 1. associated_type_with_where_clause_for_all_refs: generic associated types with bounds, a where clause, or both.
mod s01_associated_type_with_where_clause {
    use super::protocol;
    use std::rc::Rc;
    use std::sync::Arc;

    #[protocol(forward(&, &mut, Box, Rc, Arc))]
    trait HasAssociatedTypeWithBounds {
        type AssociatedType<'a, T: From<usize> + 'a>;
    }

    #[protocol(forward(&, &mut, Box, Rc, Arc))]
    trait HasAssociatedTypeWithBoundsAndWhereClause {
        type AssociatedType<'a, T>
        where
            T: From<usize> + 'a;
    }

    #[protocol(forward(&, &mut, Box, Rc, Arc))]
    trait HasAssociatedTypeWithRedundantBoundsAndWhereClause {
        type AssociatedType<'a, T: From<usize> + 'a>
        where
            T: From<usize> + 'a;
    }

    struct Unit;

    impl HasAssociatedTypeWithBounds for Unit {
        type AssociatedType<'a, T: From<usize> + 'a> = Vec<T>;
    }

    impl HasAssociatedTypeWithBoundsAndWhereClause for Unit {
        type AssociatedType<'a, T>
            = Option<T>
        where
            T: From<usize> + 'a;
    }

    impl HasAssociatedTypeWithRedundantBoundsAndWhereClause for Unit {
        type AssociatedType<'a, T: From<usize> + 'a>
            = Box<T>
        where
            T: From<usize> + 'a;
    }

    fn all<
        T: HasAssociatedTypeWithBounds
            + HasAssociatedTypeWithBoundsAndWhereClause
            + HasAssociatedTypeWithRedundantBoundsAndWhereClause
            + ?Sized,
    >() {
    }

    pub fn check() {
        all::<Unit>();
        all::<&Unit>();
        all::<&mut Unit>();
        all::<Box<Unit>>();
        all::<Rc<Unit>>();
        all::<Arc<Unit>>();
        // The pointers' associated types are the pointee's.
        let _: <&Unit as HasAssociatedTypeWithBounds>::AssociatedType<'static, usize> = vec![1];
        let _: <Rc<Unit> as HasAssociatedTypeWithBoundsAndWhereClause>::AssociatedType<
            'static,
            usize,
        > = Some(1);
        let _: <Arc<Unit> as HasAssociatedTypeWithRedundantBoundsAndWhereClause>::AssociatedType<
            'static,
            usize,
        > = Box::new(1);
    }
}

// 2. big_trait_for_all_refs: lifetime and higher-ranked-bounded type parameters, associated types and a const, `&'a self`.
mod s02_big_trait_for_all_refs {
    use super::protocol;
    use std::rc::Rc;
    use std::sync::Arc;

    #[protocol(forward(&, &mut, Box, Rc, Arc))]
    trait RefTrait1<'a, T: for<'b> Into<&'b str>> {
        type Type1;
        type Type2;

        const FOO: u32;

        fn execute1<'b>(&'a self, arg1: &'b T) -> Result<Self::Type1, String>;
        fn execute2(&self) -> Self::Type2;
    }

    struct Text;

    impl<'b> From<Text> for &'b str {
        fn from(_: Text) -> &'b str {
            "text"
        }
    }

    struct Job(u32);

    impl<'a> RefTrait1<'a, Text> for Job {
        type Type1 = u32;
        type Type2 = String;
        const FOO: u32 = 7;
        fn execute1<'b>(&'a self, _arg1: &'b Text) -> Result<u32, String> {
            Ok(self.0)
        }
        fn execute2(&self) -> String {
            format!("job {}", self.0)
        }
    }

    fn assert_impl<'a, T: RefTrait1<'a, Text> + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Job>();
        assert_impl::<&mut Job>();
        assert_impl::<Box<Job>>();
        assert_impl::<Rc<Job>>();
        assert_impl::<Arc<Job>>();
        let job = Job(3);
        assert_eq!(RefTrait1::execute1(&&job, &Text), Ok(3));
        assert_eq!(RefTrait1::execute2(&Box::new(Job(4))), "job 4");
        assert_eq!(<Arc<Job> as RefTrait1<Text>>::FOO, 7);
    }
}

// 3. big_trait_for_box: the same with `&mut self`, `self` and associated fns, forwarded by `Box` only.
mod s03_big_trait_for_box {
    use super::protocol;

    #[protocol(forward(Box))]
    trait BoxTrait1<'a, T: for<'b> Into<&'b str>> {
        type Type1;
        type Type2;

        const FOO: u32;

        fn execute1<'b>(&'a self, arg1: &'b T) -> Result<Self::Type1, String>;
        fn execute2(&mut self, arg1: i32) -> Self::Type2;
        fn execute3(self) -> Self::Type1;
        fn execute4(arg1: String) -> Result<i32, String>;
        fn execute5() -> String;
    }

    struct Text;

    impl<'b> From<Text> for &'b str {
        fn from(_: Text) -> &'b str {
            "text"
        }
    }

    struct Job(i32);

    impl<'a> BoxTrait1<'a, Text> for Job {
        type Type1 = i32;
        type Type2 = i32;
        const FOO: u32 = 8;
        fn execute1<'b>(&'a self, _arg1: &'b Text) -> Result<i32, String> {
            Ok(self.0)
        }
        fn execute2(&mut self, arg1: i32) -> i32 {
            self.0 += arg1;
            self.0
        }
        fn execute3(self) -> i32 {
            self.0
        }
        fn execute4(arg1: String) -> Result<i32, String> {
            arg1.parse().map_err(|_| arg1)
        }
        fn execute5() -> String {
            "five".into()
        }
    }

    fn assert_impl<'a, T: BoxTrait1<'a, Text>>() {}

    pub fn check() {
        assert_impl::<Box<Job>>();
        let mut job = Box::new(Job(1));
        assert_eq!(BoxTrait1::execute1(&job, &Text), Ok(1));
        assert_eq!(BoxTrait1::<Text>::execute2(&mut job, 2), 3);
        assert_eq!(BoxTrait1::<Text>::execute3(job), 3);
        assert_eq!(<Box<Job> as BoxTrait1<Text>>::execute4("12".into()), Ok(12));
        assert_eq!(<Box<Job> as BoxTrait1<Text>>::execute5(), "five");
        assert_eq!(<Box<Job> as BoxTrait1<Text>>::FOO, 8);
    }
}

// 4. big_trait_where_bound_for_all_refs: method where clauses on a trait parameter and on a projection of `Self`.
mod s04_big_trait_where_bound_for_all_refs {
    use super::protocol;
    use std::rc::Rc;
    use std::sync::Arc;

    #[protocol(forward(&, &mut, Box, Rc, Arc))]
    trait Big<'a, T: for<'b> Into<&'b str>> {
        type Type1;
        type Type2: std::ops::Deref;

        const FOO: u32;

        fn execute1<'b>(&'a self, arg1: &'b T) -> Result<Self::Type1, String>
        where
            T: Clone,
            <Self::Type2 as std::ops::Deref>::Target: Clone;

        fn execute2(&self) -> Self::Type2
        where
            T: std::ops::Deref<Target = Self::Type1>;
    }

    #[derive(Clone)]
    struct Text;

    impl<'b> From<Text> for &'b str {
        fn from(_: Text) -> &'b str {
            "text"
        }
    }

    struct Job(u32);

    impl<'a, T: for<'b> Into<&'b str>> Big<'a, T> for Job {
        type Type1 = u32;
        type Type2 = Box<u8>;
        const FOO: u32 = 9;
        fn execute1<'b>(&'a self, _arg1: &'b T) -> Result<u32, String>
        where
            T: Clone,
            <Self::Type2 as std::ops::Deref>::Target: Clone,
        {
            Ok(self.0)
        }
        fn execute2(&self) -> Box<u8>
        where
            T: std::ops::Deref<Target = u32>,
        {
            Box::new(2)
        }
    }

    fn assert_impl<'a, T: Big<'a, Text> + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Job>();
        assert_impl::<&mut Job>();
        assert_impl::<Box<Job>>();
        assert_impl::<Rc<Job>>();
        assert_impl::<Arc<Job>>();
        assert_eq!(Big::execute1(&Rc::new(Job(5)), &Text), Ok(5));
    }
}

// 5. fn_method_lifetimes: `#[auto_impl(Fn)]`, a `&'a self` method with its own lifetimes.
mod s05_fn_method_lifetimes {
    use super::protocol;

    #[protocol(callback)]
    trait FnTrait2<'a, T> {
        fn execute<'b, 'c>(
            &'a self,
            arg1: &'b T,
            arg2: &'c T,
            arg3: &'static str,
        ) -> Result<T, String>;
    }

    fn run<'a, F: FnTrait2<'a, u32>>(f: &'a F) -> Result<u32, String> {
        f.execute(&1, &2, "sum")
    }

    pub fn check() {
        let add = |a: &u32, b: &u32, _: &'static str| -> Result<u32, String> { Ok(a + b) };
        assert_eq!(run(&add), Ok(3));
    }
}

// 6. generic_fn_method_for_refs: a method with a type parameter bounded in its where clause, for `&` and `Arc`.
mod s06_generic_fn_method_for_refs {
    use super::protocol;
    use std::sync::Arc;

    #[protocol(forward(&, Arc))]
    pub trait OrderStoreFilter {
        fn filter<F>(&self, predicate: F) -> Result<usize, ()>
        where
            F: Fn(&str) -> bool;
    }

    struct Store(Vec<&'static str>);

    impl OrderStoreFilter for Store {
        fn filter<F>(&self, predicate: F) -> Result<usize, ()>
        where
            F: Fn(&str) -> bool,
        {
            Ok(self.0.iter().filter(|order| predicate(order)).count())
        }
    }

    fn assert_impl<T: OrderStoreFilter + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Store>();
        assert_impl::<Arc<Store>>();
        let store = Arc::new(Store(vec!["tea", "toast", "jam"]));
        assert_eq!(store.filter(|o| o.starts_with('t')), Ok(2));
        assert_eq!(OrderStoreFilter::filter(&&*store, |o| o == "jam"), Ok(1));
    }
}

// 7. generic_types_and_lifetimes_for_fn: `#[auto_impl(Fn)]` on a trait with a lifetime and a type parameter.
mod s07_generic_types_and_lifetimes_for_fn {
    use super::protocol;

    #[protocol(callback)]
    trait MyTrait<'a, T> {
        fn execute<'b>(&'a self, arg1: &'b T, arg2: &'static str) -> Result<(), String>;
    }

    fn run<'a, F: MyTrait<'a, u8>>(f: &'a F) -> Result<(), String> {
        f.execute(&0, "zero")
    }

    pub fn check() {
        assert_eq!(
            run(&|n: &u8, s: &'static str| if *n == 0 { Ok(()) } else { Err(s.into()) }),
            Ok(())
        );
    }
}

// 8. generic_types_and_lifetimes_for_refs: the same trait, forwarded by `&` and `&mut`.
mod s08_generic_types_and_lifetimes_for_refs {
    use super::protocol;

    #[protocol(forward(&, &mut))]
    trait MyTrait<'a, T> {
        fn execute<'b>(&'a self, arg1: &'b T, arg2: &'static str) -> Result<(), String>;
    }

    struct Checker;

    impl<'a> MyTrait<'a, u8> for Checker {
        fn execute<'b>(&'a self, arg1: &'b u8, arg2: &'static str) -> Result<(), String> {
            if *arg1 == 0 {
                Ok(())
            } else {
                Err(arg2.into())
            }
        }
    }

    fn assert_impl<'a, T: MyTrait<'a, u8> + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Checker>();
        assert_impl::<&mut Checker>();
        assert_eq!(
            MyTrait::execute(&&Checker, &1, "one"),
            Err("one".to_string())
        );
        assert_eq!(MyTrait::execute(&&mut Checker, &0, "zero"), Ok(()));
    }
}

// 9. keep_default_for_simple: a required and a default method (`keep_default_for(&)` dropped: the default is forwarded).
mod s09_keep_default_for_simple {
    use super::protocol;
    use std::cell::Cell;

    #[protocol(forward(&))]
    trait Foo {
        fn required(&self);

        fn provided(&self) {}
    }

    struct Counter(Cell<u32>);

    impl Foo for Counter {
        fn required(&self) {}
        fn provided(&self) {
            self.0.set(self.0.get() + 1);
        }
    }

    fn assert_impl<T: Foo + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Counter>();
        assert_impl::<&dyn Foo>();
        let counter = Counter(Cell::new(0));
        let shared: &dyn Foo = &counter;
        Foo::required(&shared);
        Foo::provided(&shared); // the pointee's override answers
        assert_eq!(counter.0.get(), 1);
    }
}

// 10. keep_default_for_with_where_bounds: a default method bounded by `where Self: Clone`.
mod s10_keep_default_for_with_where_bounds {
    use super::protocol;

    #[protocol(forward(&))]
    trait Foo {
        fn required(&self);

        fn provided(&self)
        where
            Self: Clone,
        {
        }
    }

    #[derive(Clone)]
    struct Plain;

    impl Foo for Plain {
        fn required(&self) {}
    }

    fn assert_impl<T: Foo + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Plain>();
        Foo::provided(&&Plain);
    }
}

// 11. method_name_shadowing: a blanket extension trait has a method of the same name as the protocol's.
mod s11_method_name_shadowing {
    use super::protocol;

    trait AllExt {
        fn foo(&self, _: i32);
    }

    impl<T> AllExt for T {
        fn foo(&self, _: i32) {}
    }

    #[protocol(forward(&))]
    trait Foo {
        fn foo(&self, _x: bool) -> bool;
    }

    struct Flip;

    impl Foo for Flip {
        fn foo(&self, x: bool) -> bool {
            !x
        }
    }

    fn assert_impl<T: Foo + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Flip>();
        assert!(Foo::foo(&&Flip, false));
        AllExt::foo(&&Flip, 1);
    }
}

// 12. mut_self_for_fn: `#[auto_impl(Fn)]` on a `&mut self` method.
mod s12_mut_self_for_fn {
    use super::protocol;

    #[protocol(callback)]
    trait Foo {
        fn execute(&mut self);
    }

    fn foo(mut f: impl Foo) {
        f.execute();
    }

    pub fn check() {
        // Fn
        foo(|| {});
    }
}

// 13. mut_self_for_fn_mut: `#[auto_impl(FnMut)]` on a `&mut self` method.
mod s13_mut_self_for_fn_mut {
    use super::protocol;

    #[protocol(callback)]
    trait Foo {
        fn execute(&mut self);
    }

    fn foo(mut f: impl Foo) {
        f.execute();
    }

    pub fn check() {
        // FnMut
        let mut x = 0;
        foo(|| x += 1);
        assert_eq!(x, 1);

        // Fn
        foo(|| {});
    }
}

// 14. non_inferred_generic_types_for_all_refs: type parameters that no argument mentions, on an associated fn and a method.
mod s14_non_inferred_generic_types_for_all_refs {
    use super::protocol;

    #[protocol(forward(&))]
    trait Foo {
        fn foo<T>();
        fn bar<U>(&self);
    }

    struct Unit;

    impl Foo for Unit {
        fn foo<T>() {}
        fn bar<U>(&self) {}
    }

    fn assert_impl<T: Foo + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Unit>();
        <&Unit as Foo>::foo::<String>();
        Foo::bar::<u8>(&&Unit);
    }
}

// 15. non_inferred_generic_types_for_box: the same with `&mut self` and `self`, forwarded by `Box`.
mod s15_non_inferred_generic_types_for_box {
    use super::protocol;

    #[protocol(forward(Box))]
    trait Foo {
        fn foo<T>();
        fn bar<U>(&self);
        fn baz<V>(&mut self);
        fn qux<W>(self);
    }

    struct Unit;

    impl Foo for Unit {
        fn foo<T>() {}
        fn bar<U>(&self) {}
        fn baz<V>(&mut self) {}
        fn qux<W>(self) {}
    }

    fn assert_impl<T: Foo>() {}

    pub fn check() {
        assert_impl::<Box<Unit>>();
        let mut boxed = Box::new(Unit);
        <Box<Unit> as Foo>::foo::<u8>();
        Foo::bar::<u8>(&boxed);
        Foo::baz::<u8>(&mut boxed);
        Foo::qux::<u8>(boxed);
    }
}

// 16. non_inferred_generic_types_with_lifetimes_for_all_refs: unused type parameters mixed with lifetimes only in the return type.
mod s16_non_inferred_generic_types_with_lifetimes_for_all_refs {
    use super::protocol;

    #[protocol(forward(&))]
    trait Foo {
        fn foo<T>();
        fn bar<U>(&self);
        fn baz<'a, U>() -> &'a str;
        fn qux<'a, 'b, 'c, U, V, T>(&self) -> (&'a str, &'b str, &'c str);
    }

    struct Unit;

    impl Foo for Unit {
        fn foo<T>() {}
        fn bar<U>(&self) {}
        fn baz<'a, U>() -> &'a str {
            "baz"
        }
        fn qux<'a, 'b, 'c, U, V, T>(&self) -> (&'a str, &'b str, &'c str) {
            ("a", "b", "c")
        }
    }

    fn assert_impl<T: Foo + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Unit>();
        assert_eq!(<&Unit as Foo>::baz::<u8>(), "baz");
        assert_eq!(Foo::qux::<u8, u16, u32>(&&Unit), ("a", "b", "c"));
    }
}

// 17. ref_self_for_fn: `#[auto_impl(Fn)]` on a `&self` method.
mod s17_ref_self_for_fn {
    use super::protocol;

    #[protocol(callback)]
    trait Foo {
        fn execute(&self);
    }

    fn foo(f: impl Foo) {
        f.execute();
    }

    pub fn check() {
        // Fn
        foo(|| {});
    }
}

// 18. self_bound: a required method bounded by `where Self: Clone`.
mod s18_self_bound {
    use super::protocol;

    #[protocol(forward(&))]
    trait Trait {
        fn foo(&self)
        where
            Self: Clone;
    }

    #[derive(Clone)]
    struct Foo {}

    impl Trait for Foo {
        fn foo(&self)
        where
            Self: Clone,
        {
        }
    }

    fn assert_impl<T: Trait>() {}

    pub fn check() {
        assert_impl::<Foo>();
        assert_impl::<&Foo>();
        Trait::foo(&&Foo {});
    }
}

// 19. self_bound_default_method: `keep_default_for(Box)` is `#[keep_default]` on the method.
mod s19_self_bound_default_method {
    use super::protocol;

    #[protocol(forward(Box))]
    trait Trait {
        fn bar(&self);
        #[keep_default]
        fn foo(&self)
        where
            Self: Clone,
        {
        }
    }

    struct Foo {}

    impl Trait for Foo {
        fn bar(&self) {}
    }

    fn assert_impl<T: Trait>() {}

    pub fn check() {
        assert_impl::<Box<Foo>>();
        Trait::bar(&Box::new(Foo {}));
    }
}

// 20. self_bound_multiple: two methods with different `where Self: …` bounds.
mod s20_self_bound_multiple {
    use super::protocol;
    use std::fmt;

    #[protocol(forward(&))]
    trait Trait {
        fn foo(&self)
        where
            Self: Clone;
        fn bar(&self)
        where
            Self: Default + fmt::Display;
    }

    #[derive(Clone, Default)]
    struct Foo {}

    impl Trait for Foo {
        fn foo(&self)
        where
            Self: Clone,
        {
        }
        fn bar(&self)
        where
            Self: Default + fmt::Display,
        {
        }
    }

    impl fmt::Display for Foo {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("foo")
        }
    }

    fn assert_impl<T: Trait>() {}

    pub fn check() {
        assert_impl::<Foo>();
        assert_impl::<&Foo>();
    }
}

// 21. self_by_value_mut: a default method whose argument is the pattern `ref mut data`.
mod s21_self_by_value_mut {
    use super::protocol;

    pub struct Data {
        id: usize,
    }

    #[protocol(forward(&, Box))]
    trait Foo {
        fn foo(&self, ref mut data: Data) -> usize {
            data.id += 1;
            data.id
        }
    }

    struct Unit;

    impl Foo for Unit {}

    fn assert_impl<T: Foo + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Unit>();
        assert_impl::<Box<Unit>>();
        assert_impl::<Box<dyn Foo>>();
        assert_eq!(Foo::foo(&&Unit, Data { id: 1 }), 2);
        assert_eq!(Foo::foo(&Box::new(Unit), Data { id: 2 }), 3);
    }
}

// 22. super_trait_complex_for_refs: a generic protocol with a generic supertrait (`'static` argument), a `where Self: Send` clause and a default calling the supertrait.
mod s22_super_trait_complex_for_refs {
    use super::protocol;

    trait Supi<'a, T> {
        fn supi(&self);
    }

    // Every type, pointers included, has the supertrait.
    impl<'a, T, X: ?Sized> Supi<'a, T> for X {
        fn supi(&self) {}
    }

    #[protocol(forward(Box, &))]
    trait Foo<T, U>: Supi<'static, U>
    where
        Self: Send,
    {
        fn foo(&self) -> i32 {
            self.supi();
            3
        }

        fn bar(&self);
    }

    struct Dog;

    impl<T, U> Foo<T, U> for Dog {
        fn bar(&self) {}
    }

    fn assert_impl<T: Foo<u8, u16> + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Dog>();
        assert_impl::<Box<Dog>>();
        assert_eq!(Foo::<u8, u16>::foo(&Box::new(Dog)), 3);
        Foo::<u8, u16>::bar(&&Dog);
    }
}

// 23. super_trait_simple_for_fn_types: `#[auto_impl(Fn)]` on a trait with a supertrait.
mod s23_super_trait_simple_for_fn_types {
    use super::protocol;

    trait Supi {}

    impl<X: ?Sized> Supi for X {}

    #[protocol(callback)]
    trait Foo: Supi {
        fn foo(&self, x: u32) -> String;
    }

    fn run(f: impl Foo) -> String {
        f.foo(7)
    }

    pub fn check() {
        assert_eq!(run(|x: u32| x.to_string()), "7");
    }
}

// 24. super_trait_simple_for_refs: a protocol with only a supertrait (here an intersection: `forward(…)` is refused, its blanket impl covers pointers).
mod s24_super_trait_simple_for_refs {
    use super::protocol;

    trait Supi {}

    #[protocol]
    trait Foo: Supi {}

    struct Dog;

    impl Supi for Dog {}
    impl Supi for &Dog {}
    impl Supi for Box<Dog> {}

    fn assert_impl<T: Foo + ?Sized>() {}

    pub fn check() {
        assert_impl::<Dog>();
        assert_impl::<&Dog>();
        assert_impl::<Box<Dog>>();
    }
}

// 25. trailing_comma: an empty protocol whose generic parameter list ends in a comma.
mod s25_trailing_comma {
    use super::protocol;

    #[protocol(forward(&))]
    trait MyTrait<T> {}

    struct Unit;

    impl<T> MyTrait<T> for Unit {}

    fn assert_impl<X: MyTrait<u8> + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Unit>();
    }
}

// 26. trait_in_fn: a callback protocol and a forwarded protocol declared in a function body.
mod s26_trait_in_fn {
    use super::protocol;
    use std::rc::Rc;
    use std::sync::Arc;

    pub fn check() {
        #[protocol(callback)]
        trait Foo<'a, T> {
            fn execute<'b>(&'a self, arg1: &'b T, arg3: &'static str) -> Result<T, String>;
        }

        #[protocol(forward(&, &mut, Box, Rc, Arc))]
        trait Bar<'a, T> {
            fn execute<'b>(&'a self, arg1: &'b T, arg3: &'static str) -> Result<T, String>;
        }

        struct Copier;

        impl<'a> Bar<'a, u8> for Copier {
            fn execute<'b>(&'a self, arg1: &'b u8, _arg3: &'static str) -> Result<u8, String> {
                Ok(*arg1)
            }
        }

        fn foo<'a, F: Foo<'a, u8>>(f: &'a F) -> Result<u8, String> {
            f.execute(&1, "one")
        }

        fn bar<'a, B: Bar<'a, u8> + ?Sized>(b: &'a B) -> Result<u8, String> {
            b.execute(&2, "two")
        }

        assert_eq!(foo(&|n: &u8, _: &'static str| Ok(*n)), Ok(1));
        assert_eq!(bar(&&Copier), Ok(2));
        assert_eq!(bar(&&mut Copier), Ok(2));
        assert_eq!(bar(&Box::new(Copier)), Ok(2));
        assert_eq!(bar(&Rc::new(Copier)), Ok(2));
        assert_eq!(bar(&Arc::new(Copier)), Ok(2));
    }
}

// 27. trait_in_mods: the same two protocols in a `#[no_implicit_prelude]` module and a module nested in it.
#[no_implicit_prelude]
mod s27_trait_in_mods {
    pub mod outer {
        use ::protocol::protocol;
        use ::std::{result::Result, string::String};

        #[protocol(callback, no_implicit_prelude)]
        pub trait Foo<'a, T> {
            fn execute<'b>(&'a self, arg1: &'b T, arg3: &'static str) -> Result<T, String>;
        }

        #[protocol(forward(&, &mut, Box, Rc, Arc), no_implicit_prelude)]
        pub trait Bar<'a, T> {
            fn execute<'b>(&'a self, arg1: &'b T, arg3: &'static str) -> Result<T, String>;
        }

        pub mod inner {
            use ::protocol::protocol;
            use ::std::{result::Result, string::String};

            #[protocol(callback, no_implicit_prelude)]
            pub trait Foo<'a, T> {
                fn execute<'b>(&'a self, arg1: &'b T, arg3: &'static str) -> Result<T, String>;
            }

            #[protocol(forward(&, &mut, Box, Rc, Arc), no_implicit_prelude)]
            pub trait Bar<'a, T> {
                fn execute<'b>(&'a self, arg1: &'b T, arg3: &'static str) -> Result<T, String>;
            }
        }
    }
}

mod s27_check {
    use super::s27_trait_in_mods::outer;
    use std::rc::Rc;
    use std::sync::Arc;

    struct Copier;

    impl<'a> outer::Bar<'a, u8> for Copier {
        fn execute<'b>(&'a self, arg1: &'b u8, _: &'static str) -> Result<u8, String> {
            Ok(*arg1)
        }
    }

    impl<'a> outer::inner::Bar<'a, u8> for Copier {
        fn execute<'b>(&'a self, arg1: &'b u8, _: &'static str) -> Result<u8, String> {
            Ok(*arg1 + 1)
        }
    }

    fn both<'a, T: outer::Bar<'a, u8> + outer::inner::Bar<'a, u8> + ?Sized>() {}

    fn callbacks<'a, F: outer::Foo<'a, u8> + outer::inner::Foo<'a, u8>>(_: &'a F) {}

    pub fn check() {
        both::<&Copier>();
        both::<&mut Copier>();
        both::<Box<Copier>>();
        both::<Rc<Copier>>();
        both::<Arc<Copier>>();
        callbacks(&|n: &u8, _: &'static str| -> Result<u8, String> { Ok(*n) });
        assert_eq!(
            outer::inner::Bar::execute(&Arc::new(Copier), &1, "one"),
            Ok(2)
        );
    }
}

// 28. trait_obj_default_method: a `self` default method bounded by `where Self: Sized`; `Box<dyn Trait>` still conforms.
mod s28_trait_obj_default_method {
    use super::protocol;

    #[protocol(forward(Box))]
    trait Trait {
        fn bar(&self) -> u8;

        fn foo(self) -> u8
        where
            Self: Sized,
        {
            self.bar() + 1
        }
    }

    fn assert_impl<T: Trait>() {}

    struct Foo {}

    impl Trait for Foo {
        fn bar(&self) -> u8 {
            1
        }
    }

    pub fn check() {
        assert_impl::<Foo>();
        assert_impl::<Box<dyn Trait>>();
        let boxed: Box<dyn Trait> = Box::new(Foo {});
        assert_eq!(boxed.foo(), 2);
    }
}

// 29. trait_obj_immutable_self: one `&self` method, every pointer kind, `dyn` pointees.
mod s29_trait_obj_immutable_self {
    use super::protocol;
    use std::rc::Rc;
    use std::sync::Arc;

    #[protocol(forward(&, &mut, Box, Rc, Arc))]
    trait Trait {
        fn foo(&self) -> u8;
    }

    struct Foo;

    impl Trait for Foo {
        fn foo(&self) -> u8 {
            29
        }
    }

    fn assert_impl<T: Trait>() {}

    fn call(t: impl Trait) -> u8 {
        t.foo()
    }

    pub fn check() {
        assert_impl::<&dyn Trait>();
        assert_impl::<&mut dyn Trait>();
        assert_impl::<Box<dyn Trait>>();
        assert_impl::<Rc<dyn Trait>>();
        assert_impl::<Arc<dyn Trait>>();
        assert_eq!(call(&Foo as &dyn Trait), 29);
        assert_eq!(call(&mut Foo as &mut dyn Trait), 29);
        assert_eq!(call(Box::new(Foo) as Box<dyn Trait>), 29);
        assert_eq!(call(Rc::new(Foo) as Rc<dyn Trait>), 29);
        assert_eq!(call(Arc::new(Foo) as Arc<dyn Trait>), 29);
    }
}

// 30. trait_obj_self_sized: `Sized` as a supertrait, in the trait's where clause, and both.
mod s30_trait_obj_self_sized {
    use super::protocol;

    #[protocol(forward(Box))]
    trait Foo: Sized {
        fn foo(&self) -> u8;
    }

    #[protocol(forward(Box))]
    trait Bar
    where
        Self: Sized,
    {
        fn foo(&self) -> u8;
    }

    #[protocol(forward(Box))]
    trait Baz: Sized
    where
        Self: Sized,
    {
        fn foo(&self) -> u8;
    }

    struct Unit;

    impl Foo for Unit {
        fn foo(&self) -> u8 {
            1
        }
    }

    impl Bar for Unit {
        fn foo(&self) -> u8 {
            2
        }
    }

    impl Baz for Unit {
        fn foo(&self) -> u8 {
            3
        }
    }

    fn assert_impl<T: Foo + Bar + Baz>() {}

    pub fn check() {
        assert_impl::<Box<Unit>>();
        assert_eq!(
            Foo::foo(&Box::new(Unit)) + Bar::foo(&Box::new(Unit)) + Baz::foo(&Box::new(Unit)),
            6
        );
    }
}

// 31. trait_obj_value_self: a required `self` method, forwarded by `Box` (`Box<T>` for sized `T`).
mod s31_trait_obj_value_self {
    use super::protocol;

    #[protocol(forward(Box))]
    trait Trait {
        fn foo(self) -> String;
    }

    struct Name(String);

    impl Trait for Name {
        fn foo(self) -> String {
            self.0
        }
    }

    fn assert_impl<T: Trait>() {}

    pub fn check() {
        assert_impl::<Box<Name>>();
        assert_eq!(Trait::foo(Box::new(Name("moved".into()))), "moved");
    }
}

// 32. value_self_for_fn: `#[auto_impl(Fn)]` on a `self` method.
mod s32_value_self_for_fn {
    use super::protocol;

    #[protocol(callback)]
    trait Foo {
        fn execute(self);
    }

    fn foo(f: impl Foo) {
        f.execute();
    }

    pub fn check() {
        // Fn
        foo(|| {});
    }
}

// 33. value_self_for_fn_mut: `#[auto_impl(FnMut)]` on a `self` method.
mod s33_value_self_for_fn_mut {
    use super::protocol;

    #[protocol(callback)]
    trait Foo {
        fn execute(self);
    }

    fn foo(f: impl Foo) {
        f.execute();
    }

    pub fn check() {
        // FnMut
        let mut x = 0;
        foo(|| x += 1);
        assert_eq!(x, 1);

        // Fn
        foo(|| {});
    }
}

// 34. value_self_for_fn_once: `#[auto_impl(FnOnce)]` on a `self` method.
mod s34_value_self_for_fn_once {
    use super::protocol;

    #[protocol(callback)]
    trait Foo {
        fn execute(self);
    }

    fn foo(f: impl Foo) {
        f.execute();
    }

    pub fn check() {
        // FnOnce
        let s = String::new();
        foo(|| drop(s));

        // FnMut
        let mut x = 0;
        foo(|| x += 1);
        assert_eq!(x, 1);

        // Fn
        foo(|| {});
    }
}

// 35. since_1.51/associated_lifetime: a generic associated type bounded by `Iterator<Item = T> + 'a`.
mod s35_associated_lifetime {
    use super::protocol;
    use std::sync::Arc;

    #[protocol(forward(&, Arc, Box))]
    pub trait Trait {
        type Type<'a, T>: Iterator<Item = T> + 'a;
    }

    fn assert_impl<T: Trait + ?Sized>() {}

    // An implementation's `Type<'a, T>` would need `T: 'a`, which the trait does not give, so
    // the forwarding impls are proved for every implementor `X` instead of a concrete type.
    fn forwards<X: Trait + ?Sized>() {
        assert_impl::<&X>();
        assert_impl::<Arc<X>>();
        assert_impl::<Box<X>>();
    }

    // The pointers' associated type is the pointee's.
    fn same<'a, X: Trait>(it: X::Type<'a, u8>) -> <Arc<X> as Trait>::Type<'a, u8> {
        it
    }

    pub fn check() {} // `forwards` and `same` type-check: nothing to run
}

// 36. since_1.51/generic_const_method: a method with a const parameter.
mod s36_generic_const_method {
    use super::protocol;

    #[protocol(forward(&))]
    trait Foo {
        fn foo<const I: i32>(&self) -> i32;
    }

    struct Unit;

    impl Foo for Unit {
        fn foo<const I: i32>(&self) -> i32 {
            I
        }
    }

    fn assert_impl<T: Foo + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Unit>();
        assert_eq!(Foo::foo::<36>(&&Unit), 36);
    }
}

// 37. since_1.51/generic_mix: a method with a lifetime, a type and a const parameter, in a trait with a lifetime and a type parameter.
mod s37_generic_mix {
    use super::protocol;

    #[protocol(forward(&, &mut))]
    trait MyTrait<'a, T> {
        fn execute<'b, U, const N: usize>(
            &'a self,
            arg1: &'b T,
            arg2: &'static str,
            arg3: U,
        ) -> Result<(), String>;
    }

    struct Unit;

    impl<'a> MyTrait<'a, u8> for Unit {
        fn execute<'b, U, const N: usize>(
            &'a self,
            arg1: &'b u8,
            arg2: &'static str,
            _arg3: U,
        ) -> Result<(), String> {
            if usize::from(*arg1) == N {
                Ok(())
            } else {
                Err(arg2.into())
            }
        }
    }

    fn assert_impl<'a, T: MyTrait<'a, u8> + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Unit>();
        assert_impl::<&mut Unit>();
        assert_eq!(
            MyTrait::execute::<char, 3>(&&Unit, &3, "three", 'c'),
            Ok(())
        );
        assert_eq!(
            MyTrait::execute::<(), 4>(&&mut Unit, &3, "four", ()),
            Err("four".to_string())
        );
    }
}

// 38. since_1.75/async_trait: an `async fn` method, every pointer kind.
mod s38_async_trait {
    use super::{block_on, protocol};
    use std::rc::Rc;
    use std::sync::Arc;

    #[protocol(forward(&, &mut, Arc, Box, Rc))]
    trait AsyncTrait {
        async fn foo(&self) -> u8;
    }

    struct Unit;

    impl AsyncTrait for Unit {
        async fn foo(&self) -> u8 {
            38
        }
    }

    fn assert_impl<T: AsyncTrait + ?Sized>() {}

    pub fn check() {
        assert_impl::<&Unit>();
        assert_impl::<&mut Unit>();
        assert_impl::<Arc<Unit>>();
        assert_impl::<Box<Unit>>();
        assert_impl::<Rc<Unit>>();
        assert_eq!(block_on(AsyncTrait::foo(&&Unit)), 38);
        assert_eq!(block_on(AsyncTrait::foo(&Rc::new(Unit))), 38);
    }
}

fn main() {
    s01_associated_type_with_where_clause::check();
    s02_big_trait_for_all_refs::check();
    s03_big_trait_for_box::check();
    s04_big_trait_where_bound_for_all_refs::check();
    s05_fn_method_lifetimes::check();
    s06_generic_fn_method_for_refs::check();
    s07_generic_types_and_lifetimes_for_fn::check();
    s08_generic_types_and_lifetimes_for_refs::check();
    s09_keep_default_for_simple::check();
    s10_keep_default_for_with_where_bounds::check();
    s11_method_name_shadowing::check();
    s12_mut_self_for_fn::check();
    s13_mut_self_for_fn_mut::check();
    s14_non_inferred_generic_types_for_all_refs::check();
    s15_non_inferred_generic_types_for_box::check();
    s16_non_inferred_generic_types_with_lifetimes_for_all_refs::check();
    s17_ref_self_for_fn::check();
    s18_self_bound::check();
    s19_self_bound_default_method::check();
    s20_self_bound_multiple::check();
    s21_self_by_value_mut::check();
    s22_super_trait_complex_for_refs::check();
    s23_super_trait_simple_for_fn_types::check();
    s24_super_trait_simple_for_refs::check();
    s25_trailing_comma::check();
    s26_trait_in_fn::check();
    s27_check::check();
    s28_trait_obj_default_method::check();
    s29_trait_obj_immutable_self::check();
    s30_trait_obj_self_sized::check();
    s31_trait_obj_value_self::check();
    s32_value_self_for_fn::check();
    s33_value_self_for_fn_mut::check();
    s34_value_self_for_fn_once::check();
    s35_associated_lifetime::check();
    s36_generic_const_method::check();
    s37_generic_mix::check();
    s38_async_trait::check();
}
