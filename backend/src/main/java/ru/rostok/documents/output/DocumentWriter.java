package ru.rostok.documents.output;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;

/** Writes a composed document in the format asked for. */
@ApplicationScoped
public class DocumentWriter {
    @Inject
    DocxRenderer docx;

    @Inject
    PdfRenderer pdf;

    public byte[] write(OfficialDocument document, DocumentFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        switch (format) {
            case DOCX -> docx.write(document, out);
            case PDF -> pdf.write(document, out);
        }
        return out.toByteArray();
    }
}
