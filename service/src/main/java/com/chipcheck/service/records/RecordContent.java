package com.chipcheck.service.records;

import com.chipcheck.rules.util.Sha256;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The JSON of a record's input or decision: readable text when small, gzip-compressed when large (a 100,000-line
 * order), written and read as a stream so that it is never one giant string. Its SHA-256 is that of the JSON text
 * (UTF-8) in both forms, so the hash chain does not depend on how the content is kept.
 */
public final class RecordContent {

    private final String text;
    private final byte[] gzip;
    private volatile String sha256;

    private RecordContent(String text, byte[] gzip, String sha256) {
        this.text = text;
        this.gzip = gzip;
        this.sha256 = sha256;
    }

    public static RecordContent text(String json) {
        return new RecordContent(json, null, null);
    }

    /** Stored compressed content; its hash is recomputed from the bytes when asked, never trusted from elsewhere. */
    public static RecordContent gzip(byte[] compressed) {
        return new RecordContent(null, compressed, null);
    }

    /** Serialises a value, compressed or not, hashing the JSON on the way. */
    public static RecordContent of(ObjectMapper json, Object value, boolean compress) {
        try {
            if (!compress) {
                return text(json.writeValueAsString(value));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            MessageDigest digest = Sha256.digest();
            try (OutputStream zip = new GZIPOutputStream(out, 1 << 16) {
                { def.setLevel(Deflater.BEST_SPEED); }
            }; OutputStream hashed = new DigestOutputStream(zip, digest)) {
                json.writeValue(nonClosing(hashed), value);
            }
            return new RecordContent(null, out.toByteArray(), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public InputStream open() {
        if (text != null) {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("stored record content is not gzip", e);
        }
    }

    /** SHA-256 of the JSON text. */
    public String sha256() {
        String known = sha256;
        if (known == null) {
            if (text != null) {
                known = Sha256.hex(text);
            } else {
                MessageDigest digest = Sha256.digest();
                try (InputStream in = new DigestInputStream(open(), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException("stored record content cannot be read", e);
                }
                known = HexFormat.of().formatHex(digest.digest());
            }
            sha256 = known;
        }
        return known;
    }

    /** The text form, or null when the content is kept compressed. */
    public String textOrNull() {
        return text;
    }

    /** The compressed form, or null when the content is kept as text. */
    public byte[] gzipOrNull() {
        return gzip;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller closes the gzip stream, which writes its trailer
            }
        };
    }
}
