package ru.rostok.common;

import java.io.IOException;
import java.io.InputStream;

/** Uploaded files (XLSX imports): the media types, and reading one whole within its size limit. */
public final class Uploads {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    private Uploads() {
    }

    /** The file's bytes; 413 past the limit and 400 for an empty body, before anything is parsed. */
    public static byte[] read(InputStream file, int maxBytes) throws IOException {
        byte[] bytes = file.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new ApiException(413, "/problems/too-large", "problem.tooLarge", null, "common.fileTooLarge", (maxBytes / (1024 * 1024)));
        }
        if (bytes.length == 0) {
            throw ApiException.badRequest("common.fileEmpty");
        }
        return bytes;
    }
}
