package cn.legalaid.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real type of an uploaded file, read from its content (magic numbers; for ZIP containers the inner entries),
 * never from its name or the content type the browser sent. One place for the portal and the case file.
 */
public final class FileContent {

	/** A type the platform accepts, with its MIME type and the extension used when it is downloaded. */
	public enum Kind {
		PDF("application/pdf", "pdf", "PDF"), JPEG("image/jpeg", "jpg", "JPG图片"), PNG("image/png", "png", "PNG图片"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word文档"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel表格"),
		OLE2_OFFICE("application/x-ole-storage", "doc", "Word/Excel 97-2003文档");

		private final String mimeType;

		private final String extension;

		private final String labelZh;

		Kind(String mimeType, String extension, String labelZh) {
			this.mimeType = mimeType;
			this.extension = extension;
			this.labelZh = labelZh;
		}

		public String mimeType() {
			return mimeType;
		}

		public String extension() {
			return extension;
		}

		public String labelZh() {
			return labelZh;
		}

		public boolean isImage() {
			return this == JPEG || this == PNG;
		}

		public boolean isOffice() {
			return this == DOCX || this == XLSX || this == OLE2_OFFICE;
		}

		public static Kind ofMimeType(String mime) {
			for (Kind k : values()) {
				if (k.mimeType.equals(mime)) {
					return k;
				}
			}
			return null;
		}
	}

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	/** Largest number of ZIP entries read while looking for the Office content types. */
	private static final int MAX_ZIP_ENTRIES = 2000;

	private FileContent() {
	}

	/** The kind of the content, or null when it is none of the accepted kinds. */
	public static Kind detect(byte[] content) {
		if (content == null || content.length == 0) {
			return null;
		}
		if (startsWith(content, PDF_MAGIC)) {
			return Kind.PDF;
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Kind.PNG;
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Kind.JPEG;
		}
		if (startsWith(content, OLE2_MAGIC)) {
			return Kind.OLE2_OFFICE;
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return officeOpenXml(content);
		}
		return null;
	}

	/** A ZIP is accepted only as a Word or Excel document: it holds [Content_Types].xml and word/ or xl/ parts. */
	private static Kind officeOpenXml(byte[] content) {
		boolean contentTypes = false;
		boolean word = false;
		boolean excel = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
				String name = entry.getName();
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.startsWith("word/");
				excel |= name.startsWith("xl/");
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return null;
		}
		if (!contentTypes) {
			return null;
		}
		return word ? Kind.DOCX : excel ? Kind.XLSX : null;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
