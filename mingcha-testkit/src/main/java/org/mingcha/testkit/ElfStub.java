package org.mingcha.testkit;

import java.util.List;

/**
 * A native library stand-in: only a valid ELF header (shared object) for the ABI's machine, enough
 * for tools that sniff ELF class and machine; it holds no code.
 */
public final class ElfStub {

    /** The ABIs a stub can be made for. */
    public static final List<String> ABIS = List.of("arm64-v8a", "armeabi-v7a", "armeabi", "x86_64", "x86");

    private ElfStub() {
    }

    public static byte[] forAbi(String abi) {
        return switch (abi) {
            case "arm64-v8a" -> header(true, 183);
            case "x86_64" -> header(true, 62);
            case "armeabi-v7a", "armeabi" -> header(false, 40);
            case "x86" -> header(false, 3);
            default -> throw new IllegalArgumentException("unknown Android ABI " + abi);
        };
    }

    private static byte[] header(boolean is64, int machine) {
        BinaryXml.Chunks c = new BinaryXml.Chunks();
        int headerSize = is64 ? 64 : 52;
        c.u8(0x7F).u8('E').u8('L').u8('F')
                .u8(is64 ? 2 : 1)  // EI_CLASS
                .u8(1)             // little endian
                .u8(1)             // EV_CURRENT
                .u8(0);            // System V ABI
        for (int i = 0; i < 8; i++) {
            c.u8(0);
        }
        c.u16(3)                   // ET_DYN
                .u16(machine)
                .u32(1);           // e_version
        if (is64) {
            c.u32(0).u32(0)        // e_entry
                    .u32(0).u32(0) // e_phoff
                    .u32(0).u32(0);// e_shoff
        } else {
            c.u32(0).u32(0).u32(0);
        }
        c.u32(0)                   // e_flags
                .u16(headerSize)
                .u16(is64 ? 56 : 32) // e_phentsize
                .u16(0)
                .u16(is64 ? 64 : 40) // e_shentsize
                .u16(0)
                .u16(0);
        return c.toByteArray();
    }
}
