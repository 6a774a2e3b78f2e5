package ru.rostok.documents.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import ru.rostok.documents.output.DocumentFormat;
import ru.rostok.documents.output.DocumentWriter;
import ru.rostok.documents.output.OfficialDocument;

/** A document as a download: its media type and a Content-Disposition with the Russian name and an ASCII one. */
final class DocumentFiles {
    static final String DOCX = DocumentFormat.DOCX_TYPE;
    static final String PDF = DocumentFormat.PDF_TYPE;
    static final String FORMAT = "docx (the default) or pdf";

    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
            "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private DocumentFiles() {
    }

    /** The format is checked before the document is composed: a bad one is a 400 without reading anything. */
    static Response download(DocumentWriter writer, String format, Supplier<OfficialDocument> compose) {
        DocumentFormat f = DocumentFormat.of(format);
        OfficialDocument document = compose.get();
        byte[] body = writer.write(document, f);
        String name = document.fileName() + "." + f.extension;
        return Response.ok(body, f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    /** «Решение-5-3.docx» → «Reshenie-5-3.docx», for clients that ignore filename*. */
    static String ascii(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            char lower = Character.toLowerCase(c);
            if (lower == 'ё') {
                lower = 'е';
            }
            if (lower >= 'а' && lower <= 'я') {
                String latin = LATIN[lower - 'а'];
                out.append(Character.isUpperCase(c) && !latin.isEmpty()
                        ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
            } else if (c < 128 && c != '"' && c != '\\' && c >= 32) {
                out.append(c);
            } else {
                out.append('_');
            }
        }
        return out.toString();
    }
}
