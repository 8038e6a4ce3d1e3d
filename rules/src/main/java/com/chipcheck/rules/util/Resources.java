package com.chipcheck.rules.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the rule module's own bundled files, failing loudly when one is missing. */
public final class Resources {

    private Resources() {
    }

    public static InputStream open(String path) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing: " + path);
        }
        return in;
    }

    public static byte[] bytes(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
