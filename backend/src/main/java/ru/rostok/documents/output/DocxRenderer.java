package ru.rostok.documents.output;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
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

/** Writes a document as an editable DOCX: Times New Roman 14 pt, A4 with margins 20/10/20/20 mm, real tables, page numbers. */
@ApplicationScoped
public class DocxRenderer {
    static final String FONT = "Times New Roman";
    private static final int BODY = 14;
    private static final int SMALL = 12;
    private static final int TABLE = 11;
    /** twips in a millimetre */
    private static final double MM = 1440 / 25.4;
    private static final int PAGE_WIDTH = 11906;
    private static final int LEFT = mm(20);
    private static final int RIGHT = mm(10);
    private static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    private static final int INDENT = mm(12.5);

    public void write(OfficialDocument document, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            for (Block block : document.blocks()) {
                block(doc, block);
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int mm(double mm) {
        return (int) Math.round(mm * MM);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        // ГОСТ Р 7.0.97-2016 п. 6.5: pages numbered at the top centre, the first one not
        sect.addNewTitlePg();
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private void block(XWPFDocument doc, Block block) {
        if (block instanceof Issuer issuer) {
            issuer.names().forEach(line -> run(paragraph(doc, ParagraphAlignment.CENTER), line, BODY, true));
            issuer.details().forEach(line -> run(paragraph(doc, ParagraphAlignment.CENTER), line, SMALL, false));
            spacer(doc);
        } else if (block instanceof Approval approval) {
            // one paragraph, its lines broken, as a stamp is typed in Word
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
            p.setIndentationLeft(TEXT_WIDTH / 2 + mm(10));
            run(p, String.join("\n", approval.lines()), BODY, false);
            spacer(doc);
        } else if (block instanceof DateNumber dn) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
            tab(p, TEXT_WIDTH);
            XWPFRun r = run(p, dn.date(), BODY, false);
            r.addTab();
            r.setText(dn.number());
            spacer(doc);
        } else if (block instanceof Heading heading) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
            p.setSpacingAfter(240);
            run(p, heading.text(), BODY + 2, true);
        } else if (block instanceof Title title) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
            p.setSpacingBefore(120);
            p.setSpacingAfter(240);
            run(p, title.text(), BODY, true);
        } else if (block instanceof Text text) {
            XWPFParagraph p = paragraph(doc, text.indent() ? ParagraphAlignment.BOTH : ParagraphAlignment.LEFT);
            if (text.indent()) {
                p.setFirstLineIndent(INDENT);
            }
            if (text.bold()) {
                p.setSpacingBefore(120);
                p.setSpacingAfter(120);
            }
            run(p, text.text(), BODY, text.bold());
        } else if (block instanceof Point point) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
            p.setFirstLineIndent(INDENT);
            run(p, point.line(), BODY, false);
        } else if (block instanceof Table table) {
            table(doc, table);
        } else if (block instanceof DraftMark ignored) {
            run(paragraph(doc, ParagraphAlignment.RIGHT), "ПРОЕКТ", BODY, true);
        } else if (block instanceof Signature signature) {
            spacer(doc);
            spacer(doc);
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
            tab(p, TEXT_WIDTH);
            XWPFRun r = run(p, signature.position(), BODY, false);
            r.addTab();
            r.setText(signature.name());
        } else if (block instanceof PageBreak ignored) {
            paragraph(doc, ParagraphAlignment.LEFT).createRun().addBreak(BreakType.PAGE);
        }
    }

    private static void table(XWPFDocument doc, Table table) {
        int columns = table.header().size();
        XWPFTable t = doc.createTable(table.rows().size() + 1, columns);
        t.setWidth("100%");
        t.setTableAlignment(TableRowAlign.CENTER);
        float total = 0;
        for (float w : table.widths()) {
            total += w;
        }
        for (int r = 0; r <= table.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<String> values = r == 0 ? table.header() : table.rows().get(r - 1);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(Math.round(TEXT_WIDTH * table.widths()[c] / total)));
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(r == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                p.setSpacingAfter(0);
                run(p, c < values.size() && values.get(c) != null ? values.get(c) : "", TABLE, r == 0);
            }
        }
        spacer(doc);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        return p;
    }

    private static void spacer(XWPFDocument doc) {
        run(paragraph(doc, ParagraphAlignment.LEFT), "", BODY, false);
    }

    private static void tab(XWPFParagraph p, int position) {
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabStop stop = (pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs()).addNewTab();
        stop.setVal(STTabJc.RIGHT);
        stop.setPos(BigInteger.valueOf(position));
    }

    /** A run in the document's font; line breaks in the text become breaks in the paragraph. */
    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }
}
