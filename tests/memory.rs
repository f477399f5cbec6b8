//! The heap an analysis takes, counted by a global allocator that keeps
//! the peak of the bytes in use: a guard against a change that brings back
//! a large buffer per token. One test in this file, since the counter is
//! global to the test binary.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

#[path = "../benches/common/corpus.rs"]
mod corpus;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

impl Counting {
    fn add(size: usize) {
        let now = IN_USE.fetch_add(size, Ordering::Relaxed) + size;
        PEAK.fetch_max(now, Ordering::Relaxed);
    }

    fn remove(size: usize) {
        IN_USE.fetch_sub(size, Ordering::Relaxed);
    }
}

// SAFETY: every call is passed on to `System` unchanged; the counters
// only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            Counting::add(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        Counting::remove(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            Counting::add(new_size);
            Counting::remove(layout.size());
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most bytes an analysis of a long news text may hold at once,
/// output included, for each byte of the text (a token is about five
/// bytes of text). It was over 17 before the token list and the entities'
/// token view were packed, 5.9 after, and 3.5 since a long text is
/// analysed in blocks of 256 KiB, so that only the result grows with the
/// text: all on the bench's old text, five articles repeated. On the
/// bench's text since, made-up articles none like another, it was 5.03:
/// every article names people and organizations of its own, and each
/// distinct one holds its name, roles and list of mentions, where the
/// repeated text named the same thirty people over and over. 4.58 since
/// the token list and each person's mentions give back their spare
/// room, and 3.97 since the sentences, paragraphs and roles do too, and
/// the join of the blocks files its people by the hashes of their name
/// words rather than by the words; 3.63 since a token takes six bytes,
/// not eight. The bound leaves room for small changes, not for a new
/// buffer of 6 bytes a token (1.2 a byte of text) or a stage that works
/// on the whole text at once.
const MAX_BYTES_PER_TEXT_BYTE: f64 = 4.0;

#[test]
fn an_analysis_holds_at_most_four_bytes_per_byte_of_text() {
    let text = corpus::document(4 << 20);
    let analyzer = kilde::Analyzer::new();
    // The word lists are built on first use and stay: not the analysis's.
    drop(analyzer.analyze("Mette Frederiksen (S) sagde i går: »Ja.«"));
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let analysis = analyzer.analyze(&text);
    let peak = PEAK.load(Ordering::Relaxed) - before;
    assert!(analysis.tokens.len() > text.len() / 8);
    let per_byte = peak as f64 / text.len() as f64;
    // Shown with `--nocapture`, for the figures in the README.
    eprintln!(
        "peak {peak} bytes for {} bytes of text: {per_byte:.2} a byte",
        text.len()
    );
    assert!(
        per_byte <= MAX_BYTES_PER_TEXT_BYTE,
        "an analysis of {} bytes peaked at {peak} bytes ({per_byte:.2} a byte)",
        text.len()
    );
}

#[test]
fn an_analysis_in_blocks_keeps_no_spare_room_in_its_lists() {
    // The join reserves room for the whole text's people, dates and
    // quotes from what the first block holds, and gives back what that
    // estimate reserved beyond the need.
    let text = corpus::document(64 << 10);
    let analyzer = kilde::Analyzer::builder().block_size(8 << 10).build();
    let analysis = analyzer.analyze(&text);
    assert!(analysis.people.len() > 10 && analysis.quotes.len() > 10);
    assert!(analysis.dates.len() > 10);
    assert_eq!(analysis.people.capacity(), analysis.people.len());
    assert_eq!(analysis.dates.capacity(), analysis.dates.len());
    assert_eq!(analysis.quotes.capacity(), analysis.quotes.len());
}
