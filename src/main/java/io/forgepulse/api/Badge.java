package io.forgepulse.api;

import java.util.Locale;

/** A shields.io-style SVG badge: a grey label and a value coloured by how good it is. */
final class Badge {

    private Badge() {
    }

    static String svg(String label, Double score) {
        String value = score == null ? "n/a" : String.valueOf(Math.round(score));
        String color = score == null ? "#9f9f9f" : score >= 75 ? "#4c1" : score >= 50 ? "#a4a61d" : score >= 25 ? "#fe7d37" : "#e05d44";
        int labelWidth = 6 * label.length() + 10;
        int valueWidth = 7 * value.length() + 10;
        int width = labelWidth + valueWidth;
        return String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="20" role="img" aria-label="%s: %s">\
                <title>%s: %s</title>\
                <rect width="%d" height="20" fill="#555"/><rect x="%d" width="%d" height="20" fill="%s"/>\
                <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">\
                <text x="%d" y="14">%s</text><text x="%d" y="14">%s</text></g></svg>""",
                width, label, value, label, value, labelWidth, labelWidth, valueWidth, color,
                labelWidth / 2, label, labelWidth + valueWidth / 2, value);
    }
}
