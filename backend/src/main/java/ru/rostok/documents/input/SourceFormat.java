package ru.rostok.documents.input;

/** The kinds of file a decision or a roadmap is imported from. */
public enum SourceFormat {
    TXT("text/plain"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public final String contentType;

    SourceFormat(String contentType) {
        this.contentType = contentType;
    }
}
