package io.forgepulse.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Text read from a forge or a repository, cut on input to the length the store keeps for it, so that one over-long
 * name, e-mail, login, tag or key can never make a harvest fail. The records of this package apply it in their
 * constructors, so every connector gets the same rules; the bounds are the widths of the store's columns.
 *
 * <p>Plain text is truncated. A key (a sha, a tag, an issue or comment key, a person key, a file path) is
 * shortened to its head and a hash of the whole, so two long keys with the same head stay two rows. Both also
 * replace NUL characters, which PostgreSQL refuses in text, and never split a surrogate pair.
 */
public final class BoundedText {

    public static final int NAME = 300;
    public static final int EMAIL = 320;
    public static final int LOGIN = 100;
    public static final int EVENT_KEY = 64;
    public static final int TAG = 255;
    /** Enumerations a forge defines: author association, review state. */
    public static final int LABEL = 32;
    public static final int BRANCH = 255;
    public static final int OWNER = 255;
    public static final int LICENSE = 100;
    public static final int PATH = 1000;
    public static final int FILE_DETAIL = 200;
    /** Lists stored joined in one column: sign-off trailers, topics. */
    public static final int LIST = 4000;

    /** A '~' and 16 hex digits of SHA-256 end a shortened key. */
    private static final int HASH_SUFFIX = 17;

    private BoundedText() {
    }

    /** {@code value} cut to at most {@code max} characters; null stays null. */
    public static String clipped(String value, int max) {
        if (value == null) {
            return null;
        }
        String text = value.indexOf('\u0000') < 0 ? value : value.replace('\u0000', '\uFFFD');
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** A key of at most {@code max} characters: unchanged when it fits, else its head and a hash of the whole. */
    public static String key(String value, int max) {
        if (value == null || value.length() <= max && value.indexOf('\u0000') < 0) {
            return value;
        }
        return clipped(value, max - HASH_SUFFIX) + "~" + hash(value);
    }

    /** The leading values that fit in {@code max} characters once joined by a one-character separator. */
    public static List<String> joinable(List<String> values, int max) {
        List<String> kept = new ArrayList<>(values.size());
        int length = -1;
        for (String value : values) {
            String bounded = clipped(value, max);
            length += bounded.length() + 1;
            if (length > max) {
                break;
            }
            kept.add(bounded);
        }
        return kept;
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
