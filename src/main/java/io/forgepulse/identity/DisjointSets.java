package io.forgepulse.identity;

/**
 * Union-find over alias indexes. Merging is transitive (A shares a mail with B, B a login with C: one
 * person), which is exactly what union-find computes in near-linear time for a project's many aliases.
 */
final class DisjointSets {

    private final int[] parent;
    private final int[] size;

    DisjointSets(int count) {
        parent = new int[count];
        size = new int[count];
        for (int i = 0; i < count; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]]; // path halving keeps later finds short
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }
}
