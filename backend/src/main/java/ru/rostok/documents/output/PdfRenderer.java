package ru.rostok.documents.output;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import ru.rostok.documents.output.OfficialDocument.Approval;
import ru.rostok.documents.output.OfficialDocument.Block;
import ru.rostok.documents.output.OfficialDocument.DateNumber;
import ru.rostok.documents.output.OfficialDocument.DraftMark;
import ru.rostok.documents.output.OfficialDocument.Heading;
import ru.rostok.documents.output.OfficialDocument.Issuer;
import ru.rostok.documents.output.OfficialDocument.PageBreak;
import ru.rostok.documents.output.OfficialDocument.Point;
import ru.rostok.documents.output.OfficialDocument.Signature;
import ru.rostok.documents.output.OfficialDocument.Table;
import ru.rostok.documents.output.OfficialDocument.Text;
import ru.rostok.documents.output.OfficialDocument.Title;

/**
 * Writes a document as PDF with Liberation Serif (metrically compatible with Times New Roman) embedded as Identity-H, so
 * the Cyrillic text is shown everywhere and can be selected and copied. A4, margins 20/10/20/20 mm, page numbers from the
 * second page at the top centre.
 */
@ApplicationScoped
public class PdfRenderer {
    private static final float MM = 72f / 25.4f;
    private static final float BODY = 14;
    private static final float SMALL = 12;
    private static final float TABLE = 11;
    private static final float LEADING = 1.15f;

    private final BaseFont regular = font("LiberationSerif-Regular.ttf");
    private final BaseFont bold = font("LiberationSerif-Bold.ttf");

    private static BaseFont font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/documents/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(OfficialDocument document, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 20 * MM, 10 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PageNumbers(regular));
            pdf.addTitle(document.fileName());
            pdf.addCreator("Rostok");
            pdf.open();
            for (Block block : document.blocks()) {
                block(pdf, block);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
    }

    private void block(Document pdf, Block block) {
        if (block instanceof Issuer issuer) {
            issuer.names().forEach(line -> pdf.add(paragraph(line, bold, BODY, Element.ALIGN_CENTER)));
            issuer.details().forEach(line -> pdf.add(paragraph(line, regular, SMALL, Element.ALIGN_CENTER)));
            pdf.add(spacer());
        } else if (block instanceof Approval approval) {
            for (String line : approval.lines()) {
                Paragraph p = paragraph(line, regular, BODY, Element.ALIGN_LEFT);
                p.setIndentationLeft((pdf.right() - pdf.left()) / 2 + 10 * MM);
                pdf.add(p);
            }
            pdf.add(spacer());
        } else if (block instanceof DateNumber dn) {
            pdf.add(twoSides(dn.date(), dn.number()));
            pdf.add(spacer());
        } else if (block instanceof Heading heading) {
            Paragraph p = paragraph(heading.text(), bold, BODY + 2, Element.ALIGN_CENTER);
            p.setSpacingAfter(BODY);
            pdf.add(p);
        } else if (block instanceof Title title) {
            Paragraph p = paragraph(title.text(), bold, BODY, Element.ALIGN_CENTER);
            p.setSpacingBefore(BODY / 2);
            p.setSpacingAfter(BODY);
            pdf.add(p);
        } else if (block instanceof Text text) {
            Paragraph p = paragraph(text.text(), text.bold() ? bold : regular, BODY,
                    text.indent() ? Element.ALIGN_JUSTIFIED : Element.ALIGN_LEFT);
            if (text.indent()) {
                p.setFirstLineIndent(12.5f * MM);
            }
            if (text.bold()) {
                p.setSpacingBefore(BODY / 2);
                p.setSpacingAfter(BODY / 2);
            }
            pdf.add(p);
        } else if (block instanceof Point point) {
            Paragraph p = paragraph(point.line(), regular, BODY, Element.ALIGN_JUSTIFIED);
            p.setFirstLineIndent(12.5f * MM);
            pdf.add(p);
        } else if (block instanceof Table table) {
            pdf.add(table(table));
            pdf.add(spacer());
        } else if (block instanceof DraftMark ignored) {
            pdf.add(paragraph("ПРОЕКТ", bold, BODY, Element.ALIGN_RIGHT));
        } else if (block instanceof Signature signature) {
            pdf.add(spacer());
            pdf.add(spacer());
            pdf.add(twoSides(signature.position(), signature.name()));
        } else if (block instanceof PageBreak ignored) {
            pdf.newPage();
        }
    }

    private Paragraph paragraph(String text, BaseFont font, float size, int alignment) {
        Paragraph p = new Paragraph(size * LEADING, text == null ? "" : text, new Font(font, size));
        p.setAlignment(alignment);
        return p;
    }

    private Paragraph spacer() {
        return new Paragraph(BODY * LEADING, " ", new Font(regular, BODY));
    }

    /** A line with one text at the left and another at the right (date and number, position and name). */
    private PdfPTable twoSides(String left, String right) {
        PdfPTable t = new PdfPTable(new float[] {3, 2});
        t.setWidthPercentage(100);
        t.addCell(plainCell(left, Element.ALIGN_LEFT));
        t.addCell(plainCell(right, Element.ALIGN_RIGHT));
        return t;
    }

    private PdfPCell plainCell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(BODY * LEADING, text == null ? "" : text, new Font(regular, BODY)));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        cell.setPadding(0);
        return cell;
    }

    private PdfPTable table(Table table) {
        PdfPTable t = new PdfPTable(table.widths());
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSplitLate(false);
        t.setSpacingBefore(4);
        for (String h : table.header()) {
            t.addCell(cell(h, bold, Element.ALIGN_CENTER));
        }
        for (var row : table.rows()) {
            for (int c = 0; c < table.header().size(); c++) {
                t.addCell(cell(c < row.size() ? row.get(c) : "", regular, Element.ALIGN_LEFT));
            }
        }
        return t;
    }

    private static PdfPCell cell(String text, BaseFont font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(TABLE * LEADING, text == null ? "" : text, new Font(font, TABLE)));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** ГОСТ Р 7.0.97-2016 п. 6.5: the page number at the top centre, from the second page on. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final BaseFont font;

        PageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(String.valueOf(page), new Font(font, SMALL)),
                        (document.left() + document.right()) / 2, document.top() + 10 * MM, 0);
            }
        }
    }
}
