package io.forgepulse.scoring;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.Criterion;

import java.util.List;

/**
 * The diversity score (0–100) with the LFX Insights cut-offs: four metrics of 0–5 points each,
 * {@code score = points / (5 · non-null metrics) · 100}; coverage = non-null metrics / 4.
 */
final class DiversityScore {

    /** One metric: its points (0–5, null without data), raw value and evidence. */
    record Metric(String name, Integer points, Double value, String evidence) {

        Criterion criterion() {
            return new Criterion("diversity." + name, points == null ? null : points.doubleValue(), Figures.text(value), evidence);
        }
    }

    record Result(AxisScore axis, List<Metric> metrics) {
    }

    private DiversityScore() {
    }

    static Result of(Facts f, BusFactor bus, ElephantFactor elephant, Retention retention) {
        Integer active = f.hasEvents() ? ActiveContributors.in(f, f.recent).size() : null;
        List<Metric> metrics = List.of(
                new Metric("contributor_dependency", bus.points(), bus.value() == null ? null : bus.value().doubleValue(), bus.evidence()),
                new Metric("organization_dependency", elephant.points(),
                        elephant.value() == null ? null : elephant.value().doubleValue(), elephant.evidence()),
                new Metric("active_contributors", activePoints(active), active == null ? null : active.doubleValue(),
                        active == null ? "no events harvested" : active + " non-bot contributors in 90 days"),
                new Metric("retention", retention.points(), retention.share(), retention.evidence()));
        return new Result(score(metrics), metrics);
    }

    static AxisScore score(List<Metric> metrics) {
        int points = 0;
        int counted = 0;
        for (Metric m : metrics) {
            if (m.points() != null) {
                points += m.points();
                counted++;
            }
        }
        if (counted == 0) {
            return AxisScore.NONE;
        }
        return new AxisScore(100.0 * points / (5.0 * counted), (double) counted / metrics.size());
    }

    /** docs/scoring.md §3, active contributors in 90 days: ≤ 1 → 0, 2–3 → 1, 4–6 → 2, 7–10 → 3, 11–20 → 4, ≥ 21 → 5. */
    static Integer activePoints(Integer n) {
        if (n == null) {
            return null;
        }
        return n >= 21 ? 5 : n >= 11 ? 4 : n >= 7 ? 3 : n >= 4 ? 2 : n >= 2 ? 1 : 0;
    }
}
