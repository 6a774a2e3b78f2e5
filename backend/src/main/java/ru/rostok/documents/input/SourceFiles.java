package ru.rostok.documents.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ru.rostok.common.ApiException;
import ru.rostok.common.XlsxLimits;

/**
 * Turns an uploaded file into {@link SourceText}, deciding its kind by its contents, not its name: a zip holding a
 * word document is a DOCX, one holding a workbook an XLSX, readable Russian text is a TXT in UTF-8 or Windows-1251.
 * Anything else (a PDF, an old .doc, a password-protected file, a picture, a broken zip) is refused with its reason.
 */
public final class SourceFiles {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SourceFiles.class);
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    private SourceFiles() {
    }

    public static SourceText read(byte[] data) {
        if (data.length == 0) {
            throw ApiException.invalid("file", "common.fileEmpty");
        }
        if (startsWith(data, OLE2)) {
            throw ApiException.invalid("file", "documents.encryptedOrOld");
        }
        if (startsWith(data, PDF)) {
            throw ApiException.invalid("file", "documents.pdfNotRead");
        }
        SourceText text = startsWith(data, ZIP) ? readZip(data) : OfficeText.plain(decode(data));
        if (text.isEmpty()) {
            throw ApiException.invalid("file", "documents.noText");
        }
        return text;
    }

    private static SourceText readZip(byte[] data) {
        XlsxLimits.checkUnpacked(data);
        String kind = zipKind(data);
        try {
            return switch (kind) {
                case "word" -> OfficeText.docx(data);
                case "xl" -> OfficeText.xlsx(data);
                default -> throw ApiException.invalid("file", "documents.unsupportedZip");
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            LOG.debugf(e, "An uploaded %s did not open", kind);
            throw ApiException.invalid("file", "documents.corrupt");
        }
    }

    /** «word» for a DOCX, «xl» for an XLSX, by the name of the part that holds the document (names are stored as written). */
    private static String zipKind(byte[] data) {
        if (contains(data, "word/document.xml".getBytes(StandardCharsets.US_ASCII))) {
            return "word";
        }
        return contains(data, "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII)) ? "xl" : "";
    }

    private static boolean contains(byte[] data, byte[] name) {
        outer:
        for (int i = 0; i <= data.length - name.length; i++) {
            for (int k = 0; k < name.length; k++) {
                if (data[i + k] != name[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1251; a file with control characters is not text. */
    static String decode(byte[] data) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            text = new String(data, WINDOWS_1251);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        long cyrillic = text.chars().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC).count();
        if (control > 0 || cyrillic == 0) {
            throw ApiException.invalid("file", "documents.notText");
        }
        return text;
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static List<SourceLine> numbered(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine l : lines) {
            out.add(new SourceLine(out.size() + 1, l.text(), l.cells()));
        }
        return out;
    }
}
