package io.forgepulse.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An idempotent write on a natural key, described once and rendered in each database's own atomic form: H2's
 * {@code MERGE} and PostgreSQL's {@code INSERT ... ON CONFLICT}. PostgreSQL's {@code MERGE} is not atomic against a
 * concurrent insert of the same key (both see "not matched", one fails with a duplicate key), which is why it is not
 * used there: two instances racing on one row must both succeed.
 *
 * @param columns column to bound parameter ({@code :name}), keys first
 * @param keys how many of the first columns form the key
 * @param updated the columns set again when the key exists; empty keeps the stored row (insert if absent)
 * @param updateWhen a condition on the stored row {@code t} for updating, or null for always
 */
record Upsert(String table, Map<String, String> columns, int keys, List<String> updated, String updateWhen) {

    static Builder into(String table) {
        return new Builder(table);
    }

    String sql(Dialect dialect) {
        List<String> names = new ArrayList<>(columns.keySet());
        List<String> keyNames = names.subList(0, keys);
        String insertColumns = String.join(", ", names);
        String values = String.join(", ", columns.values());
        String set = updated.stream().map(c -> c + " = " + columns.get(c)).collect(Collectors.joining(", "));
        if (dialect == Dialect.POSTGRESQL) {
            String conflict = " ON CONFLICT (" + String.join(", ", keyNames) + ") DO "
                    + (updated.isEmpty() ? "NOTHING" : "UPDATE SET " + set
                            + (updateWhen == null ? "" : " WHERE " + updateWhen));
            return "INSERT INTO " + table + " AS t (" + insertColumns + ") VALUES (" + values + ")" + conflict;
        }
        String source = keyNames.stream().map(columns::get).collect(Collectors.joining(", "));
        String on = keyNames.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
        String matched = updated.isEmpty() ? "" : " WHEN MATCHED" + (updateWhen == null ? "" : " AND (" + updateWhen + ")")
                + " THEN UPDATE SET " + set;
        return "MERGE INTO " + table + " t USING (VALUES (" + source + ")) AS s(" + String.join(", ", keyNames) + ")"
                + " ON " + on + matched + " WHEN NOT MATCHED THEN INSERT (" + insertColumns + ") VALUES (" + values + ")";
    }

    /** Collects the columns in order: keys, then the others. */
    static final class Builder {

        private final String table;
        private final Map<String, String> columns = new LinkedHashMap<>();
        private int keys;

        private Builder(String table) {
            this.table = table;
        }

        Builder key(String column, String parameter) {
            if (keys != columns.size()) {
                throw new IllegalStateException("keys come first");
            }
            columns.put(column, parameter);
            keys++;
            return this;
        }

        Builder column(String column, String parameter) {
            columns.put(column, parameter);
            return this;
        }

        /** Inserts when the key is absent and leaves a stored row as it is. */
        Upsert insertIfAbsent() {
            return new Upsert(table, new LinkedHashMap<>(columns), keys, List.of(), null);
        }

        /** Inserts, or sets the given columns of the stored row again (when {@code when} holds, if not null). */
        Upsert orUpdate(String when, String... updated) {
            return new Upsert(table, new LinkedHashMap<>(columns), keys, List.of(updated), when);
        }
    }
}
