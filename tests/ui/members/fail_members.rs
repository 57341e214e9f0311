// mistakes: 2
pub trait Plain {}

fn main() {
    let _ = protocol::members!(Plain);
    let _ = protocol::members!("EatsBread");
}
