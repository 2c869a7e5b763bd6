//! Where an incident and the content meet: the values that fill placeholders, what an event
//! says on a timeline, durations as people read them, and the exports.
//!
//! Architecture invariant: nothing below this layer knows both an incident and a phrase; the
//! cockpit and the command line take these from here rather than work them out themselves.

pub mod channels;
pub mod compose;
pub mod correct;
pub mod describe;
pub mod duration;
pub mod export;
pub mod impact;
pub mod names;
pub mod sent;
pub mod values;

pub use describe::{detail, label};
pub use duration::{elapsed, late_by, span, time_left};
pub use sent::copy_event;
pub use values::{Settings, values};
