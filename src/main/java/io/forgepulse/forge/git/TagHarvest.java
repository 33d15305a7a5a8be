package io.forgepulse.forge.git;

import io.forgepulse.domain.Release;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The "tags" stream: every tag as a release (scoring decides which count), read with one {@code for-each-ref} call. Tags can be added, moved
 * or deleted anywhere, so there is no incremental position; instead the position is a SHA-256 of the listing
 * and a batch is emitted only when the listing changed.
 */
final class TagHarvest {

    static final String STREAM = "tags";

    /**
     * Per tag, NUL-separated: name, object type ("tag" when annotated), tagger date, the tagged commit's committer
     * date (through an annotated tag, then directly), "s" when the message holds a signature block
     * (PGP, SSH or X.509, as git recognises them), "n" when there is a body beyond the subject (signature excluded).
     */
    private static final String FORMAT = String.join("%00",
            "%(refname:strip=2)", "%(objecttype)", "%(taggerdate:iso-strict)",
            "%(*committerdate:iso-strict)", "%(committerdate:iso-strict)",
            "%(if)%(contents:signature)%(then)s%(end)", "%(if)%(contents:body)%(then)n%(end)");

    private final GitProcess git;

    TagHarvest(GitProcess git) {
        this.git = git;
    }

    HarvestCursor run(HarvestCursor cursor, HarvestSink sink) throws ForgeException {
        byte[] listing = git.run(List.of("for-each-ref", "--format=" + FORMAT, "refs/tags"), null,
                stdout -> stdout.readAllBytes());
        String digest = Sha256.hex(listing);
        if (cursor.position(STREAM).filter(digest::equals).isPresent()) {
            return cursor;
        }
        HarvestCursor next = cursor.with(STREAM, digest);
        sink.accept(HarvestBatch.ofReleases(releases(new String(listing, StandardCharsets.UTF_8)), next));
        return next;
    }

    /**
     * This many annotated tags with one tagger day are a conversion's work (cvs2svn, svn2git, git-svn date every
     * tag they create on the day they ran), not a day of releases: their dates come from the tagged commits.
     */
    static final int CONVERSION_DAY_TAGS = 5;

    static List<Release> releases(String listing) {
        List<Release> releases = new ArrayList<>();
        List<String[]> fields = new ArrayList<>();
        java.util.Map<java.time.LocalDate, Integer> taggedPerDay = new java.util.HashMap<>();
        for (String line : listing.split("\n")) {
            String[] f = line.split("\u0000", -1);
            if (f.length < 7 || f[0].isEmpty()) {
                continue;
            }
            fields.add(f);
            OffsetDateTime tagged = f[1].equals("tag") ? date(f[2], "") : null;
            if (tagged != null) {
                taggedPerDay.merge(tagged.toLocalDate(), 1, Integer::sum);
            }
        }
        for (String[] f : fields) {
            boolean annotated = f[1].equals("tag");
            OffsetDateTime tagged = annotated ? date(f[2], "") : null;
            boolean converted = tagged != null && taggedPerDay.get(tagged.toLocalDate()) >= CONVERSION_DAY_TAGS;
            OffsetDateTime published = converted ? date(f[3], f[2]) : annotated ? date(f[2], f[3]) : date(f[4], "");
            if (published == null) {
                continue; // a tag of a tree or blob, or a tagger-less tag of a tag: there is no release date to report
            }
            releases.add(new Release(f[0], published, annotated, annotated && f[5].equals("s"),
                    annotated && f[6].equals("n")));
        }
        return releases;
    }

    /** The first parseable date; old annotated tags (e.g. from 2005) may have no tagger line at all. */
    private static OffsetDateTime date(String first, String fallback) {
        for (String candidate : new String[] {first, fallback}) {
            if (!candidate.isEmpty()) {
                try {
                    return OffsetDateTime.parse(candidate);
                } catch (DateTimeParseException e) {
                    // try the next one
                }
            }
        }
        return null;
    }
}
