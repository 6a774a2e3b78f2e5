package ru.rostok.documents.output;

import java.util.Locale;
import ru.rostok.common.ApiException;

/** The two forms a document is written in. */
public enum DocumentFormat {
    DOCX(Types.DOCX, "docx"),
    PDF(Types.PDF, "pdf");

    public static final String DOCX_TYPE = Types.DOCX;
    public static final String PDF_TYPE = Types.PDF;

    private static final class Types {
        static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        static final String PDF = "application/pdf";
    }

    public final String mediaType;
    public final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** {@code docx} (also when left out) or {@code pdf}; anything else is a 400. */
    public static DocumentFormat of(String format) {
        if (format == null || format.isBlank()) {
            return DOCX;
        }
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "docx" -> DOCX;
            case "pdf" -> PDF;
            default -> throw ApiException.invalid("format", "documents.format");
        };
    }
}
