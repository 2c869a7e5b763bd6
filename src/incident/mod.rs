//! Incidents: events, the journal that holds them, the state replayed from it, and the folder
//! of incidents under the data root.
//!
//! Architecture invariant: nothing here knows the phrasebook; the words both share (`Lang`)
//! come from the floor.

pub mod draft;
pub mod event;
pub mod health;
pub mod id;
pub mod journal;
pub mod merge;
mod said;
pub mod state;
pub mod status;
pub mod store;

pub use draft::Draft;
pub use event::{Event, EventKind, MAX_TEXT_BYTES};
pub use id::{IncidentId, Severity};
pub use journal::{Journal, JournalError, Loaded, Warning};
pub use state::{Incident, StateError};
pub use status::Status;
pub use store::{NewIncident, Opened, Store, StoreError, Unreadable};
