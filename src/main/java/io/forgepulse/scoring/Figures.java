package io.forgepulse.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** How numbers are written into a criterion's {@code value} and {@code evidence}: short, locale-free. */
final class Figures {

    private Figures() {
    }

    /** Integers without a fraction, everything else rounded to 4 decimals. */
    static String text(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String text(Double v) {
        return v == null ? null : text(v.doubleValue());
    }

    /** A duration in fractional days, the unit every time-based leaf compares in. */
    static double days(Duration d) {
        return d.toMillis() / 86_400_000.0;
    }
}
