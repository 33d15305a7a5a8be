package io.forgepulse.forge.git;

import io.forgepulse.forge.ForgeException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The objects a range of history names but this repository lacks: a partial clone ({@code --filter=blob:none})
 * whose promisor remote has gone. {@code rev-list --missing=print} lists them without trying to fetch them, which
 * {@code log --numstat} does and then dies of.
 */
final class MissingFiles {

    private MissingFiles() {
    }

    /** The ids of objects the revision range {@code range} reaches that are not here. */
    static Set<String> in(GitProcess git, List<String> range) throws ForgeException {
        List<String> args = new ArrayList<>(List.of("rev-list", "--objects", "--missing=print"));
        args.addAll(range);
        return git.run(args, null, stdout -> {
            Set<String> missing = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("?")) {
                    missing.add(line.substring(1).strip());
                }
            }
            return missing;
        });
    }
}
