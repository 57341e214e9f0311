// mistakes: 2
// Two open protocols with a member of the same name, both imported: method-call syntax on a
// pointer finds both impls (E0034, as for any two traits sharing a method name). The fix is
// the qualified call, or importing one of them. `open(dyn)` makes a pointer to `dyn Feeds`
// publish `eat_bread` too, hence the second error; without it, that call resolves to
// `dyn Feeds`'s own method (why `dyn` publishing is a separate option).
use protocol::protocol;

#[protocol(open)]
pub trait EatsBread {
    fn eat_bread(&self) -> String;
}

#[protocol(open(dyn))]
pub trait Feeds {
    fn eat_bread(&self) -> String;
    fn hungry(&self) -> bool;
}

pub struct Duck;

#[protocol::methods]
impl Duck {
    pub fn eat_bread(&self) -> String {
        "quack".into()
    }
    pub fn hungry(&self) -> bool {
        true
    }
}

fn main() {
    let duck = Duck;
    let _ = duck.eat_bread(); // the inherent method: fine
    let boxed = Box::new(Duck);
    let _ = boxed.eat_bread(); // E0034
    let _ = EatsBread::eat_bread(&boxed); // fine
    let shared: &dyn Feeds = &duck;
    let _ = shared.eat_bread(); // `dyn Feeds`'s own method: fine
    let boxed_dyn: Box<dyn Feeds> = Box::new(Duck);
    let _ = boxed_dyn.eat_bread(); // E0034
}
