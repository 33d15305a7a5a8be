package io.forgepulse.forge.git;

import static io.forgepulse.testing.ScriptedRepo.ALICE;
import static io.forgepulse.testing.ScriptedRepo.BOB;
import static io.forgepulse.testing.ScriptedRepo.CAROL;

import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Path;

/**
 * The scripted history most tests share: three authors in three time zones, a side branch merged back (the
 * merge must not be harvested), a binary file, sign-off trailers (real ones and a quoted one that is not),
 * a commit object carrying a {@code gpgsig} header, and lightweight, annotated and signed tags.
 */
final class History {

    static final String SIGNATURE_BLOCK = """
            -----BEGIN PGP SIGNATURE-----

            iQEzBAABCAAdFiEEexampleexampleexampleexampleFAmAAAAAACgkQexample
            =abcd
            -----END PGP SIGNATURE-----
            """;

    final ScriptedRepo repo;
    String first;
    String signedOff;
    String signedCommit;
    String merge;

    private History(ScriptedRepo repo) {
        this.repo = repo;
    }

    static History build(Path dir) {
        History h = new History(ScriptedRepo.init(dir));
        ScriptedRepo repo = h.repo;
        repo.write("README.md", "# demo\n")
                .write("src/a.txt", "one\ntwo\nthree\n")
                .writeBytes("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3, 0, 0});
        h.first = repo.commit("Initial import", ALICE, "2021-01-10T09:00:00+05:30");
        repo.git("tag", "v0.1");

        repo.write("src/a.txt", "one\nTWO\nthree\nfour\nfive\n");
        h.signedOff = repo.commit("""
                Add feature

                A body paragraph explaining the change.

                Signed-off-by: Bob <bob@corp.example>
                Signed-off-by: Alice Ånström <alice@example.org>
                """, BOB, "2021-01-11T17:30:00-08:00", ALICE, "2021-01-12T08:15:00+05:30");
        repo.annotatedTag("v0.2", "Release 0.2\n\nAdds the feature.\nAnd more notes.", CAROL, "2021-01-13T12:00:00-03:00");

        repo.git("checkout", "-q", "-b", "topic");
        repo.write("topic.txt", "t1\n");
        repo.commit("Topic work", CAROL, "2021-01-14T10:00:00+00:00");
        repo.write("topic.txt", "t1\nt2\n");
        repo.commit("More topic", CAROL, "2021-01-15T10:00:00+01:00");

        repo.git("checkout", "-q", "main");
        repo.write("src/a.txt", "one\nTWO\nthree\nfour\nfive\nsix\n");
        repo.commit("""
                Main work

                Quoting someone else's patch:
                Signed-off-by: Nobody <nobody@example.com>

                and then a closing prose paragraph that is not a trailer block.
                """, ALICE, "2021-01-16T10:00:00+05:30");
        h.merge = repo.merge("topic", BOB, "2021-01-17T10:00:00-08:00");
        repo.annotatedTag("v0.3", "Release 0.3", BOB, "2021-01-17T11:00:00-08:00");

        // A commit with a gpgsig header, written by hand: no gpg needed, and only the header matters.
        String tree = repo.git("rev-parse", "HEAD^{tree}");
        String raw = "tree " + tree + "\n"
                + "parent " + h.merge + "\n"
                + "author Carol <carol@example.net> 1610960400 +0900\n"
                + "committer Carol <carol@example.net> 1610960400 +0900\n"
                + "gpgsig " + SIGNATURE_BLOCK.strip().replace("\n", "\n ") + "\n"
                + "\n"
                + "Signed commit\n";
        h.signedCommit = repo.hashObject("commit", raw);
        repo.git("update-ref", "refs/heads/main", h.signedCommit);
        repo.git("reset", "-q", "--hard");
        String tag = repo.gitWithInput("object " + h.signedCommit + "\ntype commit\ntag v1.0\n"
                + "tagger Carol <carol@example.net> 1610964000 +0900\n\nRelease 1.0\n" + SIGNATURE_BLOCK, "mktag");
        repo.git("update-ref", "refs/tags/v1.0", tag);

        repo.writeBytes("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 9, 9, 9, 0, 0, 7});
        repo.git("rm", "-q", "README.md");
        repo.commit("Replace logo, drop readme", BOB, "2021-01-19T23:59:59-08:00");
        return h;
    }
}
