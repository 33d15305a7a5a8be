package io.forgepulse.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A QSOS "qualify" profile (docs/scoring.md §8): a relevance per maturity leaf and a weight per axis, read from a
 * {@code .properties}-style text (see docs/scoring.md, "Comparing candidates"). Leaves the text does not name are
 * relevant, axes weigh 1.
 *
 * @param name the profile's name (its file name without {@code .properties})
 * @param description the optional {@code description=} line, for listings
 * @param relevance the relevance of every leaf, in docs/scoring.md §4 order
 * @param axisWeights the weight of every axis ({@code LEG}, {@code ACT}, ...)
 */
public record SelectionProfile(String name, String description, Map<String, Relevance> relevance,
        Map<String, Double> axisWeights) {

    private static final String AXIS_PREFIX = "axis.";

    public SelectionProfile {
        relevance = Collections.unmodifiableMap(new LinkedHashMap<>(relevance));
        axisWeights = Collections.unmodifiableMap(new LinkedHashMap<>(axisWeights));
    }

    /** Every leaf id of the maturity tree, in docs/scoring.md §4 order. */
    public static List<String> leafIds() {
        return MaturityScore.LEAVES;
    }

    /** Every leaf relevant and every axis at weight 1: the ruleset's own maturity score. */
    public static SelectionProfile neutral() {
        return parse("neutral", "(built in)", List.of());
    }

    /**
     * Reads a profile from its lines; throws {@link IllegalArgumentException} naming {@code source} and the line
     * number of the first mistake (unknown leaf or axis, unknown relevance, a weight that is not a number ≥ 0,
     * a key given twice, a line without {@code =}).
     *
     * @param source the file name, for messages
     */
    public static SelectionProfile parse(String name, String source, List<String> lines) {
        Map<String, Relevance> relevance = new LinkedHashMap<>();
        leafIds().forEach(id -> relevance.put(id, Relevance.RELEVANT));
        Map<String, Double> axes = new LinkedHashMap<>();
        axes().forEach(a -> axes.put(a, 1.0));
        Set<String> seen = new LinkedHashSet<>();
        String description = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String where = source + " line " + (i + 1) + ": ";
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(where + "'" + line + "' is not KEY=VALUE, e.g. SEC.POLICY=critical");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (!seen.add(key)) {
                throw new IllegalArgumentException(where + key + " is given twice; keep one line");
            }
            if (key.equals("description")) {
                description = value;
            } else if (key.startsWith(AXIS_PREFIX)) {
                String axis = key.substring(AXIS_PREFIX.length());
                if (!axes.containsKey(axis)) {
                    throw new IllegalArgumentException(where + "unknown axis '" + axis + "'; use one of "
                            + String.join(", ", axes()));
                }
                axes.put(axis, weight(where, key, value));
            } else if (relevance.containsKey(key)) {
                relevance.put(key, relevance(where, key, value));
            } else {
                throw new IllegalArgumentException(where + "unknown leaf '" + key + "'; leaves are "
                        + String.join(", ", leafIds()) + " (or axis.LEG=1.5, description=...)");
            }
        }
        return new SelectionProfile(name, description, relevance, axes);
    }

    /** The relevance of a leaf; leaves outside the tree are ignored. */
    public Relevance of(String leaf) {
        return relevance.getOrDefault(leaf, Relevance.IGNORE);
    }

    /** The leaves at a relevance, in tree order. */
    public List<String> leaves(Relevance r) {
        return relevance.entrySet().stream().filter(e -> e.getValue() == r).map(Map.Entry::getKey).toList();
    }

    /** The weight of every leaf, for {@link MaturityScore#score(List, Map, Map)}. */
    Map<String, Double> leafWeights() {
        Map<String, Double> w = new LinkedHashMap<>();
        relevance.forEach((id, r) -> w.put(id, (double) r.weight()));
        return w;
    }

    private static List<String> axes() {
        List<String> axes = new ArrayList<>();
        for (String id : leafIds()) {
            String axis = id.substring(0, id.indexOf('.'));
            if (!axes.contains(axis)) {
                axes.add(axis);
            }
        }
        return axes;
    }

    private static Relevance relevance(String where, String key, String value) {
        try {
            return Relevance.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + key + "=" + value + ": the relevance is ignore, relevant or"
                    + " critical");
        }
    }

    private static double weight(String where, String key, String value) {
        try {
            double w = Double.parseDouble(value);
            if (Double.isFinite(w) && w >= 0) {
                return w;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(where + key + "=" + value + ": an axis weight is a number ≥ 0, e.g. 1.5");
    }
}
