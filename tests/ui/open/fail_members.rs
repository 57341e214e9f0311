// mistakes: 8
// Members no published method can serve in an open protocol: an error at each, saying why.
use protocol::protocol;

#[protocol(open)]
pub trait Store {
    fn put<V: Into<String>>(&mut self, value: V);
    async fn fetch(&self) -> u32;
    unsafe fn raw(&self) -> *const u8;
    fn boxed(self: Box<Self>) -> u8;
    fn iter(&self) -> impl Iterator<Item = u8>;
    #[cfg(any())]
    fn hidden(&self) -> u8;
    type Unused;
    fn fine(&self) -> u8;
}

#[protocol(open)]
pub unsafe trait Promise {
    fn kept(&self) -> bool;
}

fn main() {}
