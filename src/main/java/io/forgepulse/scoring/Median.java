package io.forgepulse.scoring;

import java.util.List;

/** The median of durations in days (mean of the two middle values for an even count). */
final class Median {

    private Median() {
    }

    static Double of(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
