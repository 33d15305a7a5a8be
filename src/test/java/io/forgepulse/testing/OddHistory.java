package io.forgepulse.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A repository of the odd commits old and imported histories hold, each made by hand ({@code git hash-object}) where
 * {@code git commit} refuses it: an author without address (twice, one person), an author name in bytes that are not
 * UTF-8 and one in Latin-1 that says so ({@code encoding} header), a commit dated at the epoch and one dated
 * 2100-01-01, between two plain commits. "Now" for the tests is {@link SampleProject#NOW}.
 */
public final class OddHistory {

    /** The author of the two commits without address. */
    public static final String NO_ADDRESS = "Nomail Person";
    /** How the name written as {@code J\xe9r\xf4me \xff} (Latin-1 bytes, no encoding header) is stored. */
    public static final String BAD_NAME = "J\uFFFDr\uFFFDme \uFFFD";
    /** The Latin-1 name with an {@code encoding ISO-8859-1} header, which git re-encodes. */
    public static final String LATIN1_NAME = "François Dupont";
    public static final Instant FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    private OddHistory() {
    }

    public static ScriptedRepo create(Path dir) {
        ScriptedRepo repo = ScriptedRepo.init(dir);
        repo.write("README.md", "# Odd\n").commit("plain", ScriptedRepo.ALICE, "2026-03-01T10:00:00Z");
        raw(repo, "a.txt", ascii(NO_ADDRESS + " <>"), "2026-03-02T10:00:00Z", null);
        raw(repo, "b.txt", ascii(NO_ADDRESS + " <>"), "2026-03-03T10:00:00Z", null);
        raw(repo, "c.txt", concat(ascii("J"), new byte[] {(byte) 0xe9}, ascii("r"), new byte[] {(byte) 0xf4},
                ascii("me "), new byte[] {(byte) 0xff}, ascii(" <jerome@example.org>")), "2026-03-04T10:00:00Z", null);
        raw(repo, "d.txt", concat(ascii("Fran"), new byte[] {(byte) 0xe7}, ascii("ois Dupont <francois@example.org>")),
                "2026-03-05T10:00:00Z", "ISO-8859-1");
        raw(repo, "e.txt", ascii("Old Import <old@example.org>"), "1970-01-01T00:00:00Z", null);
        raw(repo, "f.txt", ascii("Future Clock <future@example.org>"), FUTURE.toString(), null);
        repo.write("g.txt", "g\n").commit("plain again", ScriptedRepo.BOB, "2026-04-01T10:00:00Z");
        return repo;
    }

    /** A commit on HEAD adding {@code file}, whose author line is {@code author} as bytes, made with hash-object. */
    private static void raw(ScriptedRepo repo, String file, byte[] author, String isoDate, String encoding) {
        repo.write(file, file + "\n").git("add", "-A");
        String tree = repo.git("write-tree");
        String parent = repo.git("rev-parse", "HEAD");
        long seconds = Instant.parse(isoDate).getEpochSecond();
        byte[] commit = concat(ascii("tree " + tree + "\nparent " + parent + "\nauthor "), author,
                ascii(" " + seconds + " +0000\ncommitter Importer <importer@example.org> " + seconds + " +0000\n"
                        + (encoding == null ? "" : "encoding " + encoding + "\n") + "\nAdd " + file + "\n"));
        repo.writeBytes(".git/odd-commit", commit);
        String sha = repo.git("hash-object", "-t", "commit", "-w", ".git/odd-commit");
        repo.git("update-ref", "HEAD", sha);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
