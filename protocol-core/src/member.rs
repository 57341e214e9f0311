//! Introspection of a protocol's members (section 4 of the contract).

/// What kind of trait item a protocol [`Member`] is.
///
/// ```
/// use protocol::{protocol, MemberKind};
///
/// #[protocol]
/// pub trait Shape {
///     const SIDES: usize;
///     fn area(&self) -> f64;
///     fn unit() -> Self;
/// }
///
/// let kinds: Vec<MemberKind> = protocol::members!(Shape).iter().map(|m| m.kind).collect();
/// assert_eq!(kinds, [MemberKind::Const, MemberKind::Method, MemberKind::AssociatedFn]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MemberKind {
    /// A method: a function with a receiver (`&self`, `&mut self`, `self`, `self: Box<Self>` …).
    Method,
    /// An associated function without a receiver, such as a constructor (`fn new() -> Self`).
    AssociatedFn,
    /// A data member: a `#[field]` method that a struct field of the same name can supply.
    Field,
    /// An associated constant (`const KIND: &'static str;`).
    Const,
    /// An associated type (`type Item;`).
    Type,
}

/// One member of a protocol, as listed by [`members!`](https://docs.rs/typing-protocol/latest/protocol/macro.members.html).
///
/// ```
/// use protocol::{protocol, Member, MemberKind};
///
/// #[protocol]
/// pub trait EatsBread {
///     fn eat_bread(&self) -> String;
///     fn crumbs(&self) -> usize { 0 }
/// }
///
/// let members: &'static [Member] = protocol::members!(EatsBread);
/// assert_eq!(members[0].name, "eat_bread");
/// assert_eq!(members[0].signature, "fn eat_bread(&self) -> String");
/// assert_eq!(members[0].kind, MemberKind::Method);
/// assert!(members[0].required);
/// assert!(!members[1].required);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Member {
    /// The member's name (`"eat_bread"`).
    pub name: &'static str,
    /// The member's declaration, without body or docs (`"fn eat_bread(&self) -> String"`).
    pub signature: &'static str,
    /// What kind of item it is.
    pub kind: MemberKind,
    /// `false` when the protocol gives the member a default, so a conforming type may omit it.
    pub required: bool,
}

impl Member {
    /// Builds a member description; generated code calls this in constant context.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        name: &'static str,
        signature: &'static str,
        kind: MemberKind,
        required: bool,
    ) -> Self {
        Self {
            name,
            signature,
            kind,
            required,
        }
    }
}
