package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.AuthorRelation;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.Review;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstResponsesTest {

    private static OffsetDateTime at(String day) {
        return OffsetDateTime.parse(day + "T00:00:00Z");
    }

    @Test
    void theEarliestAnswerBySomeoneElseCountsNeitherTheAuthorNorABot() {
        List<Comment> comments = List.of(
                new Comment("c1", ItemKind.ISSUE, "7", "ada", false, at("2024-01-02"), false),          // the author herself
                new Comment("c2", ItemKind.ISSUE, "7", "codecov[bot]", true, at("2024-01-03"), false),  // a bot
                new Comment("c3", ItemKind.ISSUE, "7", "bob", false, at("2024-01-05"), false),
                new Comment("c4", ItemKind.ISSUE, "7", "eve", false, at("2024-01-04"), true));
        List<Review> reviews = List.of(new Review("r1", "8", "bob", false, at("2024-02-02"), "APPROVED"));
        FirstResponses responses = new FirstResponses(comments, reviews);

        Issue issue = responses.issues(List.of(new Issue("7", "ada", false, AuthorRelation.NONE, at("2024-01-01"), at("2024-01-05"), null, null))).get(0);
        ChangeRequest pull = responses.changeRequests(List.of(new ChangeRequest("8", "ada", false, AuthorRelation.MEMBER, at("2024-02-01"),
                at("2024-02-02"), null, null, null, null, false))).get(0);
        Issue unanswered = responses.issues(List.of(new Issue("9", "ada", false, AuthorRelation.NONE, at("2024-01-01"), at("2024-01-01"), null, null))).get(0);

        assertThat(issue.firstResponseAt()).isEqualTo(at("2024-01-04"));
        assertThat(pull.firstResponseAt()).isEqualTo(at("2024-02-02"));
        assertThat(unanswered.firstResponseAt()).isNull();
    }

    @Test
    void gitLabIssueSevenAndMergeRequestSevenAreAnsweredApart() {
        // GitLab keys: issue #7 is "7", merge request !7 is "!7"; a note names its parent's kind and key
        List<Comment> comments = List.of(
                new Comment("note:1", ItemKind.CHANGE_REQUEST, "!7", "bob", false, at("2024-01-02"), false),
                new Comment("note:2", ItemKind.ISSUE, "7", "eve", false, at("2024-01-09"), false));
        List<Review> approvals = List.of(new Review("approval:3", "!7", "carol", false, at("2024-01-03"), "APPROVED"));
        FirstResponses responses = new FirstResponses(comments, approvals);

        Issue issue = responses.issues(List.of(new Issue("7", "ada", false, null, at("2024-01-01"), at("2024-01-09"), null,
                null))).get(0);
        ChangeRequest mergeRequest = responses.changeRequests(List.of(new ChangeRequest("!7", "ada", false, null,
                at("2024-01-01"), at("2024-01-03"), null, null, null, null, false))).get(0);

        assertThat(issue.firstResponseAt()).isEqualTo(at("2024-01-09"));
        assertThat(mergeRequest.firstResponseAt()).isEqualTo(at("2024-01-02"));
    }

    @Test
    void aCommentAnswersOnlyAnItemOfItsParentsKindEvenUnderTheSameKey() {
        // A Gitee pull comment listed among issue comments, on pull "5", while an issue keyed "5" exists as well
        List<Comment> comments = List.of(
                new Comment("issue-comment:1", ItemKind.CHANGE_REQUEST, "5", "bob", false, at("2024-01-02"), false));
        FirstResponses responses = new FirstResponses(comments, List.of());

        Issue issue = responses.issues(List.of(new Issue("5", "ada", false, AuthorRelation.NONE, at("2024-01-01"),
                at("2024-01-02"), null, null))).get(0);
        ChangeRequest pull = responses.changeRequests(List.of(new ChangeRequest("5", "ada", false, AuthorRelation.NONE,
                at("2024-01-01"), at("2024-01-02"), null, null, null, null, false))).get(0);

        assertThat(issue.firstResponseAt()).isNull();
        assertThat(pull.firstResponseAt()).isEqualTo(at("2024-01-02"));
    }
}
