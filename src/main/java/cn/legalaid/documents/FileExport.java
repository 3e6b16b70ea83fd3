package cn.legalaid.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.files.FileContent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/**
 * Exports an archived case's whole file: ONE PDF — a table of contents (item, page) followed by every generated
 * document and every uploaded PDF or image in filing order, each page numbered — and a ZIP of the originals
 * (Office files are listed in the contents as "见原件" and travel in the ZIP only).
 */
@Component
public class FileExport {

	static final int TOC_LINES_PER_PAGE = 28;

	/** One line of the table of contents: the item, the entry, and its first page (null = 见原件 or 缺). */
	public record TocLine(String item, String entry, Integer page, String remark) {
	}

	/** The exported PDF and its contents. */
	public record ExportedPdf(byte[] pdf, int pageCount, List<TocLine> contents) {
	}

	private final CaseFile caseFile;

	private final CaseDocuments documents;

	private final CaseMaterialFiles materials;

	FileExport(CaseFile caseFile, CaseDocuments documents, CaseMaterialFiles materials) {
		this.caseFile = caseFile;
		this.documents = documents;
		this.materials = materials;
	}

	public ExportedPdf pdf(Actor actor, Long caseId) {
		CaseFile.View file = archivedFile(actor, caseId);
		List<byte[]> parts = new ArrayList<>();
		List<Integer> partPages = new ArrayList<>();
		List<TocLine> pending = new ArrayList<>();
		List<Integer> partOfLine = new ArrayList<>();
		for (CaseFile.Item item : file.items()) {
			String itemTitle = item.order() + ". " + item.nameZh() + "（" + item.volume() + "）";
			if (!item.present()) {
				pending.add(new TocLine(itemTitle, "—", null, "缺"));
				partOfLine.add(-1);
				continue;
			}
			for (CaseFile.Entry e : item.entries()) {
				if (e.isOffice()) {
					pending.add(new TocLine(itemTitle, e.title(), null, "见原件"));
					partOfLine.add(-1);
					continue;
				}
				byte[] pdf = asPdf(content(actor, caseId, e), e.contentType());
				parts.add(pdf);
				partPages.add(CaseDocuments.pageCount(pdf));
				pending.add(new TocLine(itemTitle, e.title(), null, null));
				partOfLine.add(parts.size() - 1);
			}
		}
		int tocPages = Math.max(1, (pending.size() + TOC_LINES_PER_PAGE - 1) / TOC_LINES_PER_PAGE);
		List<Integer> starts = new ArrayList<>();
		int next = tocPages + 1;
		for (int pages : partPages) {
			starts.add(next);
			next += pages;
		}
		List<TocLine> toc = new ArrayList<>();
		for (int i = 0; i < pending.size(); i++) {
			TocLine l = pending.get(i);
			int part = partOfLine.get(i);
			toc.add(part < 0 ? l : new TocLine(l.item(), l.entry(), starts.get(part), null));
		}
		try (PDDocument out = new PDDocument()) {
			PDType0Font font = PDType0Font.load(out, PdfFont.open(), true);
			writeContents(out, font, file, toc, tocPages);
			PDFMergerUtility merger = new PDFMergerUtility();
			for (byte[] part : parts) {
				try (PDDocument src = Loader.loadPDF(part)) {
					merger.appendDocument(out, src);
				}
			}
			numberPages(out, font);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			out.save(bytes);
			return new ExportedPdf(bytes.toByteArray(), out.getNumberOfPages(), List.copyOf(toc));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("卷宗导出失败", ex);
		}
	}

	/** The originals of every entry, numbered in filing order, with a contents list. */
	public byte[] zip(Actor actor, Long caseId) {
		CaseFile.View file = archivedFile(actor, caseId);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
			StringBuilder list = new StringBuilder("卷宗目录 " + file.caseNumber() + "\n");
			int n = 0;
			for (CaseFile.Item item : file.items()) {
				list.append(item.order()).append(". ").append(item.nameZh()).append(item.present() ? "" : "（缺）").append('\n');
				for (CaseFile.Entry e : item.entries()) {
					String name = String.format("%02d-%02d-%s", item.order(), ++n, safe(e.title()));
					if (e.kind().equals("DOCUMENT")) {
						name += ".pdf";
					}
					else if (!name.contains(".")) {
						FileContent.Kind k = FileContent.Kind.ofMimeType(e.contentType());
						name += "." + (k == null ? "bin" : k.extension());
					}
					zip.putNextEntry(new ZipEntry(name));
					zip.write(content(actor, caseId, e));
					zip.closeEntry();
					list.append("   ").append(name).append('\n');
				}
			}
			zip.putNextEntry(new ZipEntry("00-目录.txt"));
			zip.write(list.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("卷宗导出失败", ex);
		}
		return bytes.toByteArray();
	}

	private CaseFile.View archivedFile(Actor actor, Long caseId) {
		CaseFile.View file = caseFile.of(actor, caseId);
		if (!file.readOnly()) {
			throw new BusinessRuleException("status", "只有已归档案件才能导出完整卷宗");
		}
		return file;
	}

	private byte[] content(Actor actor, Long caseId, CaseFile.Entry e) {
		return e.kind().equals("DOCUMENT") ? documents.pdf(actor, caseId, e.id())
				: materials.content(caseId, e.source(), e.id());
	}

	/** A PDF as is; an image on its own A4 page, scaled to fit. */
	static byte[] asPdf(byte[] content, String contentType) {
		if ("application/pdf".equals(contentType)) {
			return content;
		}
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			PDImageXObject image = PDImageXObject.createFromByteArray(doc, content, "material");
			float margin = 40;
			float maxW = page.getMediaBox().getWidth() - 2 * margin;
			float maxH = page.getMediaBox().getHeight() - 2 * margin - 20;
			float scale = Math.min(1f, Math.min(maxW / image.getWidth(), maxH / image.getHeight()));
			float w = image.getWidth() * scale;
			float h = image.getHeight() * scale;
			try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
				s.drawImage(image, margin + (maxW - w) / 2, page.getMediaBox().getHeight() - margin - h, w, h);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("图片转换失败", ex);
		}
	}

	private static void writeContents(PDDocument out, PDType0Font font, CaseFile.View file, List<TocLine> toc,
			int tocPages) throws IOException {
		for (int p = 0; p < tocPages; p++) {
			PDPage page = new PDPage(PDRectangle.A4);
			out.addPage(page);
			float top = page.getMediaBox().getHeight() - 60;
			try (PDPageContentStream s = new PDPageContentStream(out, page)) {
				text(s, font, 18, 200, top, "卷宗目录");
				text(s, font, 11, 50, top - 26, "案号：" + file.caseNumber() + "　　状态：" + file.status().labelZh());
				text(s, font, 10, 50, top - 50, "项目");
				text(s, font, 10, 300, top - 50, "内容");
				text(s, font, 10, 500, top - 50, "页码");
				float y = top - 70;
				for (int i = p * TOC_LINES_PER_PAGE; i < Math.min(toc.size(), (p + 1) * TOC_LINES_PER_PAGE); i++) {
					TocLine l = toc.get(i);
					text(s, font, 10, 50, y, clip(l.item(), 22));
					text(s, font, 10, 300, y, clip(l.entry(), 16));
					text(s, font, 10, 500, y, l.page() != null ? String.valueOf(l.page()) : l.remark());
					y -= 24;
				}
			}
		}
	}

	private static void numberPages(PDDocument out, PDType0Font font) throws IOException {
		int total = out.getNumberOfPages();
		for (int i = 0; i < total; i++) {
			PDPage page = out.getPage(i);
			PDRectangle box = page.getMediaBox();
			try (PDPageContentStream s = new PDPageContentStream(out, page, PDPageContentStream.AppendMode.APPEND, true,
					true)) {
				text(s, font, 9, box.getWidth() / 2 - 30, 20, "第 " + (i + 1) + " 页 共 " + total + " 页");
			}
		}
	}

	private static void text(PDPageContentStream s, PDType0Font font, float size, float x, float y, String text)
			throws IOException {
		s.beginText();
		s.setFont(font, size);
		s.newLineAtOffset(x, y);
		s.showText(text == null ? "" : text);
		s.endText();
	}

	private static String clip(String text, int max) {
		return text == null ? "" : text.length() > max ? text.substring(0, max - 1) + "…" : text;
	}

	private static String safe(String name) {
		return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
	}
}
