//! Protocols with `self: Pin<&mut Self>` methods (futures' `Stream`, tokio's `AsyncRead`)
//! forward as those crates forward them by hand: through `&mut T` and `Box<T>` when
//! `T: Unpin`, and through `Pin<P>` when `P` derefs mutably to a conforming target.
#![deny(warnings)]

use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use protocol::{conforms, protocol};

#[protocol(runtime_checkable)]
trait Stream {
    type Item;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>>;
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }
}

#[protocol]
trait AsyncRead {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut [u8],
    ) -> Poll<std::io::Result<usize>>;
}

struct Countdown(u32);

#[conforms(Stream)]
impl Countdown {
    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<u32>> {
        if self.0 == 0 {
            return Poll::Ready(None);
        }
        self.0 -= 1;
        Poll::Ready(Some(self.0))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.0 as usize, Some(self.0 as usize))
    }
}

struct Bytes(&'static [u8]);

#[conforms(AsyncRead)]
impl Bytes {
    fn poll_read(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &mut [u8],
    ) -> Poll<std::io::Result<usize>> {
        let n = buf.len().min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Poll::Ready(Ok(n))
    }
}

/// Drains any stream, pinned where it is.
fn drain<S: Stream + ?Sized>(mut stream: Pin<&mut S>) -> Vec<S::Item> {
    let mut cx = Context::from_waker(Waker::noop());
    let mut out = Vec::new();
    while let Poll::Ready(Some(item)) = stream.as_mut().poll_next(&mut cx) {
        out.push(item);
    }
    out
}

fn drain_unpin<S: Stream + Unpin>(mut stream: S) -> Vec<S::Item> {
    drain(Pin::new(&mut stream))
}

#[test]
fn a_mutable_reference_and_a_box_forward_to_an_unpin_stream() {
    let mut countdown = Countdown(3);
    assert_eq!(drain_unpin(&mut countdown), [2, 1, 0]);
    assert_eq!(drain_unpin(Box::new(Countdown(2))), [1, 0]);
    assert_eq!(Stream::size_hint(&&mut Countdown(4)), (4, Some(4)));
}

#[test]
fn a_pinned_pointer_forwards_to_its_target() {
    let boxed: Pin<Box<dyn Stream<Item = u32>>> = Box::pin(Countdown(2));
    assert_eq!(boxed.size_hint(), (2, Some(2)));
    assert_eq!(drain_unpin(boxed), [1, 0]);
    let mut countdown = Countdown(1);
    assert_eq!(drain_unpin(Pin::new(&mut countdown)), [0]);
}

#[test]
fn a_reader_forwards_the_same_way() {
    fn read_all<R: AsyncRead + Unpin>(mut reader: R) -> Vec<u8> {
        let mut cx = Context::from_waker(Waker::noop());
        let mut out = Vec::new();
        let mut buf = [0; 2];
        while let Poll::Ready(Ok(n @ 1..)) = Pin::new(&mut reader).poll_read(&mut cx, &mut buf) {
            out.extend_from_slice(&buf[..n]);
        }
        out
    }
    let mut bytes = Bytes(b"hello");
    assert_eq!(read_all(&mut bytes), b"hello");
    assert!(bytes.0.is_empty(), "read through the reference");
    assert_eq!(read_all(Box::new(Bytes(b"abc"))), b"abc");
    let pinned: Pin<Box<dyn AsyncRead>> = Box::pin(Bytes(b"xyz"));
    assert_eq!(read_all(pinned), b"xyz");
}

/// The struct-level form: the pinned method is an inherent one, wherever it is written.
#[conforms(Stream<Item = char>)]
struct Repeat {
    left: u8,
}

impl Repeat {
    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<char>> {
        if self.left == 0 {
            return Poll::Ready(None);
        }
        self.left -= 1;
        Poll::Ready(Some('x'))
    }
}

#[test]
fn a_struct_conforms_through_its_inherent_pinned_method() {
    assert_eq!(drain_unpin(Repeat { left: 2 }), ['x', 'x']);
    assert_eq!(drain_unpin(&mut Repeat { left: 1 }), ['x']);
    assert_eq!(Stream::size_hint(&Repeat { left: 5 }), (0, None));
}

#[test]
fn a_pinned_protocol_is_found_at_run_time() {
    let things: Vec<Box<dyn std::any::Any>> = vec![Box::new(Countdown(2)), Box::new(7_u8)];
    let streams: Vec<Vec<u32>> = things
        .into_iter()
        .filter_map(|thing| protocol::cast_box::<dyn Stream<Item = u32>>(thing).ok())
        .map(|stream| drain_unpin(Box::into_pin(stream)))
        .collect();
    assert_eq!(streams, [vec![1, 0]]);
}
