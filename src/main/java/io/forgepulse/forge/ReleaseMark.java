package io.forgepulse.forge;

import io.forgepulse.domain.Release;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * What a whole-list release read last stored, kept in the cursor with the releases (one transaction): a digest of
 * them. A 304 says the forge's list did not change since the HTTP cache took it, not that the store holds it (the run
 * that read it may have died before its batch was written), so a connector stores the releases whenever they differ
 * from the mark, 304 or not, and an unchanged list still costs no write.
 */
public final class ReleaseMark {

    /** The cursor stream holding the mark. */
    public static final String STREAM = "releases";

    private ReleaseMark() {
    }

    /** Whether {@code releases} are what {@code cursor} says was stored. */
    public static boolean stored(HarvestCursor cursor, Collection<Release> releases) {
        return cursor.position(STREAM).filter(digest(releases)::equals).isPresent();
    }

    /**
     * Stores {@code releases} unless the cursor marks these very ones stored; when the sink refuses them,
     * {@code forgetPages} drops the pages they came from, so the next run reads them again instead of taking a 304.
     */
    public static void store(HarvestCursor cursor, Collection<Release> releases, HarvestSink sink, Runnable forgetPages) {
        if (releases.isEmpty() || stored(cursor, releases)) {
            return;
        }
        try {
            sink.accept(batch(cursor, releases));
        } catch (RuntimeException e) {
            forgetPages.run();
            throw e;
        }
    }

    /** The batch storing {@code releases}, its cursor marking them stored. */
    public static HarvestBatch batch(HarvestCursor cursor, Collection<Release> releases) {
        return HarvestBatch.ofReleases(List.copyOf(releases), cursor.with(STREAM, digest(releases)));
    }

    /** Order-free: a forge may list the same releases in another order. */
    static String digest(Collection<Release> releases) {
        List<String> lines = releases.stream().map(r -> r.tag() + "\u0000" + (r.publishedAt() == null ? ""
                : r.publishedAt().toInstant()) + "\u0000" + r.annotated() + r.signed() + r.hasNotes()).sorted().toList();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
