package io.forgepulse.web;

import io.forgepulse.scoring.MaturityLeaf;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * A leaf's name, rule and advice in the page's language: English from the catalogue ({@link MaturityLeaf}), Chinese from
 * {@code messages/leaves_zh_CN.properties} by leaf id (a test checks that every leaf has both).
 */
final class LeafTexts {

    private static final Properties CHINESE = load("messages/leaves_zh_CN.properties");

    private LeafTexts() {
    }

    static String name(String id, Locale locale) {
        return text(id, "name", locale, MaturityLeaf.of(id).humanName());
    }

    /** What each score of the leaf means. */
    static String rule(String id, Locale locale) {
        return text(id, "rule", locale, MaturityLeaf.of(id).rule());
    }

    static String advice(String id, Locale locale) {
        return text(id, "advice", locale, MaturityLeaf.of(id).advice());
    }

    private static String text(String id, String what, Locale locale, String english) {
        return PageLocale.isChinese(locale) ? CHINESE.getProperty(id + "." + what, english) : english;
    }

    static boolean translated(String id) {
        return CHINESE.containsKey(id + ".name") && CHINESE.containsKey(id + ".advice")
                && CHINESE.containsKey(id + ".rule");
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = LeafTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
