package ru.rostok.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Row;

/**
 * What an uploaded workbook may unpack to. An XLSX is a zip: five megabytes of it can inflate to gigabytes of
 * sheet XML (a zip bomb), and one row can hold a million cells, each held in memory by the reader. Every XLSX
 * upload is unpacked here once, counting and keeping nothing, before it is parsed, and each row is checked as
 * it is read.
 */
public final class XlsxLimits {
    /** A full template of 40,000 schools unpacks to about 30 MB. */
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    /** Real sheets compress 5 to 20 times; a small file may compress more, so the ratio counts past 10 MB only. */
    public static final int MAX_RATIO = 100;
    private static final long RATIO_FROM_BYTES = 10L * 1024 * 1024;
    /** Three fixed columns and two per percent indicator of a campaign (at most 500 indicators). */
    public static final int MAX_CELLS_PER_ROW = 2000;
    /** Every school of the country and a few header rows. */
    public static final int MAX_ROWS = 100_000;

    private XlsxLimits() {
    }

    /** 413 when the workbook unpacks to too much, or unpacks suspiciously much for its size. */
    public static void checkUnpacked(byte[] file) {
        long allowed = Math.min(MAX_UNPACKED_BYTES, Math.max(RATIO_FROM_BYTES, (long) file.length * MAX_RATIO));
        long total = 0;
        byte[] sink = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                total += drain(zip, sink, allowed - total);
                if (total > allowed) {
                    throw allowed == MAX_UNPACKED_BYTES
                            ? tooLarge("common.xlsxUnpackedTooLarge", MAX_UNPACKED_BYTES / (1024 * 1024))
                            : tooLarge("common.xlsxUnpackedRatio", MAX_RATIO);
                }
            }
        } catch (IOException e) {
            // not a zip at all: the reader says so in its own words
        }
    }

    /** 400 naming the row when it is wider or further down than any sheet of ours. */
    public static void checkRow(Row row) {
        if (row.getCellCount() > MAX_CELLS_PER_ROW) {
            throw ApiException.invalid(List.of(FieldError.cell(row.getRowNum(), null,
                    "common.rowTooWide", MAX_CELLS_PER_ROW)));
        }
        if (row.getRowNum() > MAX_ROWS) {
            throw ApiException.invalid(List.of(FieldError.cell(row.getRowNum(), null, "common.tooManyRows", MAX_ROWS)));
        }
    }

    /** Reads the entry through, up to one byte past what is still allowed. */
    private static long drain(InputStream entry, byte[] sink, long left) throws IOException {
        long read = 0;
        for (int n = entry.read(sink); n >= 0 && read <= left; n = entry.read(sink)) {
            read += n;
        }
        return read;
    }

    private static ApiException tooLarge(String detail, Object... args) {
        return new ApiException(413, "/problems/too-large", "problem.tooLarge", null, detail, args);
    }
}
