package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.store.HarvestRunStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A fresh data directory after a harvest of a clone URL: nothing in it is readable by group or others. */
@QuarkusTest
@TestProfile(OperatorProfile.class)
class PrivateDataDirTest {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @Inject
    HarvestScheduler scheduler;

    @Inject
    HarvestRunStore runs;

    @Test
    void everyFileAndDirectoryUnderTheDataDirIsOwnerOnly() throws IOException {
        scheduler.harvestAll();
        assertThat(runs.latestSuccess(ProjectId.parse("git:inside"))).as("the clone URL was harvested").isPresent();
        Path data = OperatorProfile.dataDir();
        assertThat(data.resolve("forgepulse.mv.db")).exists();
        assertThat(data.resolve("mirrors/inside.git/config")).exists();

        List<String> readable;
        try (Stream<Path> all = Files.walk(data)) {
            readable = all.filter(p -> !Files.isSymbolicLink(p)).filter(PrivateDataDirTest::sharedWithOthers)
                    .map(p -> p + " " + modes(p)).toList();
        }
        assertThat(readable).isEmpty();
    }

    private static boolean sharedWithOthers(Path path) {
        Set<PosixFilePermission> modes = modes(path);
        modes.retainAll(OTHERS);
        return !modes.isEmpty();
    }

    private static Set<PosixFilePermission> modes(Path path) {
        try {
            Set<PosixFilePermission> modes = EnumSet.noneOf(PosixFilePermission.class);
            modes.addAll(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
            return modes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
