package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.forgepulse.scoring.HistoryBuilder.bot;
import static io.forgepulse.scoring.HistoryBuilder.daysAgo;
import static io.forgepulse.scoring.HistoryBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

/** GOV.LICENSE, GOV.OWNER, GOV.DOCS and GOV.PROVENANCE at their 0/1/2/null boundaries. */
class GovernanceLeavesTest {

    private static final Person ALICE = person("alice", "acme");

    @Test
    void licenseIsNullWithoutSnapshotAndZeroWithoutLicense() {
        assertThat(LicenseClarity.of(HistoryBuilder.github().noSnapshot().facts()).score()).isNull();
        assertThat(LicenseClarity.of(HistoryBuilder.github().facts()).score()).isZero();
        assertThat(LicenseClarity.of(HistoryBuilder.github().licenseSpdx("NOASSERTION").facts()).score()).isZero();
    }

    @Test
    void oneOsiLicenseAtTopLevelScoresTwo() {
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, "MIT"))).isEqualTo(2);
        assertThat(license(b -> b.file(FileKind.LICENSE, "COPYING", 1000, "GPL-3.0-or-later"))).isEqualTo(2);
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, "GPL-2.0-only WITH Classpath-exception-2.0"))).isEqualTo(2);
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, "MulanPSL-2.0"))).isEqualTo(2);
        // the same license twice (LICENSE and COPYING) is still one license
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, "MIT").file(FileKind.LICENSE, "COPYING", 1000, "mit"))).isEqualTo(2);
        // a file without a detected id borrows the forge's
        assertThat(license(b -> b.licenseSpdx("Apache-2.0").file(FileKind.LICENSE, "LICENSE", 1000, null))).isEqualTo(2);
    }

    @Test
    void unclearLicensesScoreOne() {
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, null))).as("unknown id").isEqualTo(1);
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, "LicenseRef-acme"))).as("unknown id").isEqualTo(1);
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE-MIT", 1000, "MIT").file(FileKind.LICENSE, "LICENSE-APACHE", 1000, "Apache-2.0")))
                .as("several").isEqualTo(1);
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, "MIT OR Apache-2.0"))).as("expression").isEqualTo(1);
        assertThat(license(b -> b.file(FileKind.LICENSE, "legal/LICENSE", 1000, "MIT"))).as("not top level").isEqualTo(1);
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, "CC0-1.0"))).as("not OSI-approved").isEqualTo(1);
        assertThat(license(b -> b.licenseSpdx("Apache-2.0"))).as("forge says so, no file").isEqualTo(1);
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, "MIT").file(FileKind.LICENSE, "ee/LICENSE", 1000, "BUSL-1.1")))
                .as("a sub-directory license does not blur the top-level one").isEqualTo(2);
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, "MIT").file(FileKind.LICENSE, "LICENSE.ee", 1000, "BUSL-1.1")))
                .as("open and source-available side by side").isEqualTo(1);
    }

    @Test
    void sourceAvailableIsNotOpenSource() {
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, "BUSL-1.1"))).isZero();
        assertThat(license(b -> b.file(FileKind.LICENSE, "LICENSE", 1000, "SSPL-1.0"))).isZero();
        assertThat(license(b -> b.licenseSpdx("Elastic-2.0"))).isZero();
    }

    private static int license(java.util.function.UnaryOperator<HistoryBuilder> setup) {
        return LicenseClarity.of(setup.apply(HistoryBuilder.github()).facts()).score();
    }

    @Test
    void ownerUnknownIsNull() {
        assertThat(Ownership.of(HistoryBuilder.git().facts()).score()).isNull();
        assertThat(Ownership.of(HistoryBuilder.github().noSnapshot().facts()).score()).isNull();
    }

    @Test
    void ownerUserOrganizationFoundation() {
        assertThat(Ownership.of(HistoryBuilder.github().owner(OwnerType.USER, "alice").facts()).score()).isZero();
        assertThat(Ownership.of(HistoryBuilder.github().owner(OwnerType.ORGANIZATION, "acme").facts()).score()).isEqualTo(1);
        assertThat(Ownership.of(HistoryBuilder.github().owner(OwnerType.ORGANIZATION, "Apache").facts()).score()).isEqualTo(2);
        ScoringRules rules = new ScoringRules(Set.of("ACME"), Set.of());
        assertThat(Ownership.of(HistoryBuilder.github().owner(OwnerType.ORGANIZATION, "acme").facts(rules)).score()).isEqualTo(2);
        assertThat(Ownership.of(HistoryBuilder.github().owner(OwnerType.USER, "acme").facts(rules)).score())
                .as("a personal account named like a foundation is still personal").isZero();
    }

    @Test
    void governanceDocuments() {
        assertThat(GovernanceDocs.of(HistoryBuilder.github().noSnapshot().facts()).score()).isNull();
        assertThat(GovernanceDocs.of(HistoryBuilder.github().facts()).score()).isZero();
        assertThat(GovernanceDocs.of(HistoryBuilder.github().file(FileKind.CODEOWNERS, ".github/CODEOWNERS").facts()).score()).isEqualTo(1);
        assertThat(GovernanceDocs.of(HistoryBuilder.github().file(FileKind.GOVERNANCE, "GOVERNANCE.md")
                .file(FileKind.CODE_OF_CONDUCT, "CODE_OF_CONDUCT.md").facts()).score()).isEqualTo(1);
        assertThat(GovernanceDocs.of(HistoryBuilder.github().file(FileKind.GOVERNANCE, "GOVERNANCE.md")
                .file(FileKind.MAINTAINERS, "MAINTAINERS").file(FileKind.CODE_OF_CONDUCT, "CODE_OF_CONDUCT.md").facts()).score()).isEqualTo(2);
    }

    @Test
    void provenanceWithoutCommitsIsNullUnlessDocumented() {
        assertThat(Provenance.of(HistoryBuilder.git().facts()).score()).isNull();
        assertThat(Provenance.of(HistoryBuilder.git().file(FileKind.CONTRIBUTING, "CONTRIBUTING.md", 500, "dco").facts()).score()).isEqualTo(1);
    }

    @Test
    void provenanceShares() {
        assertThat(provenance(0, 0, null)).isZero();
        assertThat(provenance(1, 0, null)).isEqualTo(1);   // 10 %
        assertThat(provenance(0, 0, "cla")).isEqualTo(1);
        assertThat(provenance(7, 0, null)).isEqualTo(1);
        assertThat(provenance(4, 4, null)).isEqualTo(2);   // 80 %: signed-off and signed both count
    }

    @Test
    void provenanceIgnoresBotCommits() {
        var b = HistoryBuilder.git().commit(ALICE, daysAgo(3), 1, 1, 1, List.of("Alice <alice@acme.example>"), false)
                .commits(bot("dependabot[bot]"), 9, daysAgo(3));
        assertThat(Provenance.of(b.facts()).score()).isEqualTo(2);
    }

    /** 10 commits in the year: {@code signedOff} with a trailer, then {@code signed} with a signature. */
    private static int provenance(int signedOff, int signed, String contributingDetail) {
        HistoryBuilder b = HistoryBuilder.git();
        if (contributingDetail != null) {
            b.file(FileKind.CONTRIBUTING, "CONTRIBUTING.md", 500, contributingDetail);
        }
        for (int i = 0; i < 10; i++) {
            boolean trailer = i < signedOff;
            boolean sig = i >= signedOff && i < signedOff + signed;
            b.commit(ALICE, daysAgo(10), 1, 1, 1, trailer ? List.of("Alice <alice@acme.example>") : List.of(), sig);
        }
        return Provenance.of(b.facts()).score();
    }
}
