package io.forgepulse.domain;

/**
 * One explained input of a score: a maturity leaf (score 0/1/2/null), an activity signal or a diversity
 * metric (their points in {@code score}).
 *
 * @param id e.g. {@code GOV.LICENSE}, {@code activity.commit_frequency}, {@code diversity.contributor_dependency}
 * @param value the raw measured value as text, or null when there was no data
 * @param evidence what the value was read from (file path, tag, counts), for a person to check
 */
public record Criterion(String id, Double score, String value, String evidence) {

    /** The score of a maturity leaf as its 0, 1 or 2, or null when it has none. */
    public Integer leafScore() {
        return score == null ? null : (int) Math.round(score);
    }
}
