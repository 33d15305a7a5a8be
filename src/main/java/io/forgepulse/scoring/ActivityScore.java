package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Criterion;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.Review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The activity score (0–100) after the OSS Compass "Activity" model (compass-metrics-model; weights from
 * {@code compass_model}, thresholds from {@code resources/thresholds.yaml}).
 *
 * <p>Each signal {@code p_i} becomes the term {@code log(1+p_i)/log(1+max(p_i,T_i))}: 0 for nothing,
 * 1 at or above the threshold, logarithmic in between, so the first few contributors count more than the
 * next thousand. {@code s = Σ w_i·term_i / Σ w_i} with signed weights, then min–max rescaled to 0–100.
 * A signal without data is dropped from the sums and from min and max alike, so the score stays on
 * 0–100 over what was measured and the coverage tells how much weight that was.
 */
final class ActivityScore {

    /** One signal of the model. {@code value} null means the source cannot provide it (dropped). */
    record Signal(String name, double weight, double threshold, Double value, String evidence) {

        /** {@code log(1+p)/log(1+max(p,T))}, or null when dropped. */
        Double term() {
            if (value == null) {
                return null;
            }
            return Math.log1p(value) / Math.log1p(Math.max(value, threshold));
        }

        Criterion criterion() {
            return new Criterion("activity." + name, term(), Figures.text(value), evidence);
        }
    }

    record Result(AxisScore axis, List<Signal> signals) {
    }

    static final double W_CONTRIBUTORS = 0.18009;
    static final double W_COMMIT_FREQUENCY = 0.18009;
    static final double W_UPDATED_SINCE = -0.12742;
    static final double W_ORG_COUNT = 0.11501;
    static final double W_COMMENT_FREQUENCY = 0.07768;
    static final double W_CODE_REVIEW = 0.04919;
    static final double W_UPDATED_ISSUES = 0.04919;
    static final double W_RELEASES = 0.03177;

    /**
     * Thresholds T_i, each as compass-metrics-model's {@code compass_metrics/resources/thresholds.yaml} gives it for a
     * single repository ({@code repo_threshold}).
     */
    static final double T_CONTRIBUTORS = 2000;
    static final double T_COMMIT_FREQUENCY = 1000;
    static final double T_UPDATED_SINCE = 0.25;
    static final double T_ORG_COUNT = 30;
    static final double T_COMMENT_FREQUENCY = 5;
    static final double T_CODE_REVIEW = 8;
    static final double T_UPDATED_ISSUES = 2500;
    static final double T_RELEASES = 12;

    /** Days per month on average over the Gregorian 400-year cycle (365.2425 / 12). */
    static final double DAYS_PER_MONTH = 30.4375;

    private ActivityScore() {
    }

    static Result of(Facts f) {
        if (!f.hasEvents()) {
            // nothing harvested: every signal is "no data", not zero
            List<Signal> none = List.of(
                    new Signal("contributor_count", W_CONTRIBUTORS, T_CONTRIBUTORS, null, "no events harvested"),
                    new Signal("commit_frequency", W_COMMIT_FREQUENCY, T_COMMIT_FREQUENCY, null, "no events harvested"),
                    new Signal("updated_since", W_UPDATED_SINCE, T_UPDATED_SINCE, null, "no events harvested"),
                    new Signal("org_count", W_ORG_COUNT, T_ORG_COUNT, null, "no events harvested"),
                    new Signal("comment_frequency", W_COMMENT_FREQUENCY, T_COMMENT_FREQUENCY, null, "no events harvested"),
                    new Signal("code_review_count", W_CODE_REVIEW, T_CODE_REVIEW, null, "no events harvested"),
                    new Signal("updated_issues_count", W_UPDATED_ISSUES, T_UPDATED_ISSUES, null, "no events harvested"),
                    new Signal("recent_releases_count", W_RELEASES, T_RELEASES, null, "no events harvested"));
            return new Result(AxisScore.NONE, none);
        }
        boolean forge = f.history.forgeEvents();
        List<Signal> signals = new ArrayList<>();
        signals.add(contributorCount(f, forge));
        signals.add(commitFrequency(f));
        signals.add(updatedSince(f));
        signals.add(orgCount(f));
        signals.add(forge ? commentFrequency(f) : dropped("comment_frequency", W_COMMENT_FREQUENCY, T_COMMENT_FREQUENCY));
        signals.add(forge ? codeReviewCount(f) : dropped("code_review_count", W_CODE_REVIEW, T_CODE_REVIEW));
        signals.add(forge ? updatedIssuesCount(f) : dropped("updated_issues_count", W_UPDATED_ISSUES, T_UPDATED_ISSUES));
        signals.add(recentReleases(f));
        return new Result(score(signals), signals);
    }

    /** The literal Compass formula: s, its min and max over the kept signals, rescaled to 0–100. */
    static AxisScore score(List<Signal> signals) {
        double sumWeights = 0;
        double weighted = 0;
        double min = 0;
        double max = 0;
        double kept = 0;
        double all = 0;
        for (Signal s : signals) {
            all += Math.abs(s.weight());
            Double term = s.term();
            if (term == null) {
                continue;
            }
            kept += Math.abs(s.weight());
            sumWeights += s.weight();
            weighted += s.weight() * term;
            // min: positive signals at 0, negative ones at their threshold (term 1); max the other way round
            if (s.weight() < 0) {
                min += s.weight();
            } else {
                max += s.weight();
            }
        }
        if (kept == 0 || max == min) {
            return new AxisScore(null, 0);
        }
        double s = weighted / sumWeights;
        double sMin = min / sumWeights;
        double sMax = max / sumWeights;
        return new AxisScore(100 * (s - sMin) / (sMax - sMin), kept / all);
    }

    private static Signal dropped(String name, double weight, double threshold) {
        return new Signal(name, weight, threshold, null, "not provided by a plain git repository");
    }

    private static Signal contributorCount(Facts f, boolean forge) {
        int n = ActiveContributors.in(f, f.recent).size();
        return new Signal("contributor_count", W_CONTRIBUTORS, T_CONTRIBUTORS, (double) n,
                n + " non-bot " + (forge ? "authors of commits, PRs, reviews, issues or comments" : "commit authors")
                        + " in 90 days");
    }

    private static Signal commitFrequency(Facts f) {
        int n = f.humanCommitsIn(f.recent).size();
        return new Signal("commit_frequency", W_COMMIT_FREQUENCY, T_COMMIT_FREQUENCY, n / (Facts.RECENT_DAYS / 7.0),
                n + " non-bot commits in 90 days / (90/7) weeks");
    }

    private static Signal updatedSince(Facts f) {
        Optional<AttributedCommit> last = f.lastHumanCommit();
        if (last.isEmpty()) {
            return new Signal("updated_since", W_UPDATED_SINCE, T_UPDATED_SINCE, null, "no commit");
        }
        var commit = last.get().commit();
        double days = Figures.days(Duration.between(Facts.authored(commit), f.now));
        return new Signal("updated_since", W_UPDATED_SINCE, T_UPDATED_SINCE, days / DAYS_PER_MONTH,
                "last commit " + commit.sha() + " at " + Facts.authored(commit) + ", " + Figures.text(days)
                        + " days / 30.4375");
    }

    private static Signal orgCount(Facts f) {
        Set<String> orgs = new TreeSet<>();
        for (AttributedCommit c : f.humanCommitsIn(f.recent)) {
            if (c.author().organization() != null) {
                orgs.add(c.author().organization());
            }
        }
        return new Signal("org_count", W_ORG_COUNT, T_ORG_COUNT, (double) orgs.size(),
                orgs.isEmpty() ? "no commit author with a known organization in 90 days" : "organizations " + orgs);
    }

    /** Issues (not by bots) updated in the last 90 days; both issue signals count this same set. */
    private static List<Issue> updatedIssues(Facts f) {
        return f.humanIssues.stream().filter(i -> f.recent.contains(i.updatedAt())).toList();
    }

    private static Signal commentFrequency(Facts f) {
        List<Issue> issues = updatedIssues(f);
        Set<String> keys = new HashSet<>();
        issues.forEach(i -> keys.add(i.key()));
        long comments = f.history.comments().stream()
                .filter(c -> !c.review() && c.parentKind() == ItemKind.ISSUE && keys.contains(c.parentKey())
                        && f.recent.contains(c.createdAt()))
                .filter(c -> !f.people.isBot(c.author(), c.authorIsBot()))
                .count();
        double p = issues.isEmpty() ? 0 : (double) comments / issues.size();
        return new Signal("comment_frequency", W_COMMENT_FREQUENCY, T_COMMENT_FREQUENCY, p,
                comments + " comments in 90 days on " + issues.size() + " issues updated in 90 days");
    }

    private static Signal codeReviewCount(Facts f) {
        Set<String> prs = new HashSet<>();
        for (ChangeRequest cr : f.humanChangeRequests) {
            if (f.recent.contains(cr.createdAt())) {
                prs.add(cr.key());
            }
        }
        long reviews = 0;
        for (Review r : f.history.reviews()) {
            if (prs.contains(r.changeRequestKey()) && f.recent.contains(r.submittedAt())
                    && !f.people.isBot(r.author(), r.authorIsBot())) {
                reviews++;
            }
        }
        double p = prs.isEmpty() ? 0 : (double) reviews / prs.size();
        return new Signal("code_review_count", W_CODE_REVIEW, T_CODE_REVIEW, p,
                reviews + " reviews on " + prs.size() + " PRs opened in 90 days");
    }

    private static Signal updatedIssuesCount(Facts f) {
        int n = updatedIssues(f).size();
        return new Signal("updated_issues_count", W_UPDATED_ISSUES, T_UPDATED_ISSUES, (double) n, n + " issues updated in 90 days");
    }

    private static Signal recentReleases(Facts f) {
        var releases = f.releasesIn(f.year);
        return new Signal("recent_releases_count", W_RELEASES, T_RELEASES, (double) releases.size(),
                releases.size() + " releases in 365 days" + (releases.isEmpty() ? ""
                        : ": " + String.join(", ", releases.stream().map(r -> r.tag()).filter(Objects::nonNull).toList())));
    }
}
