package cn.legalaid.shared.files;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import cn.legalaid.shared.files.FileContent.Examination;
import cn.legalaid.shared.files.FileContent.Kind;

/**
 * Tells a Word or Excel document (Office Open XML) from any other ZIP by its central directory, before anything is
 * inflated: the entry count, each entry's declared sizes and compression ratio and the totals are checked against
 * bounds first (a "ZIP bomb" is refused from its directory alone); only then is {@code [Content_Types].xml} read,
 * through a bound, to find the document's main part. Every other entry stays compressed.
 */
final class OfficeOpenXml {

	static final int MAX_ENTRIES = 2000;

	static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

	static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

	/** Largest uncompressed/compressed ratio, of one entry and of the whole archive (the same bound as POI's). */
	static final long MAX_RATIO = 100;

	/** Ratios are checked only past this size: a few kilobytes of repetitive XML may well compress better. */
	static final long RATIO_CHECKED_FROM = 1024L * 1024;

	static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private OfficeOpenXml() {
	}

	static Examination examine(byte[] zip) {
		try {
			ZipDirectory directory = ZipDirectory.of(zip, MAX_ENTRIES);
			String refusal = refusal(directory.entries(), zip.length);
			if (refusal != null) {
				return Examination.refused(refusal);
			}
			return kind(directory);
		}
		catch (ZipDirectory.TooManyEntries ex) {
			return Examination.refused("包含" + ex.count + "个压缩条目，超过" + MAX_ENTRIES + "个的上限，不予接收");
		}
		catch (ZipDirectory.Malformed ex) {
			return Examination.UNKNOWN;
		}
	}

	/** Why the directory alone is enough to refuse the archive, or null. */
	private static String refusal(List<ZipDirectory.Entry> entries, long archiveBytes) {
		long total = 0;
		long totalCompressed = 0;
		for (ZipDirectory.Entry e : entries) {
			if (e.encrypted()) {
				return "已加密，请去除密码后再上传";
			}
			if (e.method() != ZipDirectory.STORED && e.method() != ZipDirectory.DEFLATED) {
				return "使用了不支持的压缩方式，请用Word或Excel重新保存后上传";
			}
			if (!sizesPossible(e)) {
				return "声明的大小与实际内容不符，文件可能被篡改，不予接收";
			}
			if (e.size() > MAX_ENTRY_BYTES) {
				return "解压后单项达" + bytes(e.size()) + "，超过" + bytes(MAX_ENTRY_BYTES) + "的上限，疑似压缩炸弹，不予接收";
			}
			if (ratioTooHigh(e.size(), e.compressedSize())) {
				return "压缩比达" + e.size() / Math.max(1, e.compressedSize()) + "倍，超过" + MAX_RATIO
						+ "倍的上限，疑似压缩炸弹，不予接收";
			}
			total += e.size();
			totalCompressed += e.compressedSize();
		}
		if (totalCompressed > archiveBytes) {
			return "声明的大小与实际内容不符，文件可能被篡改，不予接收";
		}
		if (total > MAX_TOTAL_BYTES) {
			return "解压后合计达" + bytes(total) + "，超过" + bytes(MAX_TOTAL_BYTES) + "的上限，疑似压缩炸弹，不予接收";
		}
		if (ratioTooHigh(total, totalCompressed)) {
			return "压缩比达" + total / Math.max(1, totalCompressed) + "倍，超过" + MAX_RATIO + "倍的上限，疑似压缩炸弹，不予接收";
		}
		return null;
	}

	/** Stored data keeps its size; deflate never grows data by more than a few bytes per block. */
	private static boolean sizesPossible(ZipDirectory.Entry e) {
		return e.method() == ZipDirectory.STORED ? e.compressedSize() == e.size()
				: e.compressedSize() <= e.size() + e.size() / 100 + 1024;
	}

	private static boolean ratioTooHigh(long size, long compressed) {
		return size > RATIO_CHECKED_FROM && size > compressed * MAX_RATIO;
	}

	private static Examination kind(ZipDirectory directory) throws ZipDirectory.Malformed {
		ZipDirectory.Entry contentTypes = null;
		boolean word = false;
		boolean excel = false;
		for (ZipDirectory.Entry e : directory.entries()) {
			contentTypes = e.name().equals(CONTENT_TYPES) ? e : contentTypes;
			word |= e.name().startsWith("word/");
			excel |= e.name().startsWith("xl/");
		}
		if (contentTypes == null || !(word || excel)) {
			return Examination.UNKNOWN;
		}
		if (contentTypes.size() > MAX_CONTENT_TYPES_BYTES) {
			return Examination.refused("的内容类型清单（" + CONTENT_TYPES + "）超过" + bytes(MAX_CONTENT_TYPES_BYTES) + "，不予接收");
		}
		byte[] types = directory.read(contentTypes, MAX_CONTENT_TYPES_BYTES);
		if (types == null) {
			return Examination.refused("声明的大小与实际内容不符，文件可能被篡改，不予接收");
		}
		String text = new String(types, StandardCharsets.UTF_8);
		if (word && text.contains(WORD_MAIN)) {
			return Examination.of(Kind.DOCX);
		}
		if (excel && text.contains(EXCEL_MAIN)) {
			return Examination.of(Kind.XLSX);
		}
		if (text.toLowerCase(Locale.ROOT).contains("macroenabled")) {
			return Examination.refused("是含宏的文档，请另存为不含宏的.docx或.xlsx后上传");
		}
		return Examination.UNKNOWN;
	}

	private static String bytes(long n) {
		return n >= 1024L * 1024 * 1024 ? String.format(Locale.ROOT, "%.1fGB", n / (1024.0 * 1024 * 1024))
				: Math.max(1, n / (1024 * 1024)) + "MB";
	}
}
