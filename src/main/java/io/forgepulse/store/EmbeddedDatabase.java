package io.forgepulse.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the embedded H2 file ready before the pool serves: the data directory owner-only (it must be, before H2
 * creates its files there), then one plain JDBC connection that opens the file, however long recovery after a crash
 * takes. The pool's acquisition timeout cancels a connection attempt by interrupting it, and H2 interrupted while
 * opening its file fails the start; held open here, the file is open once and the pool's connections attach at
 * once.
 */
final class EmbeddedDatabase {

    /** JDK logging: this runs while configuration is built, before the application's logging is set up. */
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    /** The H2 database name inside the data directory; its files are forgepulse.mv.db, forgepulse.trace.db. */
    static final String NAME = "forgepulse";

    /** Held for the life of the process: H2 closes a database when its last connection closes. */
    private static Connection held;

    private EmbeddedDatabase() {
    }

    /** Prepares {@code dataDir} and opens the database at {@code url} once; a failure is logged, never thrown. */
    static synchronized void open(Path dataDir, String url, String user, String password) {
        if (held != null) {
            return;
        }
        try {
            PrivateFiles.directory(dataDir);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "forgepulse: cannot make the data directory " + dataDir + " owner-only: " + e);
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        long start = System.nanoTime();
        try {
            held = new org.h2.Driver().connect(url, credentials);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 1000) {
                LOG.info("forgepulse: the embedded database took " + millis + " ms to open (recovery after a stop)");
            }
        } catch (SQLException | RuntimeException e) {
            // The pool tries again and reports the same failure where the operator looks for it.
            LOG.log(Level.WARNING, "forgepulse: the embedded database could not be opened before the pool: " + e);
        }
        try {
            PrivateFiles.files(dataDir, NAME + ".");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "forgepulse: cannot make the database files owner-only: " + e);
        }
    }
}
