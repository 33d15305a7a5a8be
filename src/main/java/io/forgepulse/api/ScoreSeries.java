package io.forgepulse.api;

import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.SeriesPoint;
import io.forgepulse.store.ScorePoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A score's history per week or month: each bucket's value is that of its last stored card with the score, so a past
 * month shows its month-end card and the current month today's card (docs/scoring.md, "Score history").
 */
final class ScoreSeries {

    private ScoreSeries() {
    }

    /** @param points in the order the cards describe time (as {@code ScoreCardStore.history} returns them) */
    static List<SeriesPoint> of(List<ScorePoint> points, Function<ScorePoint, Double> score, Bucket bucket) {
        Map<LocalDate, Double> last = new TreeMap<>();
        for (ScorePoint p : points) {
            Double value = score.apply(p);
            if (value != null) {
                last.put(bucket.startOf(p.day()), value);
            }
        }
        List<SeriesPoint> series = new ArrayList<>(last.size());
        last.forEach((start, value) -> series.add(new SeriesPoint(start, value)));
        return series;
    }
}
