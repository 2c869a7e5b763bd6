//! When the next update is due: promises read from what was sent, and the default pace that
//! severity and status set.

pub mod pace;
pub mod promise;

pub use pace::{Due, Made, Policy, SetBy, State, next_after_sending, next_update, promises};
pub use promise::{NoPromise, Promise, parse, parse_when};
