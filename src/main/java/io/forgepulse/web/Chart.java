package io.forgepulse.web;

import io.forgepulse.domain.SeriesPoint;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One chart of the project page: its series (each the API's own {@code series?metric=} answer) on a shared x axis of
 * bucket starts, as the JSON uPlot draws ({@code [[x...], [y1...], ...]}, x in epoch seconds, a missing value null).
 *
 * @param id the element id, also the key of the drawn chart in {@code window.forgepulseCharts}
 * @param metrics the API metric of every series, in order
 * @param available false when the source cannot give these metrics (a plain git repository's issues)
 * @param points the total number of points over all series, 0 when there is nothing to draw
 */
public record Chart(String id, String title, List<String> metrics, List<String> labels, boolean available,
        int points, String data, List<Row> table) {

    /** One x value and its y values, for the table the chart draws (readable without script). */
    public record Row(String start, List<String> values) {
    }

    static Chart of(String id, String title, Map<String, String> series, Map<String, List<SeriesPoint>> answers,
            boolean available) {
        TreeSet<LocalDate> xs = new TreeSet<>();
        List<Map<LocalDate, Double>> ys = new ArrayList<>();
        int points = 0;
        for (String metric : series.keySet()) {
            Map<LocalDate, Double> y = new LinkedHashMap<>();
            for (SeriesPoint p : answers.getOrDefault(metric, List.of())) {
                xs.add(p.start());
                y.put(p.start(), p.value());
                points++;
            }
            ys.add(y);
        }
        StringBuilder json = new StringBuilder("[[");
        json.append(String.join(",", xs.stream()
                .map(d -> String.valueOf(d.atStartOfDay(ZoneOffset.UTC).toEpochSecond())).toList())).append(']');
        for (Map<LocalDate, Double> y : ys) {
            json.append(",[").append(String.join(",", xs.stream().map(d -> number(y.get(d))).toList())).append(']');
        }
        json.append(']');
        List<Row> table = xs.stream().map(d -> new Row(d.toString(), ys.stream()
                .map(y -> y.get(d) == null ? Shown.NONE : text(y.get(d))).toList())).toList();
        return new Chart(id, title, List.copyOf(series.keySet()), List.copyOf(series.values()), available, points,
                json.toString(), table);
    }

    /** The series labels as a JSON array, for the script that draws the chart. */
    public String labelsJson() {
        return "[" + String.join(",", labels.stream().map(l -> "\"" + l.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"").toList()) + "]";
    }

    private static String number(Double v) {
        return v == null ? "null" : text(v);
    }

    private static String text(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
