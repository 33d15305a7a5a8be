package io.forgepulse.web;

import java.util.List;
import java.util.Locale;

/**
 * The language of a page: an explicit {@code ?lang=} (the switch, then remembered in a cookie), else the cookie, else
 * the first supported language of {@code Accept-Language}, else English.
 */
final class PageLocale {

    static final String COOKIE = "forgepulse-lang";
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private PageLocale() {
    }

    static Locale resolve(String lang, String cookie, List<Locale> acceptable) {
        Locale chosen = supported(lang);
        if (chosen == null) {
            chosen = supported(cookie);
        }
        if (chosen == null && acceptable != null) {
            for (Locale l : acceptable) {
                if (l.getLanguage().equals("zh")) {
                    return CHINESE;
                }
                if (l.getLanguage().equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return chosen == null ? Locale.ENGLISH : chosen;
    }

    /** The tag a link or cookie carries: {@code en} or {@code zh-CN}. */
    static String tag(Locale locale) {
        return isChinese(locale) ? "zh-CN" : "en";
    }

    static boolean isChinese(Locale locale) {
        return locale.getLanguage().equals("zh");
    }

    private static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) {
            return CHINESE;
        }
        return t.startsWith("en") ? Locale.ENGLISH : null;
    }
}
