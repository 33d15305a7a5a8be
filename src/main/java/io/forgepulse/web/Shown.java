package io.forgepulse.web;

import java.time.Duration;
import java.util.Locale;

/** How numbers and durations read on a page: scores with one decimal (the JSON keeps every digit). */
final class Shown {

    static final String NONE = "–";

    private Shown() {
    }

    static String score(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    static String share(int part, int whole) {
        return whole == 0 ? NONE : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    /** "42 s", "5 min", "3 h", "12 d" (or 秒, 分钟, 小时, 天). */
    static String age(Duration d, Locale locale) {
        boolean zh = PageLocale.isChinese(locale);
        long s = Math.max(0, d.toSeconds());
        if (s < 90) {
            return s + (zh ? " 秒" : " s");
        }
        if (s < 90 * 60) {
            return Math.round(s / 60.0) + (zh ? " 分钟" : " min");
        }
        if (s < 36 * 3600) {
            return Math.round(s / 3600.0) + (zh ? " 小时" : " h");
        }
        return Math.round(s / 86400.0) + (zh ? " 天" : " d");
    }
}
