package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.Person;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.forgepulse.scoring.HistoryBuilder.daysAgo;
import static io.forgepulse.scoring.HistoryBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

/** IND.DOC, IND.QA, IND.BUILD, IND.CONTRIB and IND.RELNOTES at their 0/1/2/null boundaries. */
class IndustrializationLeavesTest {

    @Test
    void documentationNeedsAReadme() {
        assertThat(Documentation.of(HistoryBuilder.github().noSnapshot().facts()).score()).isNull();
        assertThat(Documentation.of(HistoryBuilder.github().facts()).score()).isZero();
        assertThat(doc(39, null)).isZero();
        assertThat(doc(40, null)).isEqualTo(1);
        assertThat(doc(999, daysAgo(1).toString())).as("fresh docs but a short README").isEqualTo(1);
        assertThat(doc(1000, null)).as("no docs directory").isEqualTo(1);
    }

    @Test
    void documentationTwoNeedsDocsChangedInTheYear() {
        assertThat(doc(1000, daysAgo(364).toString())).isEqualTo(2);
        assertThat(doc(1000, "2026-01-01T12:00:00+08:00")).isEqualTo(2);
        assertThat(doc(1000, daysAgo(366).toString())).isEqualTo(1);
        assertThat(doc(1000, "not a date")).isEqualTo(1);
    }

    @Test
    void documentationPrefersTheTopLevelReadme() {
        var b = HistoryBuilder.github().file(FileKind.README, "docs/README.md", 5000, null).file(FileKind.README, "README.md", 10, null);
        assertThat(Documentation.of(b.facts()).score()).isZero();
        var sub = HistoryBuilder.github().file(FileKind.README, "docs/README.md", 5000, null);
        assertThat(Documentation.of(sub.facts()).score()).isEqualTo(1);
    }

    private static int doc(long readmeBytes, String docsChanged) {
        HistoryBuilder b = HistoryBuilder.github().file(FileKind.README, "README.md", readmeBytes, null);
        b.file(FileKind.DOCS_DIR, "docs", 0, docsChanged);
        return Documentation.of(b.facts()).score();
    }

    @Test
    void qualityAssurance() {
        assertThat(QualityAssurance.of(HistoryBuilder.github().noSnapshot().facts()).score()).isNull();
        assertThat(QualityAssurance.of(HistoryBuilder.github().facts()).score()).isZero();
        assertThat(QualityAssurance.of(HistoryBuilder.github().file(FileKind.TEST_DIR, "src/test").facts()).score()).isEqualTo(1);
        assertThat(QualityAssurance.of(HistoryBuilder.github().file(FileKind.CI_CONFIG, ".github/workflows/ci.yml").facts()).score()).isEqualTo(1);
        assertThat(QualityAssurance.of(HistoryBuilder.github().file(FileKind.TEST_DIR, "src/test")
                .file(FileKind.CI_CONFIG, ".github/workflows/ci.yml").facts()).score()).isEqualTo(2);
    }

    @Test
    void build() {
        assertThat(BuildSetup.of(HistoryBuilder.github().noSnapshot().facts()).score()).isNull();
        assertThat(BuildSetup.of(HistoryBuilder.github().facts()).score()).isZero();
        assertThat(BuildSetup.of(HistoryBuilder.github().file(FileKind.BUILD_WRAPPER, "mvnw").facts()).score()).isZero();
        assertThat(BuildSetup.of(HistoryBuilder.github().file(FileKind.BUILD_DESCRIPTOR, "pom.xml").facts()).score()).isEqualTo(1);
        assertThat(BuildSetup.of(HistoryBuilder.github().file(FileKind.BUILD_DESCRIPTOR, "pom.xml")
                .file(FileKind.BUILD_WRAPPER, "mvnw").facts()).score()).isEqualTo(2);
        assertThat(BuildSetup.of(HistoryBuilder.github().file(FileKind.BUILD_DESCRIPTOR, "package.json")
                .file(FileKind.LOCK_FILE, "package-lock.json").facts()).score()).isEqualTo(2);
    }

    @Test
    void contributionPath() {
        assertThat(contrib(HistoryBuilder.github().noSnapshot())).isNull();
        assertThat(contrib(HistoryBuilder.github())).isZero();
        assertThat(contrib(HistoryBuilder.github().file(FileKind.CONTRIBUTING, "CONTRIBUTING.md"))).isEqualTo(1);
        assertThat(contrib(HistoryBuilder.github().file(FileKind.PR_TEMPLATE, ".github/pull_request_template.md")
                .pr("1", "stranger", "CONTRIBUTOR", daysAgo(30), daysAgo(29), daysAgo(29), "alice", true))).isEqualTo(1);
        assertThat(contrib(HistoryBuilder.github().file(FileKind.CONTRIBUTING, "CONTRIBUTING.md")
                .file(FileKind.ISSUE_TEMPLATE, ".github/ISSUE_TEMPLATE/bug.md"))).as("no external merge").isEqualTo(1);
        assertThat(contrib(HistoryBuilder.github().file(FileKind.CONTRIBUTING, "CONTRIBUTING.md")
                .pr("1", "stranger", "CONTRIBUTOR", daysAgo(30), daysAgo(29), daysAgo(29), "alice", true))).as("no template").isEqualTo(1);
        assertThat(contrib(HistoryBuilder.github().file(FileKind.CONTRIBUTING, "CONTRIBUTING.md")
                .file(FileKind.ISSUE_TEMPLATE, ".github/ISSUE_TEMPLATE/bug.md")
                .pr("1", "stranger", "CONTRIBUTOR", daysAgo(30), daysAgo(29), daysAgo(29), "alice", true))).isEqualTo(2);
        assertThat(contrib(HistoryBuilder.github().file(FileKind.CONTRIBUTING, "CONTRIBUTING.md")
                .file(FileKind.ISSUE_TEMPLATE, ".github/ISSUE_TEMPLATE/bug.md")
                .pr("1", "member", "MEMBER", daysAgo(30), daysAgo(29), daysAgo(29), "alice", true))).as("a member is not external").isEqualTo(1);
    }

    @Test
    void plainGitExternalCommitsAreThoseOutsideTheOwnersDomains() {
        Person outsider = person("olga", "globex");
        HistoryBuilder b = HistoryBuilder.git().file(FileKind.CONTRIBUTING, "CONTRIBUTING.md")
                .file(FileKind.ISSUE_TEMPLATE, ".github/ISSUE_TEMPLATE/bug.md")
                .commits(person("alice", "acme"), 5, daysAgo(10))
                .commit(outsider, daysAgo(10));
        Facts derived = b.facts();
        assertThat(ContributionPath.of(derived, ExternalContributions.of(derived)).score()).isEqualTo(2);
        Facts configured = b.facts(new ScoringRules(Set.of(), Set.of("globex.example", "acme.example")));
        assertThat(ContributionPath.of(configured, ExternalContributions.of(configured)).score()).isEqualTo(1);
    }

    private static Integer contrib(HistoryBuilder b) {
        Facts f = b.facts();
        return ContributionPath.of(f, ExternalContributions.of(f)).score();
    }

    @Test
    void releaseNotesWithoutReleases() {
        assertThat(ReleaseNotes.of(HistoryBuilder.git().facts()).score()).as("nothing harvested").isNull();
        Person alice = person("alice", null);
        assertThat(ReleaseNotes.of(HistoryBuilder.git().commit(alice, daysAgo(3)).facts()).score()).isZero();
        assertThat(ReleaseNotes.of(HistoryBuilder.git().commit(alice, daysAgo(3)).file(FileKind.CHANGELOG, "CHANGELOG.md").facts()).score())
                .isEqualTo(1);
    }

    @Test
    void releaseNotesOnTheLastFive() {
        assertThat(notes(5, 4)).isEqualTo(2);
        assertThat(notes(5, 3)).isEqualTo(1);
        assertThat(notes(5, 0)).isZero();
        assertThat(notes(3, 3)).isEqualTo(2);
        assertThat(notes(4, 3)).isEqualTo(1);
    }

    @Test
    void onlyTheLastFiveReleasesCount() {
        HistoryBuilder b = HistoryBuilder.git().release("v0.1", daysAgo(100), false, true);
        for (int i = 0; i < 5; i++) {
            b.release("v1." + i, daysAgo(50 - i));
        }
        assertThat(ReleaseNotes.of(b.facts()).score()).isZero();
    }

    @Test
    void aChangelogCoversEveryRelease() {
        HistoryBuilder b = HistoryBuilder.git().file(FileKind.CHANGELOG, "CHANGELOG.md");
        for (int i = 0; i < 5; i++) {
            b.release("v1." + i, daysAgo(50 - i));
        }
        assertThat(ReleaseNotes.of(b.facts()).score()).isEqualTo(2);
    }

    /** n releases, the newest {@code noted} with notes. */
    private static int notes(int n, int noted) {
        HistoryBuilder b = HistoryBuilder.git();
        for (int i = 0; i < n; i++) {
            b.release("v1." + i, daysAgo(100 - i), false, i >= n - noted);
        }
        return ReleaseNotes.of(b.facts()).score();
    }
}
