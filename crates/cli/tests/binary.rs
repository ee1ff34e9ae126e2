//! The built `pressarkiv` executable itself.

/// Linked at a fixed address on Linux with the GNU toolchain (`crates/cli/build.rs`): as
/// a position-independent executable it spent a third of `pressarkiv --version` in the
/// dynamic loader, patching its dependencies' tables, in every search and every PDF's
/// helper process.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_binary_is_linked_at_a_fixed_address() {
    use std::io::Read;

    const ELF_MAGIC: [u8; 4] = [0x7f, b'E', b'L', b'F'];
    const LITTLE_ENDIAN: u8 = 1;
    /// `e_type` of an executable at a fixed address; a position-independent one is a
    /// shared object (3).
    const ET_EXEC: u16 = 2;

    let path = env!("CARGO_BIN_EXE_pressarkiv");
    let mut header = [0u8; 18];
    std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut header))
        .expect("the built binary's ELF header");
    assert_eq!(header[..4], ELF_MAGIC, "{path} is not an ELF file");
    let e_type = if header[5] == LITTLE_ENDIAN {
        u16::from_le_bytes([header[16], header[17]])
    } else {
        u16::from_be_bytes([header[16], header[17]])
    };
    assert_eq!(e_type, ET_EXEC, "{path} is position-independent");
}
