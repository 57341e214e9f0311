//! A tour of the compile errors: each mistake a user can make with this crate, the error
//! text rustc prints for it, the fix, and the UI test that pins that text down
//! (`tests/ui/<topic>/fail_*.rs`, with the full expected output in the `.stderr` beside it).
//!
//! A program with these mistakes would not compile, so each one is shown here as text.
//! The error lines are copied verbatim from the `.stderr` files (`tests/examples.rs` checks
//! that they still are).
//!
//! Run it with `cargo run --example errors` for the index, `cargo run --example errors -- 3`
//! for one mistake in full, `cargo run --example errors -- --all` for all of them.

/// One mistake and what the user sees.
struct Mistake {
    /// What went wrong, in a few words.
    title: &'static str,
    /// The code the user wrote (the relevant lines only).
    wrote: &'static str,
    /// The error, as rustc prints it (headline, and the notes that matter).
    error: &'static str,
    /// What to write instead.
    fix: &'static str,
    /// The UI test that shows it; its `.stderr` has the full output.
    ui_test: &'static str,
}

/// Declaring protocols: `#[protocol]` and its options.
const DECLARING: &[Mistake] = &[
    Mistake {
        title: "#[protocol] on something that is not a trait",
        wrote: "#[protocol]\npub struct NotATrait { … }",
        error: "error: #[protocol] goes on a trait definition: `#[protocol] pub trait EatsBread { fn eat_bread(&self) -> String; }`",
        fix: "put #[protocol] on a trait",
        ui_test: "tests/ui/protocol/fail_bad_input.rs",
    },
    Mistake {
        title: "an unknown #[protocol] option",
        wrote: "#[protocol(frobnicate)]",
        error: "error: unknown option `frobnicate`: #[protocol] accepts `forward(&, &mut, Box, Rc, Arc)`, `callback`, `runtime_checkable`, `open`, `open(dyn)`, `no_implicit_prelude` and `crate = path`",
        fix: "use one of the options listed",
        ui_test: "tests/ui/protocol/fail_bad_input.rs",
    },
    Mistake {
        title: "a forwarding impl that a member makes impossible",
        wrote: "#[protocol(forward(&, Rc, Box))]\npub trait Counts { fn bump(&mut self) -> u32; … }",
        error: "error: `forward(&)` is impossible for protocol `Counts`: `fn bump(&mut self) -> u32`: it takes `&mut self`, and a `&T` gives only shared access to its pointee",
        fix: "drop the kind from forward(…), or leave the option out to get every possible kind",
        ui_test: "tests/ui/protocol/fail_forward.rs",
    },
    Mistake {
        title: "a callback protocol with more than one required method",
        wrote: "#[protocol(callback)]\npub trait TwoMethods { fn first(&self); fn second(&self); }",
        error: "error: a `callback` protocol has exactly one required member, a method taking `&self`, `&mut self` or `self` (the call); `TwoMethods` requires `fn first(&self)`, `fn second(&self)`",
        fix: "give the other methods a default body, or drop `callback`",
        ui_test: "tests/ui/protocol/fail_callback.rs",
    },
    Mistake {
        title: "#[field] on a method of the wrong shape",
        wrote: "#[field]\nfn two(&self, a: u8) -> u8;",
        error: "error: #[field] goes on a method of one of these shapes: `fn x(&self) -> &T` (a reference to field `x`), `fn x(&self) -> T` (a clone of it), `fn x_mut(&mut self) -> &mut T` (a mutable reference) or `fn set_x(&mut self, value: T)` (assignment)",
        fix: "use one of the four shapes, or remove #[field]",
        ui_test: "tests/ui/fields/fail_fields.rs",
    },
    Mistake {
        title: "runtime_checkable on a protocol that cannot be `dyn`",
        wrote: "#[protocol(runtime_checkable)]\npub trait Shape { const SIDES: u32; … }",
        error: "error: protocol `Shape` cannot be `runtime_checkable`: its member `const SIDES: u32` keeps `dyn Shape` from existing: an associated const cannot be read through `dyn`",
        fix: "remove the member, or (for methods) add `where Self: Sized` to leave it out of `dyn`",
        ui_test: "tests/ui/runtime/fail_dyn_incompatible.rs",
    },
];

/// Conforming an impl block: `#[conforms(P)] impl T { … }`.
const CONFORMING: &[Mistake] = &[
    Mistake {
        title: "a required member is missing",
        wrote: "#[conforms(Animal)]\nimpl Rock { pub fn name(&self) -> String { … } }",
        error: "error: `Rock` does not conform to protocol `Animal`: missing `fn legs(&self) -> u8`, `fn sound(&mut self, loud: bool) -> Option<&'static str>` and `const KIND: &'static str`",
        fix: "write the members with the signatures shown (one error lists every member the block misses)",
        ui_test: "tests/ui/conforms/fail_missing_members.rs",
    },
    Mistake {
        title: "a member's name is misspelled",
        wrote: "#[conforms(EatsBread)]\nimpl Duck { pub fn eat_bred(&self) -> String { … } }",
        error: "error: `eat_bred` is similar to `eat_bread`: did you mean the member `fn eat_bread(&self) -> String` of protocol `EatsBread`?",
        fix: "rename the method",
        ui_test: "tests/ui/conforms/fail_typo.rs",
    },
    Mistake {
        title: "a wrong return type",
        wrote: "pub fn eat_bread(&self) -> &'static str { … }",
        error: "error[E0053]: method `eat_bread` has an incompatible type for trait",
        fix: "return the type the protocol declares (rustc shows expected and found signatures)",
        ui_test: "tests/ui/conforms/fail_return_type.rs",
    },
    Mistake {
        title: "a wrong receiver",
        wrote: "pub fn float() -> bool { … }   // the protocol says `fn float(&self) -> bool`",
        error: "error: `float` takes no `self` here, but protocol `Swims` declares `fn float(&self) -> bool`",
        fix: "take `&self`, `&mut self` or `self` as the protocol does",
        ui_test: "tests/ui/conforms/fail_receiver.rs",
    },
    Mistake {
        title: "a wrong number of parameters",
        wrote: "pub fn scale(&mut self, by: f64, twice: bool) { … }",
        error: "error: `scale` takes 2 arguments here besides `self`, but protocol `Scales` declares `fn scale(&mut self, by: f64)` (1 argument)",
        fix: "take the protocol's parameters",
        ui_test: "tests/ui/conforms/fail_arity_and_params.rs",
    },
    Mistake {
        title: "a missing `async`, or generics or `unsafe` that differ",
        wrote: "pub fn fetch(&self) -> u8 { … }   // the protocol says `async fn fetch(&self) -> u8`",
        error: "error: `fetch` is not `async` here, but protocol `Tricky` declares `async fn fetch(&self) -> u8`",
        fix: "match the protocol's `async`, `unsafe` and generic parameters",
        ui_test: "tests/ui/conforms/fail_generics_async_unsafe.rs",
    },
    Mistake {
        title: "a const written as a function",
        wrote: "pub fn KIND() -> &'static str { \"duck\" }",
        error: "error: protocol `Kinded` declares `KIND` as an associated const (`const KIND: &'static str`), but this block defines it as a function",
        fix: "write `const KIND: &'static str = \"duck\";` in the block",
        ui_test: "tests/ui/conforms/fail_wrong_kind.rs",
    },
    Mistake {
        title: "a supertrait that does not hold",
        wrote: "#[protocol] pub trait Greets: Named { … }\n#[conforms(Greets)]\nimpl Robot { … }",
        error: "error[E0277]: `Robot` does not conform to protocol `Named`",
        fix: "#[conforms(Named, Greets)], or conform to `Named` elsewhere",
        ui_test: "tests/ui/conforms/fail_supertrait_missing.rs",
    },
    Mistake {
        title: "a trait that is not a #[protocol]",
        wrote: "pub trait Plain { … }\n#[conforms(Plain)]\nimpl Duck { … }",
        error: "error: cannot find macro `Plain` in this scope\n= note: `Plain` is in scope, but it is a trait, not a macro",
        fix: "declare the trait with #[protocol], or write `impl Plain for Duck` by hand",
        ui_test: "tests/ui/conforms/fail_not_a_protocol.rs",
    },
    Mistake {
        title: "an `unsafe trait`",
        wrote: "#[protocol] pub unsafe trait Zeroable { … }\n#[conforms(Zeroable)]\nimpl Bytes { … }",
        error: "error: protocol `Zeroable` is an `unsafe trait`: conforming to it is a promise only its implementer can make, so write `unsafe impl Zeroable for …` by hand",
        fix: "write the `unsafe impl` yourself",
        ui_test: "tests/ui/conforms/fail_unsafe_trait.rs",
    },
    Mistake {
        title: "#[conforms] on a trait impl",
        wrote: "#[conforms(Named)]\nimpl Named for Duck { … }",
        error: "error: #[conforms] goes on an inherent `impl` block (`impl Duck { … }`); this block implements the trait itself, so #[conforms] has nothing to add: remove it",
        fix: "remove the attribute, or turn the block into `impl Duck`",
        ui_test: "tests/ui/conforms/fail_bad_input.rs",
    },
    Mistake {
        title: "a `#[field]` member and no such field",
        wrote: "pub struct Nameless { pub title: String }\n#[conforms(Named)]   // Named has `#[field] fn name(&self) -> &str`\nimpl Nameless {}",
        error: "error[E0026]: struct `Nameless` does not have a field named `name`",
        fix: "add the field, or define `fn name(&self) -> &str` in the block",
        ui_test: "tests/ui/fields/fail_fields.rs",
    },
];

/// Generic protocols and associated types, inferred from the block.
const INFERRING: &[Mistake] = &[
    Mistake {
        title: "nothing says what a type parameter is",
        wrote: "#[conforms(Source)]   // `Source<T>`, and no `get(&self) -> T` in the block\nimpl Counter { … }",
        error: "error: cannot infer the type parameter `T` of protocol `Source`: no method or const of this block stands where the protocol writes `T`; write it out: `#[conforms(Source<…>)]`",
        fix: "#[conforms(Source<u32>)]",
        ui_test: "tests/ui/infer/fail_cannot_infer.rs",
    },
    Mistake {
        title: "two methods disagree about a type parameter",
        wrote: "pub fn push(&mut self, item: u32) { … }\npub fn pop(&mut self) -> Option<u64> { … }",
        error: "error: contradictory inference for the type parameter `T` of protocol `Pipe`: `u64` here, but `u32` in `method push`; write it out: `#[conforms(Pipe<…>)]`",
        fix: "make the signatures agree, or write `#[conforms(Pipe<u32>)]`",
        ui_test: "tests/ui/infer/fail_contradiction.rs",
    },
    Mistake {
        title: "a misspelled associated type",
        wrote: "#[conforms(Container<Itme = String>)]",
        error: "error: protocol `Container` has no associated type `Itme`: did you mean `Item`?",
        fix: "#[conforms(Container<Item = String>)]",
        ui_test: "tests/ui/infer/fail_contradiction.rs",
    },
];

/// Conforming from the type: struct-level `#[conforms]` and `conform!`.
const ADAPTING: &[Mistake] = &[
    Mistake {
        title: "the type has the method only through a trait",
        wrote: "conform!(impl Named for i32);   // `to_string` comes from `ToString`",
        error: "error[E0277]: `i32` does not conform to protocol `Named`: it has no inherent method `fn to_string(&self) -> String`\n= note: only inherent methods count (trait methods and `Deref` targets do not): `i32` needs an inherent `fn to_string(&self) -> String`",
        fix: "conform a type that has the inherent method, or wrap it in a newtype that does",
        ui_test: "tests/ui/adapter/fail_conform.rs",
    },
    Mistake {
        title: "a method that is not written anywhere",
        wrote: "#[conforms(Describe)]\npub struct Rock { … }   // and no `impl Rock { fn describe … }`",
        error: "error[E0277]: `Rock` does not conform to protocol `Describe`: it has no inherent method `fn describe(&self) -> String`",
        fix: "write the inherent method, in any impl block of the crate",
        ui_test: "tests/ui/adapter/fail_struct.rs",
    },
    Mistake {
        title: "an optional member written with the wrong signature",
        wrote: "pub fn is_empty(&self) -> usize { 0 }   // the protocol's default returns `bool`",
        error: "error[E0277]: `Stack`'s inherent method `is_empty` does not have the signature protocol `Len` declares: `fn is_empty(&self) -> bool`\n= help: the trait `StackIsEmptySignature<fn(&Stack) -> bool>` is not implemented for `fn(&Stack) -> usize`",
        fix: "match the signature, or rename the method so the default serves",
        ui_test: "tests/ui/adapter/fail_optional_signature.rs",
    },
    Mistake {
        title: "an associated const from the struct",
        wrote: "#[conforms(Kinded)]   // Kinded has `const KIND: &'static str;`\npub struct Pebble;",
        error: "error: `Pebble` cannot conform to protocol `Kinded` through inherent items: it requires `const KIND: &'static str`, and an associated const must be written in an impl block; use `#[conforms(Kinded)]` on `impl Pebble { const KIND: … }`",
        fix: "conform on the impl block instead",
        ui_test: "tests/ui/adapter/fail_struct.rs",
    },
];

/// Using protocols: use sites, assertions, introspection, run-time checks.
const USING: &[Mistake] = &[
    Mistake {
        title: "passing a type that does not conform",
        wrote: "feed_bread(&Rock);",
        error: "error[E0277]: `Rock` does not conform to protocol `EatsBread`\n= note: `EatsBread` requires `fn eat_bread(&self) -> String`",
        fix: "make `Rock` conform, or pass something that does",
        ui_test: "tests/ui/protocol/fail_use_site.rs",
    },
    Mistake {
        title: "a closure of the wrong signature for a callback protocol",
        wrote: "run(|event: u32| event > 3);   // Handler wants `fn handle(&self, event: &str) -> bool`",
        error: "error[E0631]: type mismatch in closure arguments",
        fix: "take the parameters the protocol's method takes",
        ui_test: "tests/ui/protocol/fail_callback.rs",
    },
    Mistake {
        title: "a static assertion that fails",
        wrote: "assert_conforms!(Rock: Len, Swims);",
        error: "error[E0277]: `Rock` does not conform to protocol `Len`",
        fix: "make the type conform (the notes list the required members)",
        ui_test: "tests/ui/assert/fail_assert_conforms.rs",
    },
    Mistake {
        title: "members! of a trait that is not a protocol",
        wrote: "protocol::members!(Plain)",
        error: "error: cannot find macro `Plain` in this scope",
        fix: "declare the trait with #[protocol]",
        ui_test: "tests/ui/members/fail_members.rs",
    },
    Mistake {
        title: "a run-time cast to a protocol without `runtime_checkable`",
        wrote: "protocol::cast::<dyn Quacks>(duck)",
        error: "error[E0277]: protocol `dyn Quacks` is not runtime_checkable\n= note: declare the protocol with `#[protocol(runtime_checkable)]` to cast to it at run time",
        fix: "#[protocol(runtime_checkable)] on the trait",
        ui_test: "tests/ui/runtime/fail_not_checkable.rs",
    },
];

/// Open conformance: `#[protocol::methods]`, `Open<T>`, `#[protocol(open)]`.
const OPENING: &[Mistake] = &[
    Mistake {
        title: "a type that publishes no such members, used where an open protocol is expected",
        wrote: "#[protocol(open)]\npub trait EatsBread { fn eat_bread(&self) -> String; … }\nfeed_bread(&Rock);",
        error: "error[E0277]: `Rock` does not conform to protocol `EatsBread`\n= note: `EatsBread` requires `fn eat_bread(&self) -> String`\n= note: a type conforms when it publishes these members with `#[protocol::methods]` on the `impl` block that defines them, or through `#[conforms(EatsBread)]` there",
        fix: "#[protocol::methods] on the impl block that defines `pub fn eat_bread(&self) -> String`",
        ui_test: "tests/ui/open/fail_use_site.rs",
    },
    Mistake {
        title: "Open<T> around a type that publishes nothing",
        wrote: "greet(Open::from_ref(&Rock));",
        error: "error[E0277]: `Open<Rock>` does not conform to protocol `Named`",
        fix: "#[protocol::methods] on the impl block of `Rock` that defines the members",
        ui_test: "tests/ui/open/fail_use_site.rs",
    },
    Mistake {
        title: "Box<dyn P> where an open P is expected, without open(dyn)",
        wrote: "#[protocol(open)]\npub trait Named { … }\ngreet(&boxed); // boxed: Box<dyn Named>",
        error: "error[E0277]: `Box<dyn Named>` does not conform to protocol `Named`\n= note: `Box<dyn Named>` and other pointers to `dyn Named` conform only if `Named` is declared `#[protocol(open(dyn))]`",
        fix: "#[protocol(open(dyn))] on the trait",
        ui_test: "tests/ui/open/fail_dyn.rs",
    },
    Mistake {
        title: "an open protocol with a member no published method can serve",
        wrote: "#[protocol(open)]\npub trait Store { fn put<V: Into<String>>(&mut self, value: V); … }",
        error: "error: open protocol `Store` cannot require `fn put<V: Into<String>>(&mut self, value: V)`: a generic method cannot be published (a type publishes one function per name)",
        fix: "a non-generic member, or drop `open` (conformances by #[conforms] support generic members)",
        ui_test: "tests/ui/open/fail_members.rs",
    },
    Mistake {
        title: "open together with forward(...)",
        wrote: "#[protocol(open, forward(&, Box))]",
        error: "error: `open` and `forward(...)` exclude each other: pointers conform to open protocol `Forwarded` through the members they publish (`&T`, `&mut T`, `Box<T>`, `Rc<T>` and `Arc<T>` publish what `T` does)",
        fix: "drop forward(...)",
        ui_test: "tests/ui/open/fail_options.rs",
    },
    Mistake {
        title: "#[protocol::methods] on a trait impl",
        wrote: "#[protocol::methods]\nimpl Speak for Duck { … }",
        error: "error: #[protocol::methods] goes on an inherent impl block (`impl Duck { … }`), whose `pub` methods and consts it publishes, or on a struct with named fields, whose `pub` fields it publishes; a trait impl publishes nothing: its methods are the trait's",
        fix: "put it on the inherent `impl Duck { … }` block",
        ui_test: "tests/ui/open/fail_methods.rs",
    },
];

/// Every group, in the order of the README.
const GROUPS: &[(&str, &[Mistake])] = &[
    ("declaring a protocol", DECLARING),
    ("conforming an impl block", CONFORMING),
    ("inferring generic arguments", INFERRING),
    (
        "conforming from the type (struct-level, conform!)",
        ADAPTING,
    ),
    ("open conformance", OPENING),
    ("using protocols", USING),
];

/// Every mistake with its number, counting from 1 across the groups.
fn numbered() -> impl Iterator<Item = (usize, &'static str, &'static Mistake)> {
    GROUPS
        .iter()
        .flat_map(|(group, mistakes)| mistakes.iter().map(move |mistake| (*group, mistake)))
        .enumerate()
        .map(|(index, (group, mistake))| (index + 1, group, mistake))
}

/// Prints one mistake in full.
fn show(number: usize, mistake: &Mistake) {
    println!("[{number}] {} — {}", mistake.title, mistake.ui_test);
    println!("  you wrote:");
    for line in mistake.wrote.lines() {
        println!("    {line}");
    }
    println!("  rustc says:");
    for line in mistake.error.lines() {
        println!("    {line}");
    }
    println!("  fix: {}", mistake.fix);
}

fn main() {
    println!("compile errors, by mistake (`-- N` shows one in full, `-- --all` every one):");
    let argument = std::env::args().nth(1);
    match argument.as_deref() {
        None => {
            let mut current = "";
            for (number, group, mistake) in numbered() {
                if group != current {
                    println!("{group}:");
                    current = group;
                }
                println!("  {number:>2}. {:<55} {}", mistake.title, mistake.ui_test);
            }
        }
        Some("--all") => numbered().for_each(|(number, _, mistake)| show(number, mistake)),
        Some(wanted) => match numbered().find(|(number, _, _)| number.to_string() == wanted) {
            Some((number, _, mistake)) => show(number, mistake),
            None => println!("no mistake numbered {wanted:?}"),
        },
    }
}
