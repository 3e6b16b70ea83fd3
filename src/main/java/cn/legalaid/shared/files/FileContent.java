package cn.legalaid.shared.files;

/**
 * The real type of an uploaded file, read from its content (magic numbers; for ZIP containers the central directory),
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

	private FileContent() {
	}

	/**
	 * What the content is: its kind, or a refusal (Chinese, to follow the file's name, e.g. "文件“合同.docx”" +
	 * refusal) when it is an archive beyond the bounds; both null for content of no accepted kind.
	 */
	public record Examination(Kind kind, String refusal) {

		static final Examination UNKNOWN = new Examination(null, null);

		static Examination of(Kind kind) {
			return new Examination(kind, null);
		}

		static Examination refused(String refusal) {
			return new Examination(null, refusal);
		}

		/** The refusal as a sentence about the named file, e.g. "文件“合同.docx”压缩比达1000倍…". */
		public String refusalOf(String fileName) {
			return "文件“" + fileName + "”" + refusal;
		}
	}

	/**
	 * The kind of the content, read from its first bytes; a ZIP is checked by its central directory against
	 * bounds before anything in it is inflated ({@link OfficeOpenXml}), so the cost does not grow with what the
	 * archive claims to hold.
	 */
	public static Examination examine(byte[] content) {
		if (content == null || content.length == 0) {
			return Examination.UNKNOWN;
		}
		if (startsWith(content, PDF_MAGIC)) {
			return Examination.of(Kind.PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Examination.of(Kind.PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Examination.of(Kind.JPEG);
		}
		if (startsWith(content, OLE2_MAGIC)) {
			return Examination.of(Kind.OLE2_OFFICE);
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return OfficeOpenXml.examine(content);
		}
		return Examination.UNKNOWN;
	}

	/** The kind of the content, or null when it is none of the accepted kinds (or an archive beyond the bounds). */
	public static Kind detect(byte[] content) {
		return examine(content).kind();
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
