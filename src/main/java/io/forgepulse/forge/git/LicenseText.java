package io.forgepulse.forge.git;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects the SPDX id of a license text by the phrases that make each license recognisable, after folding
 * case, punctuation and line wrapping away (so Markdown, comment markers and reflowed text still match).
 * Phrases, not hashes: real LICENSE files carry copyright lines, project names and reflowed paragraphs.
 *
 * <p>An explicit {@code SPDX-License-Identifier:} line wins. Otherwise the license whose phrase appears first
 * in the text is chosen, so an Apache-2.0 file with third-party MIT notices appended is Apache-2.0.
 *
 * <p>GPL family, {@code -only} versus {@code -or-later}: the full license text always contains "any later
 * version" (in its how-to-apply appendix), and the text alone grants only the version it is; so a full text is
 * {@code -only}. A short notice (no "terms and conditions") that says "or (at your option) any later version"
 * is {@code -or-later}.
 */
final class LicenseText {

    private static final Pattern IDENTIFIER = Pattern.compile(
            "SPDX-License-Identifier:\\s*([A-Za-z0-9][A-Za-z0-9.+\\-]*(?:\\s+(?:OR|AND|WITH)\\s+\\(?[A-Za-z0-9][A-Za-z0-9.+\\-]*\\)?)*)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A license: where its phrase matches, and the id given the match and the whole normalized text. */
    private record Rule(Pattern phrase, Identify identify) {
    }

    @FunctionalInterface
    private interface Identify {
        String id(Matcher match, String text);
    }

    private static final String AS_PUBLISHED = "(?: as published by the free software foundation)?(?: either)?";

    private static final List<Rule> RULES = List.of(
            rule("gnu affero general public license" + AS_PUBLISHED + " version 3", (m, t) -> gnu("AGPL-3.0", t)),
            rule("gnu (?:lesser|library) general public license" + AS_PUBLISHED + " version (2 1|2|3)\\b",
                    (m, t) -> gnu(switch (m.group(1)) {
                        case "2 1" -> "LGPL-2.1";
                        case "2" -> "LGPL-2.0";
                        default -> "LGPL-3.0";
                    }, t)),
            rule("gnu general public license" + AS_PUBLISHED + " version ([23])\\b",
                    (m, t) -> gnu("GPL-" + m.group(1) + ".0", t)),
            rule("apache license(?: version)? 2 0", fixed("Apache-2.0")),
            rule("mozilla public license(?: version| v)? (2 0|1 1|1 0)",
                    (m, t) -> "MPL-" + m.group(1).replace(' ', '.')),
            rule("eclipse public license(?: v| version)? ([12]) 0", (m, t) -> "EPL-" + m.group(1) + ".0"),
            rule("common development and distribution license(?: cddl)?(?: version)? 1 ([01])",
                    (m, t) -> "CDDL-1." + m.group(1)),
            rule("boost software license(?: version)? 1 0|permission is hereby granted free of charge to any person"
                    + " or organization obtaining a copy of the software and accompanying documentation covered by"
                    + " this license", fixed("BSL-1.0")),
            rule("permission is hereby granted free of charge to any person obtaining a copy of this software",
                    (m, t) -> t.contains("the above copyright notice and this permission notice shall be included")
                            ? "MIT" : "MIT-0"),
            rule("permission to use copy modify (?:and or |and )?distribute this software for any purpose with or"
                    + " without fee is hereby granted( provided that the above copyright notice and this permission"
                    + " notice appear in all copies)?", (m, t) -> m.group(1) != null ? "ISC" : "0BSD"),
            rule("redistribution and use in source and binary forms with or without modification are permitted"
                    + " provided that the following conditions are met", (m, t) -> bsd(t)),
            rule("this is free and unencumbered software released into the public domain", fixed("Unlicense")),
            rule("cc0 1 0 universal|creative commons zero v1 0 universal", fixed("CC0-1.0")),
            rule("mulan permissive software license version 2|木兰宽松许可证 第2版", fixed("MulanPSL-2.0")),
            rule("altered source versions must be plainly marked as such and must not be misrepresented as being"
                    + " the original software", fixed("Zlib")));

    private LicenseText() {
    }

    /** The SPDX id (or expression, when an identifier line gives one) of {@code text}, or null when unknown. */
    static String spdx(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher identifier = IDENTIFIER.matcher(text);
        if (identifier.find()) {
            return identifier.group(1).trim().replaceAll("\\s+", " ");
        }
        String normalized = normalize(text);
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Rule rule : RULES) {
            Matcher match = rule.phrase().matcher(normalized);
            if (match.find() && match.start() < bestStart) {
                bestStart = match.start();
                best = rule.identify().id(match, normalized);
            }
        }
        return best;
    }

    static String normalize(String text) {
        return " " + NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim() + " ";
    }

    private static Rule rule(String phrase, Identify identify) {
        return new Rule(Pattern.compile(phrase), identify);
    }

    private static Identify fixed(String id) {
        return (m, t) -> id;
    }

    private static String gnu(String id, String text) {
        boolean fullText = text.contains(" terms and conditions ");
        return id + (!fullText && text.contains(" any later version ") ? "-or-later" : "-only");
    }

    private static String bsd(String text) {
        if (text.contains(" all advertising materials mentioning features or use of this software")) {
            return "BSD-4-Clause";
        }
        return text.contains(" used to endorse or promote products derived from this software")
                ? "BSD-3-Clause" : "BSD-2-Clause";
    }
}
