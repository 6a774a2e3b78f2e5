package ru.rostok.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import ru.rostok.support.Api;

/** Downloads a document as DOCX or PDF and reads it back: POI for the DOCX, PDFBox for the PDF's text, fonts and pages. */
final class DocumentFiles {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    private DocumentFiles() {
    }

    static byte[] download(String user, String path, String format) {
        return Api.as(user).queryParam("format", format).get(path).then().statusCode(200)
                .contentType(format.equals("pdf") ? PDF : DOCX)
                .header("Content-Disposition", startsWith("attachment; filename="))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .header("Content-Disposition", containsString("." + format))
                .extract().asByteArray();
    }

    /** The DOCX's body paragraphs (tables apart), as their text. */
    static List<String> paragraphs(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every table of the DOCX as rows of cell texts. */
    static List<List<List<String>>> tables(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<List<List<String>>> tables = new ArrayList<>();
            for (XWPFTable t : doc.getTables()) {
                tables.add(t.getRows().stream().map(r -> r.getTableCells().stream().map(c -> c.getText()).toList()).toList());
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text with runs of white space made one space, after checking that every font is embedded. */
    static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
                }
            }
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page at 60 dpi into target/documents/NAME.png, and the second into NAME-2.png, to look at. */
    static void firstPage(byte[] pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Path dir = Path.of("target", "documents");
            Files.createDirectories(dir);
            PDFRenderer renderer = new PDFRenderer(doc);
            ImageIO.write(renderer.renderImageWithDPI(0, 60), "png", dir.resolve(name + ".png").toFile());
            if (doc.getNumberOfPages() > 1) {
                ImageIO.write(renderer.renderImageWithDPI(1, 60), "png", dir.resolve(name + "-2.png").toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String spaced(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
