package io.forgepulse.api;

import io.forgepulse.scoring.MaturityLeaf;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The comparison as CSV (RFC 4180) for a spreadsheet, downloaded from the comparison page ({@code /compare.csv}): one row per candidate, ranked first, then excluded; a column
 * per maturity leaf with its 0/1/2 score, empty when unknown.
 */
public final class ComparisonCsv {

    private ComparisonCsv() {
    }

    public static String render(ComparisonView v) {
        StringBuilder csv = new StringBuilder("rank,project,profile_maturity,maturity,level,coverage,activity,diversity,gaps");
        MaturityLeaf.ids().forEach(id -> csv.append(',').append(id));
        csv.append("\r\n");
        v.ranked().forEach(c -> row(csv, String.valueOf(c.rank()), c));
        v.excluded().forEach(c -> row(csv, "excluded", c));
        return csv.toString();
    }

    private static void row(StringBuilder csv, String rank, ComparisonView.Candidate c) {
        csv.append(rank).append(',').append(quoted(c.project())).append(',').append(number(c.profileMaturity()))
                .append(',').append(number(c.maturity())).append(',').append(c.level()).append(',')
                .append(String.format(Locale.ROOT, "%.4f", c.coverage())).append(',').append(number(c.activity()))
                .append(',').append(number(c.diversity())).append(',')
                .append(quoted(c.gaps().stream().map(g -> g.leaf() + " " + g.score() + "<" + g.needed())
                        .collect(Collectors.joining("; "))));
        Map<String, ComparisonView.Leaf> leaves = c.criteria().stream()
                .collect(Collectors.toMap(ComparisonView.Leaf::id, Function.identity()));
        for (String id : MaturityLeaf.ids()) {
            ComparisonView.Leaf leaf = leaves.get(id);
            csv.append(',').append(leaf == null || leaf.score() == null ? "" : leaf.score());
        }
        csv.append("\r\n");
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    // A comma, quote or line break inside a field needs quotes, and a quote inside them doubles.
    private static String quoted(String text) {
        if (text.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
