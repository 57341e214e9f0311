// mistakes: 3
use protocol::protocol;

#[protocol]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
    fn crumbs(&self) -> usize {
        0
    }
}

#[protocol]
pub trait Source<T> {
    fn get(&self) -> T;
}

fn feed_bread(animal: &impl EatsBread) -> String {
    animal.eat_bread()
}

fn total(source: &impl Source<u32>) -> u32 {
    source.get()
}

pub struct Rock;

fn main() {
    feed_bread(&Rock);
    total(&Rock);
    let _zoo: Vec<Box<dyn EatsBread>> = vec![Box::new(Rock)];
}
