//! What the tests that read `../shared` share: finding it. The data is not
//! part of the crate; these tests are `#[ignore]`d and run in `.ci/run`,
//! where `../shared` lies beside the checkout.

use std::path::PathBuf;

/// The text of `shared/RELATIVE`, found beside the checkout or beside a
/// directory above it (a worktree under `wt/`). Fails loudly when absent.
pub fn shared(relative: &str) -> String {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let path = manifest
        .ancestors()
        .skip(1)
        .map(|dir| dir.join("shared").join(relative))
        .find(|path| path.is_file())
        .unwrap_or_else(|| panic!("shared/{relative} not found next to {}", manifest.display()));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// The acceptance article.
#[allow(dead_code)] // not every test file reads the article
pub fn article() -> String {
    shared("samples/huawei-antispionage.txt")
}
