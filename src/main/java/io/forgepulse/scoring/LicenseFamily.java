package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;
import io.forgepulse.domain.ProjectSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The license family, the risk a license puts on an adopter (docs/scoring.md §5): permissive, weak-copyleft,
 * strong-copyleft, network-copyleft, non-osi (source-available, or a license nobody could identify) and none.
 * It also holds the SPDX catalogue GOV.LICENSE needs: which ids are OSI-approved, which are free but not
 * OSI-approved (CC0-1.0, WTFPL, ...), and which are source-available, not open source (BUSL-1.1, SSPL-1.0, ...).
 *
 * <p>Several licenses: an {@code OR} expression lets the adopter choose, so it takes the least restrictive
 * option; separate license files, or {@code AND}, must all be honoured, so they take the most restrictive.
 */
final class LicenseFamily {

    static final String PERMISSIVE = "permissive";
    static final String WEAK = "weak-copyleft";
    static final String STRONG = "strong-copyleft";
    static final String NETWORK = "network-copyleft";
    static final String NON_OSI = "non-osi";
    static final String NONE = "none";

    /** Families from least to most restrictive for an adopter. */
    private static final List<String> RESTRICTIVENESS = List.of(PERMISSIVE, WEAK, STRONG, NETWORK, NON_OSI);

    enum Status {
        /** OSI-approved. */
        OSI,
        /** Free or open, but not OSI-approved (public-domain dedications, FSF-only approvals). */
        FREE,
        /** Source-available: restricts use or field of use, not open source. */
        SOURCE_AVAILABLE
    }

    record Known(String id, String family, Status status) {
    }

    private static final Map<String, Known> CATALOGUE = new HashMap<>();

    static {
        for (String id : List.of("MIT", "MIT-0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause", "0BSD",
                "ISC", "Apache-1.1", "Apache-2.0", "Zlib", "BSL-1.0", "Unlicense", "PostgreSQL", "NCSA", "MulanPSL-2.0",
                "UPL-1.0", "Python-2.0", "PSF-2.0", "Artistic-2.0", "BlueOak-1.0.0", "AFL-3.0", "ECL-2.0", "MS-PL", "W3C",
                "NTP", "Unicode-DFS-2016", "Unicode-3.0", "PHP-3.01", "X11", "Fair")) {
            add(id, PERMISSIVE, Status.OSI);
        }
        for (String id : List.of("CC0-1.0", "WTFPL", "BSD-4-Clause", "OpenSSL", "CC-BY-4.0", "MulanPSL-1.0", "Beerware")) {
            add(id, PERMISSIVE, Status.FREE);
        }
        for (String id : List.of("LGPL-2.0", "LGPL-2.1", "LGPL-3.0", "MPL-1.1", "MPL-2.0", "EPL-1.0", "EPL-2.0", "CDDL-1.0",
                "MS-RL", "CPL-1.0", "CECILL-C", "APSL-2.0")) {
            add(id, WEAK, Status.OSI);
        }
        for (String id : List.of("CDDL-1.1", "MPL-2.0-no-copyleft-exception")) {
            add(id, WEAK, Status.FREE);
        }
        for (String id : List.of("GPL-2.0", "GPL-3.0", "EUPL-1.1", "EUPL-1.2", "CECILL-2.1", "Sleepycat")) {
            add(id, STRONG, Status.OSI);
        }
        add("GPL-1.0", STRONG, Status.FREE);
        add("CC-BY-SA-4.0", STRONG, Status.FREE);
        for (String id : List.of("AGPL-3.0", "OSL-3.0", "RPL-1.5", "CPAL-1.0")) {
            add(id, NETWORK, Status.OSI);
        }
        add("AGPL-1.0", NETWORK, Status.FREE);
        for (String id : List.of("BUSL-1.1", "SSPL-1.0", "Elastic-2.0", "Commons-Clause", "Confluent-Community-1.0", "JSON",
                "PolyForm-Noncommercial-1.0.0", "PolyForm-Small-Business-1.0.0", "PolyForm-Shield-1.0.0",
                "PolyForm-Perimeter-1.0.0", "PolyForm-Internal-Use-1.0.0", "PolyForm-Strict-1.0.0",
                "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0", "CC-BY-NC-ND-4.0", "FSL-1.1-MIT", "FSL-1.1-Apache-2.0")) {
            add(id, NON_OSI, Status.SOURCE_AVAILABLE);
        }
    }

    private static final Pattern OPERATOR = Pattern.compile("\\s+(?:OR|AND)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH = Pattern.compile("\\s+WITH\\s+.*$", Pattern.CASE_INSENSITIVE);

    private LicenseFamily() {
    }

    private static void add(String id, String family, Status status) {
        CATALOGUE.put(id.toUpperCase(Locale.ROOT), new Known(id, family, status));
    }

    /** Looks an SPDX id up, ignoring case, {@code -only}, {@code -or-later} and {@code +}. */
    static Optional<Known> lookup(String spdx) {
        if (spdx == null) {
            return Optional.empty();
        }
        String id = spdx.trim().toUpperCase(Locale.ROOT);
        Known known = CATALOGUE.get(id);
        if (known == null) {
            String base = id.replaceAll("(-ONLY|-OR-LATER|\\+)$", "");
            known = CATALOGUE.get(base);
        }
        return Optional.ofNullable(known);
    }

    /** The license ids of an SPDX expression, without exceptions ({@code WITH ...}) and parentheses. */
    static List<String> ids(String expression) {
        List<String> ids = new ArrayList<>();
        if (expression == null) {
            return ids;
        }
        for (String part : OPERATOR.split(expression.replace("(", " ").replace(")", " ").trim())) {
            String id = WITH.matcher(part.trim()).replaceAll("").trim();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Whether a declared id says "we could not identify it" rather than naming a license. */
    static boolean unidentified(String spdx) {
        return spdx == null || spdx.isBlank() || spdx.equalsIgnoreCase("NOASSERTION") || spdx.equalsIgnoreCase("NONE")
                || spdx.equalsIgnoreCase("other");
    }

    /**
     * The family of one SPDX expression: least restrictive option of an {@code OR}, most restrictive part
     * otherwise; an unknown id counts as non-osi (an adopter cannot rely on an unidentified license).
     */
    static String ofExpression(String expression) {
        List<String> ids = ids(expression);
        if (ids.isEmpty()) {
            return NON_OSI;
        }
        boolean choice = expression.toUpperCase(Locale.ROOT).contains(" OR ") && !expression.toUpperCase(Locale.ROOT).contains(" AND ");
        String result = null;
        for (String id : ids) {
            String family = lookup(id).map(Known::family).orElse(NON_OSI);
            if (result == null) {
                result = family;
            } else {
                int a = RESTRICTIVENESS.indexOf(result);
                int b = RESTRICTIVENESS.indexOf(family);
                result = choice ? (b < a ? family : result) : (b > a ? family : result);
            }
        }
        return result;
    }

    /**
     * The project's family from the same license files GOV.LICENSE reads: the top-level LICENSE files (or, when
     * there are none at top level, all of them), each file's SPDX id or, when a file has none, the forge's
     * license; with no LICENSE file, the forge's license alone. Several files take the most restrictive.
     */
    static String of(ProjectSnapshot snapshot) {
        if (snapshot == null) {
            return NONE;
        }
        List<String> expressions = declared(snapshot);
        if (expressions.isEmpty()) {
            // a license file nobody identified, or a forge saying "NOASSERTION"/"other": something restricts use
            String forge = snapshot.licenseSpdx();
            boolean something = !snapshot.files(FileKind.LICENSE).isEmpty()
                    || forge != null && !forge.isBlank() && !forge.equalsIgnoreCase("NONE");
            return something ? NON_OSI : NONE;
        }
        String result = null;
        for (String e : expressions) {
            String family = ofExpression(e);
            if (result == null || RESTRICTIVENESS.indexOf(family) > RESTRICTIVENESS.indexOf(result)) {
                result = family;
            }
        }
        return result;
    }

    /** The license files GOV.LICENSE and the family read: top-level ones, or all when none is at top level. */
    static List<ProjectFile> consideredFiles(ProjectSnapshot snapshot) {
        List<ProjectFile> files = snapshot.files(FileKind.LICENSE);
        List<ProjectFile> top = files.stream().filter(LicenseFamily::topLevel).toList();
        return top.isEmpty() ? files : top;
    }

    static boolean topLevel(ProjectFile file) {
        return file.path() != null && !file.path().contains("/");
    }

    /** The SPDX expressions declared by the considered files (a file without one borrows the forge's). */
    static List<String> declared(ProjectSnapshot snapshot) {
        List<String> expressions = new ArrayList<>();
        String forge = unidentified(snapshot.licenseSpdx()) ? null : snapshot.licenseSpdx();
        List<ProjectFile> files = consideredFiles(snapshot);
        if (files.isEmpty()) {
            if (forge != null) {
                expressions.add(forge);
            }
            return expressions;
        }
        for (ProjectFile file : files) {
            String id = unidentified(file.detail()) ? forge : file.detail();
            if (id != null) {
                expressions.add(id);
            }
        }
        return expressions;
    }
}
