package io.forgepulse.forge.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps the cache per credential without writing any credential to disk. Forges answer {@code Vary: Authorization},
 * and OkHttp stores the request headers an answer varies on in its cache entry: the token, in plain text. So the
 * request carries a one-way digest of its {@code Authorization} ({@value #HEADER}), and answers vary on that instead:
 * each token still has its own cached copies (GitHub's 304s are per token), and the disk holds only digests.
 */
final class CredentialKey {

    static final String HEADER = "X-Forgepulse-Credential";
    /** Written once a cache directory is known to hold no credential (OkHttp ignores files it does not know). */
    static final String CHECKED_MARKER = "credentials-digested";

    private CredentialKey() {
    }

    /** Application interceptor: adds the digest of the request's credential, so the cache can match on it. */
    static Interceptor digest() {
        return chain -> {
            Request request = chain.request();
            String authorization = request.header("Authorization");
            if (authorization == null) {
                return chain.proceed(request.newBuilder().removeHeader(HEADER).build());
            }
            return chain.proceed(request.newBuilder().header(HEADER, digest(authorization)).build());
        };
    }

    /** Network interceptor: an answer that varies on {@code Authorization} varies on the digest instead. */
    static Interceptor varyOnDigest() {
        return chain -> {
            Response response = chain.proceed(chain.request());
            List<String> vary = response.headers("Vary");
            if (vary.stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).contains("authorization"))) {
                return response;
            }
            Response.Builder rewritten = response.newBuilder().removeHeader("Vary");
            for (String value : vary) {
                List<String> fields = new ArrayList<>();
                for (String field : value.split(",")) {
                    String name = field.trim();
                    fields.add(name.equalsIgnoreCase("Authorization") ? HEADER : name);
                }
                rewritten.addHeader("Vary", String.join(", ", fields));
            }
            return rewritten.build();
        };
    }

    /**
     * Empties a cache directory written before credentials were digested (its entries hold tokens in plain text);
     * the price is one full read per list instead of a 304, once. A marker file records that the directory was
     * checked, so later starts do not read every entry again.
     *
     * @return whether the directory held a credential and was emptied
     */
    static boolean purgeStoredCredentials(Path cacheDir) {
        Path checked = cacheDir.resolve(CHECKED_MARKER);
        if (!Files.isDirectory(cacheDir) || Files.exists(checked)) {
            return false;
        }
        try (Stream<Path> files = Files.list(cacheDir)) {
            List<Path> all = files.toList();
            boolean purge = all.stream().filter(f -> f.getFileName().toString().endsWith(".0"))
                    .anyMatch(CredentialKey::holdsCredential);
            if (purge) {
                for (Path file : all) {
                    Files.deleteIfExists(file);
                }
            }
            Files.writeString(checked, "entries vary on " + HEADER + ", never on Authorization\n");
            PrivateCacheFiles.ownerOnly(checked);
            return purge;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the HTTP cache " + cacheDir + ": " + e.getMessage(), e);
        }
    }

    private static boolean holdsCredential(Path entry) {
        try {
            for (String line : Files.readAllLines(entry, StandardCharsets.ISO_8859_1)) {
                if (line.regionMatches(true, 0, "authorization:", 0, "authorization:".length())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true; // unreadable: treat as unsafe
        }
    }

    private static String digest(String authorization) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(authorization.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
