// mistakes: 5
// Trait shapes from the compile-fail suite of the `auto_impl` crate (auto-impl-rs/auto_impl), written as protocols: each asks for a pointer kind that one member prevents.
use protocol::protocol;

// mut_self_for_arc: a `&mut self` method, forwarded by `Arc`.
#[protocol(forward(Arc))]
trait MutSelfForArc {
    fn foo(&mut self);
}

// mut_self_for_immutable_ref: a `&mut self` method, forwarded by `&`.
#[protocol(forward(&))]
trait MutSelfForImmutableRef {
    fn foo(&mut self);
}

// mut_self_for_rc: a `&mut self` method, forwarded by `Rc`.
#[protocol(forward(Rc))]
trait MutSelfForRc {
    fn foo(&mut self);
}

// value_self_for_immutable_ref: a `self` method, forwarded by `&`.
#[protocol(forward(&))]
trait ValueSelfForImmutableRef {
    fn foo(self);
}

// value_self_for_mutable_ref: a `self` method, forwarded by `&mut`.
#[protocol(forward(&mut))]
trait ValueSelfForMutableRef {
    fn foo(self);
}

fn main() {}
