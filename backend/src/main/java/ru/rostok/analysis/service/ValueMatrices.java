package ru.rostok.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value matrices of the campaigns analysed last, each row with the submission (id and version) it was read from,
 * so that the next run re-reads only the schools whose submission changed. Sound because every write of a
 * submission's values or status bumps its version in the same transaction (SubmissionService, ValueLoad: the optimistic
 * lock the 409s rest on), and versions only grow: a row read no earlier than its version was, whose submission still
 * has that version, still holds the submission's values. Rows are never written once cached; a run shares them.
 * Held softly: the collector may drop a matrix (24 MB for the country) when memory runs short.
 */
@ApplicationScoped
public class ValueMatrices {
    private static final int CAMPAIGNS = 4;

    /**
     * One campaign's matrix: schools ascending, for each its submission's id and version (-1 when none was handed in),
     * indicators in the campaign's order, values (NaN when missing) and samples by school and indicator; the digest of
     * the schools and indicators read with it, and the data version it gave.
     */
    public record Matrix(long[] schoolIds, long[] submissionIds, long[] versions, long[] indicatorIds, double[][] values, int[][] samples,
                         String head, String version) {
        /** The row of a school, or -1. */
        int rowOf(long schoolId) {
            return Arrays.binarySearch(schoolIds, schoolId);
        }

        /** Whether the school's row was read from this submission at this version. */
        boolean holds(int row, long submissionId, long version) {
            return row >= 0 && submissionIds[row] == submissionId && versions[row] == version;
        }
    }

    private record Key(long campaignId, boolean acceptedOnly) {
    }

    private final Map<Key, SoftReference<Matrix>> latest = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SoftReference<Matrix>> eldest) {
            return size() > CAMPAIGNS;
        }
    };

    /** The campaign's last matrix when it has these indicators in this order, else null. */
    public synchronized Matrix get(long campaignId, boolean acceptedOnly, long[] indicatorIds) {
        SoftReference<Matrix> ref = latest.get(new Key(campaignId, acceptedOnly));
        Matrix m = ref == null ? null : ref.get();
        return m != null && Arrays.equals(m.indicatorIds(), indicatorIds) ? m : null;
    }

    public synchronized void put(long campaignId, boolean acceptedOnly, Matrix matrix) {
        latest.put(new Key(campaignId, acceptedOnly), new SoftReference<>(matrix));
    }

    /** Forgets every matrix (tests that change data behind the services' back). */
    public synchronized void clear() {
        latest.clear();
    }
}
