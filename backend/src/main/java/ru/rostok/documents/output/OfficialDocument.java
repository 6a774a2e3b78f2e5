package ru.rostok.documents.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as Russian official documents are laid out (ГОСТ Р 7.0.97-2016): the issuer, the date and number, the
 * title, the text in numbered points, appendix tables and the signature. Composed once, written by {@link DocxRenderer}
 * and {@link PdfRenderer}.
 */
public record OfficialDocument(String fileName, List<Block> blocks) {

    /** One piece of the layout. */
    public sealed interface Block permits Issuer, Approval, DateNumber, Heading, Title, Text, Point, Table, DraftMark, Signature, PageBreak {
    }

    /** The issuer's name, centred in capitals, and under it smaller lines (address, place). */
    public record Issuer(List<String> names, List<String> details) implements Block {
    }

    /** The approval stamp at the right («УТВЕРЖДЕН приказом … от … № …»), or «Приложение к приказу …». */
    public record Approval(List<String> lines) implements Block {
    }

    /** The date at the left and the number at the right of one line. */
    public record DateNumber(String date, String number) implements Block {
    }

    /** The kind of the document, centred in bold: «ПРИКАЗ», «РЕШЕНИЕ», «Информационное письмо». */
    public record Heading(String text) implements Block {
    }

    /** The title (заголовок к тексту), bold, centred. */
    public record Title(String text) implements Block {
    }

    /** A paragraph of the text; {@code indent} for the first-line indent of body text, {@code bold} for «РЕШИЛА:». */
    public record Text(String text, boolean indent, boolean bold) implements Block {
        public static Text body(String text) {
            return new Text(text, true, false);
        }

        public static Text plain(String text) {
            return new Text(text, false, false);
        }

        public static Text strong(String text) {
            return new Text(text, false, true);
        }
    }

    /** A numbered point: «2.1. text» exactly as numbered. */
    public record Point(String number, String text) implements Block {
        public String line() {
            if (number == null || number.isBlank()) {
                return text;
            }
            return (number.endsWith(".") ? number : number + ".") + " " + text;
        }
    }

    /** A table with a header row repeated on every page; widths are relative. */
    public record Table(List<String> header, List<List<String>> rows, float[] widths) implements Block {
    }

    /** «ПРОЕКТ» at the top right of a document not yet signed. */
    public record DraftMark() implements Block {
    }

    /** The signature: the position at the left, the name at the right. */
    public record Signature(String position, String name) implements Block {
    }

    /** The rest starts on a new page (an appendix). */
    public record PageBreak() implements Block {
    }

    /** Builds a document block by block. */
    public static final class Builder {
        private final String fileName;
        private final List<Block> blocks = new ArrayList<>();

        public Builder(String fileName) {
            this.fileName = fileName;
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public Builder body(String text) {
            return text == null || text.isBlank() ? this : add(Text.body(text));
        }

        public Builder plain(String text) {
            return add(Text.plain(text));
        }

        public Builder point(String number, String text) {
            return add(new Point(number, text));
        }

        public OfficialDocument build() {
            return new OfficialDocument(fileName, List.copyOf(blocks));
        }
    }
}
