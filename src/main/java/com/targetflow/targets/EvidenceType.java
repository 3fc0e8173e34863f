package com.targetflow.targets;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of evidence accepted, recognised by their first bytes, never by their names: a photo
 * renamed to .pdf is still a photo, and a web page renamed to .jpg is refused.
 */
public enum EvidenceType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    HEIC("image/heic"),
    PDF("application/pdf");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "mif1", "msf1");

    private final String mediaType;

    EvidenceType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<EvidenceType> of(byte[] content) {
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (content.length >= 8 && Arrays.equals(Arrays.copyOf(content, 8), PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (content.length >= 5 && new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return Optional.of(PDF);
        }
        if (content.length >= 12
                && new String(content, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")
                && HEIC_BRANDS.contains(new String(content, 8, 4, StandardCharsets.US_ASCII))) {
            return Optional.of(HEIC);
        }
        return Optional.empty();
    }
}
