// Trait shapes as std, tower, futures, serde, log and embedded-hal write them, declared as
// protocols: each must compile with the forwarding and `Open<T>` impls `#[protocol]` adds.
#![allow(dead_code, async_fn_in_trait)]
use protocol::protocol;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

#[protocol] pub trait Read { fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize>; fn read_exact(&mut self, buf: &mut [u8]) -> std::io::Result<()> { let _ = buf; Ok(()) } }
#[protocol] pub trait Iter { type Item; fn next(&mut self) -> Option<Self::Item>; fn size_hint(&self) -> (usize, Option<usize>) { (0, None) } }
#[protocol] pub trait Hasher { fn finish(&self) -> u64; fn write(&mut self, bytes: &[u8]); }
#[protocol] pub trait FmtWrite { fn write_str(&mut self, s: &str) -> fmt::Result; fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> fmt::Result { let _ = args; Ok(()) } }
#[protocol] pub trait MyError: fmt::Debug + fmt::Display { fn source(&self) -> Option<&(dyn std::error::Error + 'static)> { None } }
#[protocol] pub trait Service<Request> { type Response; type Error; type Future: std::future::Future<Output = Result<Self::Response, Self::Error>>; fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>>; fn call(&mut self, req: Request) -> Self::Future; }
#[protocol] pub trait Stream { type Item; fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>>; }
#[protocol] pub trait MyAdd<Rhs = Self> { type Output; fn add(self, rhs: Rhs) -> Self::Output; }
#[protocol] pub trait MyClone { fn clone_it(&self) -> Self; }
#[protocol] pub trait MyDefault { fn default_it() -> Self; }
#[protocol] pub trait MyEq<Rhs: ?Sized = Self> { fn eq(&self, other: &Rhs) -> bool; fn ne(&self, other: &Rhs) -> bool { !self.eq(other) } }
#[protocol] pub trait MyHash { fn hash<H: std::hash::Hasher>(&self, state: &mut H); }
#[protocol] pub trait MyBorrow<B: ?Sized> { fn borrow(&self) -> &B; }
#[protocol] pub trait MyFromStr: Sized { type Err; fn from_str(s: &str) -> Result<Self, Self::Err>; }
#[protocol] pub trait MyDeref { type Target: ?Sized; fn deref(&self) -> &Self::Target; }
#[protocol] pub trait MyIndex<Idx: ?Sized> { type Output: ?Sized; fn index(&self, index: Idx) -> &Self::Output; }
#[protocol] pub unsafe trait MySend { fn id(&self) -> u8; }
#[protocol] pub trait Fetch { async fn fetch(&self) -> u32; }
#[protocol] pub trait Cfg { #[cfg(unix)] fn unix_only(&self) -> u8; fn always(&self) -> u8; }
#[protocol] pub trait Lending { type Item<'a> where Self: 'a; fn next<'a>(&'a mut self) -> Option<Self::Item<'a>>; }
#[protocol] pub trait Parser<'a, const N: usize> where Self: 'a { fn parse(&self, s: &'a str) -> [u8; N]; }
#[protocol] pub trait ImplRet { fn items(&self) -> impl Iterator<Item = u8>; }
#[protocol] pub trait Log: Sync + Send { fn enabled(&self, level: u8) -> bool; fn log(&self, record: &str); fn flush(&self); }
#[protocol] pub trait OutputPin { type Error: fmt::Debug; fn set_low(&mut self) -> Result<(), Self::Error>; fn set_high(&mut self) -> Result<(), Self::Error>; }
#[protocol] pub trait Serializer: Sized { type Ok; type Error; fn serialize_bool(self, v: bool) -> Result<Self::Ok, Self::Error>; fn serialize_some<T: ?Sized + fmt::Debug>(self, value: &T) -> Result<Self::Ok, Self::Error>; }
#[protocol] pub trait Display2 { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
#[protocol] pub trait Visitor<'de>: Sized { type Value; fn visit_str<E>(self, v: &'de str) -> Result<Self::Value, E>; }
#[protocol] pub trait WithConst { const ID: u32; const NAME: &'static str = "x"; fn id(&self) -> u32 { Self::ID } }
#[protocol] pub trait BoxSelf { fn consume(self: Box<Self>) -> u8; }
#[protocol] pub trait RcSelf { fn shared(self: std::rc::Rc<Self>) -> u8; }
#[protocol] pub trait Cmp { fn max_of(self, other: Self) -> Self where Self: Sized; }

fn main() {}
