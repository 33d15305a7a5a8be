package io.forgepulse.forge.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a SECURITY policy offers a reporter: a contact (an e-mail address or a URL to report to) and a process
 * (how reports are handled). The process needs two distinct signals, so a file that merely says "report bugs
 * on the tracker" is not taken for a disclosure process.
 */
final class SecurityText {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]]+", Pattern.CASE_INSENSITIVE);
    private static final List<String> PROCESS_STEMS = List.of(
            "report", "disclos", "vulnerabilit", "respon", "acknowledg", "embargo", "advisor", "triage", "cve");

    private SecurityText() {
    }

    /** "contact", "process", "contact,process" or null, as {@code FileKind.SECURITY} documents. */
    static String detail(String text) {
        if (text == null) {
            return null;
        }
        String prose = MarkupText.prose(text);
        List<String> found = new ArrayList<>(2);
        if (EMAIL.matcher(prose).find() || URL.matcher(prose).find()) {
            found.add("contact");
        }
        String lower = prose.toLowerCase(Locale.ROOT);
        long signals = PROCESS_STEMS.stream().filter(lower::contains).count();
        if (signals >= 2) {
            found.add("process");
        }
        return found.isEmpty() ? null : String.join(",", found);
    }
}
