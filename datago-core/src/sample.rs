//! The embedded Kota Magelang sample catalog (`examples/magelang`), feature `sample`.
//!
//! The values in it are plausible but invented: the catalog's own description says it is sample
//! data.
//!
//! ```
//! let report = datago_core::sample::bundle().check().unwrap();
//! assert!(report.datasets >= 25 && report.organizations >= 8);
//! assert!(report.valid, "the sample has no errors");
//! ```

use crate::bundle::Bundle;

mod files {
    include!(concat!(env!("OUT_DIR"), "/sample_files.rs"));
}

/// The sample's files: (path relative to the catalog directory, contents).
pub fn files() -> &'static [(&'static str, &'static [u8])] {
    files::FILES
}

/// The sample as a [`Bundle`].
pub fn bundle() -> Bundle {
    let mut b = Bundle::new();
    for (path, bytes) in files::FILES {
        b.insert(*path, bytes.to_vec());
    }
    b
}
