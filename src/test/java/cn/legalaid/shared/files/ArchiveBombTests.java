package cn.legalaid.shared.files;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import cn.legalaid.shared.files.FileContent.Examination;
import cn.legalaid.shared.files.FileContent.Kind;
import cn.legalaid.support.OfficeFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ZIP bombs are refused from the central directory, at a cost that does not grow with what the archive claims to
 * hold (CPU time of this thread, well under a second); real Word and Excel documents are still recognised.
 */
class ArchiveBombTests {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Test
	void aWordShapedBombOfThreeGibibytesIsRefusedFromItsDirectoryInWellUnderASecondOfCpu() {
		byte[] bomb = OfficeFiles.bomb(3 * 1024);
		Examination examined = timed("3 GiB bomb in " + bomb.length / 1024 + " KiB", () -> FileContent.examine(bomb));
		assertThat(examined.kind()).isNull();
		assertThat(examined.refusalOf("合同.docx")).startsWith("文件“合同.docx”解压后单项达3.0GB，超过256MB的上限")
			.contains("疑似压缩炸弹，不予接收");
		assertThat(FileContent.detect(bomb)).isNull();
	}

	@Test
	void aBombOfModestSizeIsRefusedByItsRatio() {
		byte[] bomb = OfficeFiles.bomb(200);
		Examination examined = timed("200 MiB bomb", () -> FileContent.examine(bomb));
		assertThat(examined.refusal()).startsWith("压缩比达").contains("超过100倍的上限");
	}

	@Test
	void contentTypesThatLieAboutTheirSizeAreReadOnlyUpToTheDeclaredBound() {
		byte[] lying = OfficeFiles.lyingBomb(3 * 1024);
		Examination examined = timed("content types declaring 300 B, holding 3 GiB", () -> FileContent.examine(lying));
		assertThat(examined.kind()).isNull();
		assertThat(examined.refusal()).isEqualTo("声明的大小与实际内容不符，文件可能被篡改，不予接收");
	}

	@Test
	void tooManyEntriesAreRefusedBeforeAnyIsRead() {
		byte[] many = OfficeFiles.manyEntries(5000);
		Examination examined = timed("5000 entries", () -> FileContent.examine(many));
		assertThat(examined.refusal()).isEqualTo("包含5000个压缩条目，超过2000个的上限，不予接收");
	}

	@Test
	void theEntryCountOfAZip64DirectoryIsReadFromItsZip64Record() throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			for (int i = 0; i < 70_000; i++) { // beyond 65,535 entries ZipOutputStream writes the ZIP64 end records
				zip.putNextEntry(new java.util.zip.ZipEntry("xl/p" + i));
				zip.closeEntry();
			}
		}
		byte[] zip64 = out.toByteArray();
		Examination examined = timed("70000 entries, ZIP64", () -> FileContent.examine(zip64));
		assertThat(examined.refusal()).isEqualTo("包含70000个压缩条目，超过2000个的上限，不予接收");
	}

	@Test
	void realWordAndExcelDocumentsAreStillRecognised() {
		assertThat(FileContent.examine(OfficeFiles.docx("委托协议")).kind()).isEqualTo(Kind.DOCX);
		assertThat(FileContent.examine(OfficeFiles.minimalDocx()).kind()).isEqualTo(Kind.DOCX);
		assertThat(FileContent.examine(OfficeFiles.xlsx("姓名")).kind()).isEqualTo(Kind.XLSX);
		assertThat(FileContent.examine(OfficeFiles.docx("x")).refusal()).isNull();
	}

	@Test
	void aMacroEnabledDocumentATruncatedOneOrAPlainZipIsNoOfficeDocument() {
		byte[] docm = OfficeFiles.zip(OfficeFiles.WORD_CONTENT_TYPES.replace(
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
				"application/vnd.ms-word.document.macroEnabled.main+xml"), "word/document.xml");
		assertThat(FileContent.examine(docm).refusal()).isEqualTo("是含宏的文档，请另存为不含宏的.docx或.xlsx后上传");
		assertThat(FileContent.examine(OfficeFiles.zip(OfficeFiles.WORD_CONTENT_TYPES, "run.exe")))
			.isEqualTo(new Examination(null, null));
		byte[] docx = OfficeFiles.docx("截断");
		assertThat(FileContent.examine(Arrays.copyOf(docx, docx.length / 2))).isEqualTo(new Examination(null, null));
	}

	/** Runs the check, prints and bounds the CPU time it took on this thread. */
	private static Examination timed(String what, Supplier<Examination> check) {
		long before = THREADS.getCurrentThreadCpuTime();
		Examination examined = check.get();
		long cpuNanos = THREADS.getCurrentThreadCpuTime() - before;
		System.out.printf(Locale.ROOT, "archive check: %s -> %s in %.1f ms CPU%n", what,
				examined.refusal() == null ? examined.kind() : examined.refusal(), cpuNanos / 1e6);
		assertThat(cpuNanos).as("CPU time of the check, ns").isLessThan(1_000_000_000L);
		return examined;
	}
}
