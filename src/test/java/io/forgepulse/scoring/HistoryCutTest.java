package io.forgepulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.ProjectFile;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.ScoreCard;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/scoring.md, "Score history": a GitHub project seen at the end of June 2024
 * ({@code t = 2024-07-01T00:00Z}).
 */
class HistoryCutTest {

    private static final Instant T = Instant.parse("2024-07-01T00:00:00Z");

    private static Instant at(String day) {
        return Instant.parse(day + "T12:00:00Z");
    }

    private static final ProjectSnapshot TREE = new ProjectSnapshot(T, "main", "c0ffee", null, null, null, null, null,
            null, OwnerType.UNKNOWN, null, "MIT", List.of(), List.of(new ProjectFile(FileKind.LICENSE, "LICENSE", 1070, "MIT")));

    private final ProjectHistory today = HistoryBuilder.github().stars(1200, 90).archived(true)
            .createdAt(at("2021-03-10"))
            .commit(HistoryBuilder.person("ann", "acme"), at("2024-06-03"))
            .commit(HistoryBuilder.person("bob", "acme"), at("2024-07-02"))
            .issue("1", "dan", at("2024-05-02"), at("2024-06-20"), at("2024-06-20"), at("2024-05-03"))
            .issue("2", "dan", at("2024-06-10"), at("2024-08-01"), at("2024-08-01"), at("2024-07-02"))
            .comment("c1", "2", "dan", at("2024-06-15"), false)
            .comment("c2", "2", "bob", at("2024-07-02"), false)
            .issue("3", "eve", at("2024-08-05"), at("2024-08-05"), null, null)
            .pr("4", "bob", "MEMBER", at("2024-06-25"), at("2024-07-03"), at("2024-07-03"), "ann", true)
            .review("r1", "4", "carol", at("2024-06-28"))
            .pr("5", "bob", "MEMBER", at("2024-06-01"), at("2024-06-05"), at("2024-06-05"), "ann", true)
            .pr("6", "bob", "MEMBER", at("2024-06-20"), at("2024-07-05"), at("2024-07-05"), "ann", true)
            .release("v1.0.0", at("2024-06-30"))
            .release("v1.1.0", at("2024-07-15"))
            .build();

    private final ProjectHistory then = HistoryCut.asOf(today, T, TREE);

    @Test
    void onlyWhatHappenedBeforeTheInstantIsKept() {
        assertThat(then.commits()).hasSize(1);
        assertThat(then.releases()).extracting(r -> r.tag()).containsExactly("v1.0.0");
        assertThat(then.issues()).extracting(Issue::key).containsExactly("1", "2");
        assertThat(then.changeRequests()).extracting(ChangeRequest::key).containsExactly("4", "5", "6");
        assertThat(then.comments()).extracting(c -> c.key()).containsExactly("c1");
        assertThat(then.reviews()).hasSize(1);
    }

    @Test
    void eachItemIsInTheStateItHadThen() {
        Issue closed = then.issues().get(0);
        Issue open = then.issues().get(1);
        assertThat(closed.closedAt()).isEqualTo(OffsetDateTime.parse("2024-06-20T12:00:00Z"));
        assertThat(open.closedAt()).isNull();
        assertThat(open.firstResponseAt()).as("answered on 2024-07-02, after t").isNull();
        assertThat(open.updatedAt()).as("its last comment before t").isEqualTo(OffsetDateTime.parse("2024-06-15T12:00:00Z"));

        ChangeRequest reviewedOpen = then.changeRequests().get(0);
        ChangeRequest merged = then.changeRequests().get(1);
        ChangeRequest unreviewedOpen = then.changeRequests().get(2);
        assertThat(reviewedOpen.merged()).isFalse();
        assertThat(reviewedOpen.mergedBy()).isNull();
        assertThat(reviewedOpen.reviewedByOther()).as("carol reviewed it before t").isTrue();
        assertThat(merged.merged()).isTrue();
        assertThat(merged.reviewedByOther()).isTrue();
        assertThat(unreviewedOpen.reviewedByOther()).as("neither merged nor reviewed by then").isFalse();
    }

    @Test
    void theSnapshotIsTheTreeThenWithTheForgeFactsThatCanBeKnown() {
        ProjectSnapshot s = then.snapshot();
        assertThat(s.files()).isEqualTo(TREE.files());
        assertThat(s.licenseSpdx()).isEqualTo("MIT");
        assertThat(s.headSha()).isEqualTo("c0ffee");
        assertThat(s.openIssues()).as("issue 2 was open, 3 did not exist").isEqualTo(1);
        assertThat(s.createdAt()).isEqualTo(OffsetDateTime.parse("2021-03-10T12:00:00Z"));
        assertThat(s.stars()).isNull();
        assertThat(s.forks()).isNull();
        assertThat(s.archived()).isNull();
        assertThat(s.ownerType()).isEqualTo(OwnerType.UNKNOWN);
        assertThat(HistoryCut.asOf(today, T, null).snapshot()).as("no tree, no snapshot").isNull();
    }

    @Test
    void aForgeCreationAfterTheInstantIsNotKnownThen() {
        ProjectSnapshot s = HistoryCut.asOf(today, Instant.parse("2020-01-01T00:00:00Z"), TREE).snapshot();
        assertThat(s.createdAt()).isNull();
    }

    @Test
    void theCardThenHasNoPopularityAndIsNotArchived() {
        ScoreCard card = ScoreCardCalculator.calculate(then, T, ScoringRules.defaults());
        assertThat(card.criteria()).filteredOn(c -> c.id().equals("LEG.POP")).singleElement()
                .satisfies(c -> assertThat(c.score()).isNull());
        assertThat(card.criteria()).filteredOn(c -> c.id().equals("ACT.MAINT")).singleElement()
                .satisfies(c -> assertThat(c.score()).as("archived today, unknown then").isNotEqualTo(0.0));
        assertThat(card.computedAt()).isEqualTo(T);
    }
}
