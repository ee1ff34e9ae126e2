//! [`TermPositions`]: the positions of one term in one segment, read straight from the
//! segment's positions file, a block at a time, for [`super::phrase`].
//!
//! tantivy hands a document's positions over as a vector it zeroes, fills from its block
//! and turns from gaps into positions, all before the phrase scorer looks at one. For a
//! phrase with "och" in it, over the releases where every word of the phrase occurs,
//! that was three fifths of the query (`perf`). Read here, a document's positions are
//! turned from gaps as they are compared, and no further than the phrase needs.
//!
//! The layout is tantivy's (`positions/serializer.rs`, pinned by Cargo.lock): for each
//! term, the number of full blocks as a VInt, one bit width per block, the blocks of 128
//! gaps packed at their width (`BitPacker4x`), then the last gaps, fewer than 128, as
//! VInts. A document's gaps start at the sum of the term frequencies of the documents
//! before it in the term's stream, and its first gap is its first position. The tests compare every match and score
//! with tantivy's `PhraseQuery`, so a change of layout fails them.

use bitpacking::{BitPacker, BitPacker4x};
use tantivy::directory::OwnedBytes;

/// Gaps per packed block.
const BLOCK_LEN: usize = BitPacker4x::BLOCK_LEN;

/// The positions of one term in one segment.
pub(super) struct TermPositions {
    data: OwnedBytes,
    /// Where the bit widths start in `data`, and how many full blocks there are.
    widths_start: usize,
    full_blocks: usize,
    /// Byte offset in `data` of block `scanned_block`: blocks are found walking forward.
    scanned_block: usize,
    scanned_byte: usize,
    /// The block now in `gaps`, if any.
    loaded: Option<usize>,
    gaps: [u32; BLOCK_LEN],
    gaps_len: usize,
    bitpacker: BitPacker4x,
}

impl TermPositions {
    /// Reads the header of a term's positions (its `TermInfo::positions_range` of the
    /// field's positions file). None when the bytes do not hold one.
    pub(super) fn open(data: OwnedBytes) -> Option<TermPositions> {
        let (full_blocks, header_len) = read_vint(data.as_slice())?;
        let full_blocks = usize::try_from(full_blocks).ok()?;
        let widths_end = header_len.checked_add(full_blocks)?;
        if widths_end > data.len() {
            return None;
        }
        Some(TermPositions {
            data,
            widths_start: header_len,
            full_blocks,
            scanned_block: 0,
            scanned_byte: widths_end,
            loaded: None,
            gaps: [0; BLOCK_LEN],
            gaps_len: 0,
            bitpacker: BitPacker4x::new(),
        })
    }

    /// The positions of the document whose gaps start at `offset`, `count` of them,
    /// each plus `shift`, in increasing order.
    pub(super) fn of_document(&mut self, offset: u64, count: u32, shift: u32) -> Positions<'_> {
        Positions {
            term: self,
            next: offset,
            remaining: count,
            position: 0,
            shift,
        }
    }

    fn width(&self, block: usize) -> usize {
        usize::from(self.data.as_slice()[self.widths_start + block])
    }

    /// Decodes block `block` into `gaps`; leaves none when the file ends early (a
    /// damaged segment then matches nothing rather than panicking).
    fn load(&mut self, block: usize) {
        if self.loaded == Some(block) {
            return;
        }
        if block < self.scanned_block {
            self.scanned_block = 0;
            self.scanned_byte = self.widths_start + self.full_blocks;
        }
        let skipped = self.scanned_block.min(self.full_blocks)..block.min(self.full_blocks);
        let skipped_bytes: usize = skipped.map(|b| self.width(b) * BLOCK_LEN / 8).sum();
        self.scanned_byte += skipped_bytes;
        self.scanned_block = block;
        self.loaded = Some(block);
        self.gaps_len = 0;
        let Some(bytes) = self.data.as_slice().get(self.scanned_byte..) else {
            return;
        };
        if block < self.full_blocks {
            let width = self.width(block);
            if width <= 32 && bytes.len() >= width * BLOCK_LEN / 8 {
                // `width` is at most 32, so it fits a u8.
                self.bitpacker
                    .decompress(bytes, &mut self.gaps, width as u8);
                self.gaps_len = BLOCK_LEN;
            }
        } else if block == self.full_blocks {
            let mut rest = bytes;
            while self.gaps_len < BLOCK_LEN {
                let Some((gap, len)) = read_vint(rest) else {
                    break;
                };
                self.gaps[self.gaps_len] = gap as u32;
                self.gaps_len += 1;
                rest = &rest[len..];
            }
        }
    }
}

/// A document's positions, decoded as they are read.
pub(super) struct Positions<'a> {
    term: &'a mut TermPositions,
    /// Offset of the next gap in the term's stream.
    next: u64,
    remaining: u32,
    position: u32,
    shift: u32,
}

impl Iterator for Positions<'_> {
    type Item = u32;

    #[inline]
    fn next(&mut self) -> Option<u32> {
        if self.remaining == 0 {
            return None;
        }
        let block = (self.next / BLOCK_LEN as u64) as usize;
        let in_block = (self.next % BLOCK_LEN as u64) as usize;
        if self.term.loaded != Some(block) {
            self.term.load(block);
        }
        let gap = *self.term.gaps[..self.term.gaps_len].get(in_block)?;
        self.next += 1;
        self.remaining -= 1;
        self.position = self.position.wrapping_add(gap);
        Some(self.position.wrapping_add(self.shift))
    }
}

/// A little-endian base-128 number whose last byte has its high bit set, as tantivy
/// writes them, and the bytes it took. None when the bytes end first.
fn read_vint(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut value = 0u64;
    for (index, &byte) in bytes.iter().enumerate().take(10) {
        value |= u64::from(byte & 0x7f) << (7 * index);
        if byte & 0x80 != 0 {
            return Some((value, index + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vints_read_as_tantivy_writes_them() {
        assert_eq!(read_vint(&[0x85]), Some((5, 1)));
        assert_eq!(read_vint(&[0x05, 0x81]), Some((5 + 128, 2)));
        assert_eq!(read_vint(&[0x05, 0x01]), None);
        assert_eq!(read_vint(&[]), None);
    }

    #[test]
    fn a_damaged_stream_gives_no_positions_rather_than_a_panic() {
        // Two full blocks announced, one bit width present.
        assert!(TermPositions::open(OwnedBytes::new(vec![0x82, 7])).is_none());
        // One block of width 7 announced, its bytes missing.
        let mut positions = TermPositions::open(OwnedBytes::new(vec![0x81, 7, 1, 2])).unwrap();
        assert_eq!(positions.of_document(0, 3, 0).count(), 0);
        // A width past 32.
        let mut positions = TermPositions::open(OwnedBytes::new(vec![0x81, 200])).unwrap();
        assert_eq!(positions.of_document(5, 3, 0).count(), 0);
    }
}
