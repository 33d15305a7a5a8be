package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GOV.LICENSE: 0 none or not open source; 1 open source but unclear; 2 one OSI-approved SPDX license at
 * top level.
 *
 * <ul>
 *   <li>The LICENSE files read are the top-level ones (no '/' in the path), or all of them when none is at
 *       top level; a file whose SPDX id is unknown borrows the forge's license id when the forge has one.</li>
 *   <li>0: no LICENSE file and no license from the forge; or every id is known and none is open source
 *       (source-available licenses such as BUSL-1.1 or SSPL-1.0).</li>
 *   <li>2: at least one top-level file, exactly one distinct id over them, no unknown id, and it is
 *       OSI-approved.</li>
 *   <li>1: everything else with a license: several licenses (also an OR/AND expression), only below top level,
 *       an unknown or unidentified id, free but not OSI-approved (CC0-1.0, WTFPL), or a license the forge names
 *       but no LICENSE file was found for.</li>
 * </ul>
 */
final class LicenseClarity {

    private LicenseClarity() {
    }

    static Leaf of(Facts f) {
        if (f.snapshot == null) {
            return Leaf.unknown("GOV.LICENSE", "no snapshot");
        }
        String forge = LicenseFamily.unidentified(f.snapshot.licenseSpdx()) ? null : f.snapshot.licenseSpdx();
        List<ProjectFile> all = f.snapshot.files(FileKind.LICENSE);
        if (all.isEmpty()) {
            if (forge == null) {
                return new Leaf("GOV.LICENSE", 0, "none", "no LICENSE file and no license reported by the forge");
            }
            boolean open = LicenseFamily.ids(forge).stream().anyMatch(LicenseClarity::open);
            return new Leaf("GOV.LICENSE", open ? 1 : 0, forge, "the forge reports " + forge + " but no LICENSE file was found");
        }
        List<ProjectFile> files = LicenseFamily.consideredFiles(f.snapshot);
        boolean topLevel = LicenseFamily.topLevel(files.get(0));
        Set<String> ids = new LinkedHashSet<>();
        boolean unknown = false;
        for (ProjectFile file : files) {
            String expression = LicenseFamily.unidentified(file.detail()) ? forge : file.detail();
            if (expression == null) {
                unknown = true;
                continue;
            }
            for (String id : LicenseFamily.ids(expression)) {
                Optional<LicenseFamily.Known> known = LicenseFamily.lookup(id);
                if (known.isEmpty()) {
                    unknown = true;
                }
                ids.add(known.map(LicenseFamily.Known::id).orElse(id));
            }
        }
        String value = ids.isEmpty() ? "unknown" : String.join(", ", ids);
        String evidence = String.join(", ", files.stream().map(p -> p.path() + (p.detail() == null ? "" : " (" + p.detail() + ")")).toList())
                + (topLevel ? "" : ", none at top level");
        boolean anyOpen = ids.stream().anyMatch(LicenseClarity::open);
        if (!anyOpen && !unknown) {
            return new Leaf("GOV.LICENSE", 0, value, evidence + "; not an open source license");
        }
        boolean clear = topLevel && !unknown && ids.size() == 1
                && LicenseFamily.lookup(ids.iterator().next()).map(k -> k.status() == LicenseFamily.Status.OSI).orElse(false);
        return new Leaf("GOV.LICENSE", clear ? 2 : 1, value, evidence + (clear ? "; OSI-approved" : "; " + unclear(topLevel, unknown, ids)));
    }

    private static boolean open(String id) {
        return LicenseFamily.lookup(id).map(k -> k.status() != LicenseFamily.Status.SOURCE_AVAILABLE).orElse(false);
    }

    private static String unclear(boolean topLevel, boolean unknown, Set<String> ids) {
        if (unknown) {
            return "unknown SPDX id";
        }
        if (ids.size() > 1) {
            return "several licenses";
        }
        if (!topLevel) {
            return "not at top level";
        }
        return "not OSI-approved";
    }
}
