package com.targetflow.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files a phone or a hostile client may upload: real formats, and other things named as them. */
final class EvidenceFiles {

    private EvidenceFiles() {}

    /** The smallest JPEG header the app's sniffing accepts, padded. */
    static byte[] jpeg() {
        byte[] file = new byte[256];
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(head, 0, file, 0, head.length);
        file[254] = (byte) 0xFF;
        file[255] = (byte) 0xD9;
        return file;
    }

    static byte[] windowsProgram() {
        byte[] file = Arrays.copyOf(
                "MZ\u0090\u0000This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1), 512);
        return file;
    }

    static byte[] svgWithScript() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdfOf(int size) {
        byte[] file = new byte[size];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, file, 0, head.length);
        return file;
    }

    /** The start of an Excel 97 workbook (an OLE2 compound file), as an old .xls is. */
    static byte[] oldExcel() {
        byte[] file = new byte[4096];
        byte[] head = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(head, 0, file, 0, head.length);
        return file;
    }

    /** A zip archive with a document inside, as a renamed .docx or .xlsx would be. */
    static byte[] zip() {
        return zipOf("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
    }

    static byte[] zipOf(String entry, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
