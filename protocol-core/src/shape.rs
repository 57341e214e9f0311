//! How a struct-level conformance compares an inherent method's signature with the one the
//! protocol declares, so that a wrong one is reported in the protocol's words (see the
//! adapter's `check` module in the macros).
//!
//! The method's function item is seen as a function pointer whose every lifetime is left to
//! inference ([`FnShape`]), and the protocol's signature as one whose every lifetime is one
//! given lifetime ([`Assemble`] on `fn(&'k ()) -> ((arguments), result)`):
//! the two are the same type exactly when the method has the declared receiver, arguments
//! and result, whatever its lifetimes. Up to twelve arguments.

use core::marker::PhantomData;

/// A function's arguments (`Args`, a tuple) and its pointer type with lifetimes left free.
pub trait FnShape<Args> {
    /// `fn(A0, …) -> R`.
    type Ptr;
}

/// `fn(&'k ()) -> ((A0, …), R)` to `fn(A0, …) -> R`: written that way, every lifetime the
/// arguments and result elide is `'k`.
pub trait Assemble {
    /// `fn(A0, …) -> R`.
    type Ptr;
}

/// `f`, and a marker of its pointer type, for the comparison.
#[inline]
pub fn shape<F: FnShape<Args>, Args>(f: F) -> (F, PhantomData<F::Ptr>) {
    (f, PhantomData)
}

impl<F: FnOnce() -> R, R> FnShape<()> for F {
    type Ptr = fn() -> R;
}

impl<F: FnOnce(A0) -> R, A0, R> FnShape<(A0,)> for F {
    type Ptr = fn(A0) -> R;
}

impl<F: FnOnce(A0, A1) -> R, A0, A1, R> FnShape<(A0, A1)> for F {
    type Ptr = fn(A0, A1) -> R;
}

impl<F: FnOnce(A0, A1, A2) -> R, A0, A1, A2, R> FnShape<(A0, A1, A2)> for F {
    type Ptr = fn(A0, A1, A2) -> R;
}

impl<F: FnOnce(A0, A1, A2, A3) -> R, A0, A1, A2, A3, R> FnShape<(A0, A1, A2, A3)> for F {
    type Ptr = fn(A0, A1, A2, A3) -> R;
}

impl<F: FnOnce(A0, A1, A2, A3, A4) -> R, A0, A1, A2, A3, A4, R> FnShape<(A0, A1, A2, A3, A4)>
    for F
{
    type Ptr = fn(A0, A1, A2, A3, A4) -> R;
}

impl<F: FnOnce(A0, A1, A2, A3, A4, A5) -> R, A0, A1, A2, A3, A4, A5, R>
    FnShape<(A0, A1, A2, A3, A4, A5)> for F
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5) -> R;
}

impl<F: FnOnce(A0, A1, A2, A3, A4, A5, A6) -> R, A0, A1, A2, A3, A4, A5, A6, R>
    FnShape<(A0, A1, A2, A3, A4, A5, A6)> for F
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6) -> R;
}

impl<F: FnOnce(A0, A1, A2, A3, A4, A5, A6, A7) -> R, A0, A1, A2, A3, A4, A5, A6, A7, R>
    FnShape<(A0, A1, A2, A3, A4, A5, A6, A7)> for F
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6, A7) -> R;
}

impl<F: FnOnce(A0, A1, A2, A3, A4, A5, A6, A7, A8) -> R, A0, A1, A2, A3, A4, A5, A6, A7, A8, R>
    FnShape<(A0, A1, A2, A3, A4, A5, A6, A7, A8)> for F
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6, A7, A8) -> R;
}

impl<
        F: FnOnce(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9) -> R,
        A0,
        A1,
        A2,
        A3,
        A4,
        A5,
        A6,
        A7,
        A8,
        A9,
        R,
    > FnShape<(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9)> for F
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9) -> R;
}

impl<
        F: FnOnce(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10) -> R,
        A0,
        A1,
        A2,
        A3,
        A4,
        A5,
        A6,
        A7,
        A8,
        A9,
        A10,
        R,
    > FnShape<(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10)> for F
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10) -> R;
}

impl<
        F: FnOnce(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11) -> R,
        A0,
        A1,
        A2,
        A3,
        A4,
        A5,
        A6,
        A7,
        A8,
        A9,
        A10,
        A11,
        R,
    > FnShape<(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11)> for F
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11) -> R;
}

impl<'k, R> Assemble for fn(&'k ()) -> ((), R) {
    type Ptr = fn() -> R;
}

impl<'k, A0, R> Assemble for fn(&'k ()) -> ((A0,), R) {
    type Ptr = fn(A0) -> R;
}

impl<'k, A0, A1, R> Assemble for fn(&'k ()) -> ((A0, A1), R) {
    type Ptr = fn(A0, A1) -> R;
}

impl<'k, A0, A1, A2, R> Assemble for fn(&'k ()) -> ((A0, A1, A2), R) {
    type Ptr = fn(A0, A1, A2) -> R;
}

impl<'k, A0, A1, A2, A3, R> Assemble for fn(&'k ()) -> ((A0, A1, A2, A3), R) {
    type Ptr = fn(A0, A1, A2, A3) -> R;
}

impl<'k, A0, A1, A2, A3, A4, R> Assemble for fn(&'k ()) -> ((A0, A1, A2, A3, A4), R) {
    type Ptr = fn(A0, A1, A2, A3, A4) -> R;
}

impl<'k, A0, A1, A2, A3, A4, A5, R> Assemble for fn(&'k ()) -> ((A0, A1, A2, A3, A4, A5), R) {
    type Ptr = fn(A0, A1, A2, A3, A4, A5) -> R;
}

impl<'k, A0, A1, A2, A3, A4, A5, A6, R> Assemble
    for fn(&'k ()) -> ((A0, A1, A2, A3, A4, A5, A6), R)
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6) -> R;
}

impl<'k, A0, A1, A2, A3, A4, A5, A6, A7, R> Assemble
    for fn(&'k ()) -> ((A0, A1, A2, A3, A4, A5, A6, A7), R)
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6, A7) -> R;
}

impl<'k, A0, A1, A2, A3, A4, A5, A6, A7, A8, R> Assemble
    for fn(&'k ()) -> ((A0, A1, A2, A3, A4, A5, A6, A7, A8), R)
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6, A7, A8) -> R;
}

impl<'k, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, R> Assemble
    for fn(&'k ()) -> ((A0, A1, A2, A3, A4, A5, A6, A7, A8, A9), R)
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9) -> R;
}

impl<'k, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, R> Assemble
    for fn(&'k ()) -> ((A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10), R)
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10) -> R;
}

impl<'k, A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, R> Assemble
    for fn(&'k ()) -> ((A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11), R)
{
    type Ptr = fn(A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11) -> R;
}
