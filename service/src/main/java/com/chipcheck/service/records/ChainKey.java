package com.chipcheck.service.records;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The secret that seals the chain of decision records. Without it, whoever can write the database could edit a
 * record and recompute every hash after it, and the verification would call the chain intact. With it, each record
 * from {@code keyed-from} on is sealed by HMAC-SHA256 under a key kept outside the database (a file, by default
 * {@code <data-dir>/keys/chain.key}, or {@code chipcheck.records.chain-key-file}); records before it keep their plain
 * SHA-256. Which records are keyed is written in the key file, not in the database, so it cannot be edited there.
 * The file is made on first start; replicas of one database share it. Losing it leaves the keyed records unverifiable.
 */
@Component
public class ChainKey {

    private final Path file;
    private final JdbcTemplate jdbc;
    private volatile Loaded loaded;

    private record Loaded(SecretKeySpec key, long keyedFrom) {
    }

    public ChainKey(@Value("${chipcheck.records.chain-key-file:}") String configured, @Value("${chipcheck.data-dir}") Path dataDir,
                    JdbcTemplate jdbc) {
        this.file = configured == null || configured.isBlank() ? dataDir.resolve("keys").resolve("chain.key") : Path.of(configured);
        this.jdbc = jdbc;
    }

    /** The hash of record {@code seq}'s content text: keyed from {@code keyed-from} on, plain SHA-256 before. */
    String seal(long seq, String text) {
        Loaded k = load();
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        if (seq < k.keyedFrom()) {
            return com.chipcheck.rules.util.Sha256.hex(content);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(k.key());
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private Loaded load() {
        Loaded k = loaded;
        if (k == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = Files.exists(file) ? read() : create();
                }
                k = loaded;
            }
        }
        return k;
    }

    private Loaded read() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chain key " + file, e);
        }
        return new Loaded(new SecretKeySpec(Base64.getDecoder().decode(p.getProperty("key").trim()), "HmacSHA256"),
                Long.parseLong(p.getProperty("keyed-from").trim()));
    }

    /** A new key, sealing every record after the chain's current tip. */
    private Loaded create() {
        Long tip = jdbc.queryForObject("SELECT last_seq FROM ledger_head WHERE id = 1", Long.class);
        long keyedFrom = (tip == null ? 0 : tip) + 1;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "chain", ".key");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the directory's own protection applies
            }
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write("# Seals the chain of decision records (HMAC-SHA256). Keep it outside the database, readable by the service\n");
                out.write("# only, and back it up: without it the records from keyed-from on cannot be verified.\n");
                out.write("key=" + Base64.getEncoder().encodeToString(secret) + "\n");
                out.write("keyed-from=" + keyedFrom + "\n");
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chain key " + file, e);
        }
        return new Loaded(new SecretKeySpec(secret, "HmacSHA256"), keyedFrom);
    }
}
