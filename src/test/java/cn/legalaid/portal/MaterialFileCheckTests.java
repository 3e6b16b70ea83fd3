package cn.legalaid.portal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.support.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The type of an upload comes from its first bytes, never from its name or the browser's content type. */
class MaterialFileCheckTests {

	@Test
	void recognisesPdfJpegAndPngByTheirMagicNumbers() {
		assertThat(check("a.bin", "application/octet-stream", PortalTestSupport.pdf("x")).contentType()).isEqualTo("application/pdf");
		assertThat(check("photo", "text/plain", PortalTestSupport.jpeg()).contentType()).isEqualTo("image/jpeg");
		CheckedFile png = check("scan.pdf", "application/pdf", PortalTestSupport.png());
		assertThat(png.contentType()).isEqualTo("image/png");
		assertThat(png.sha256()).hasSize(64);
		assertThat(png.materialName()).isEqualTo("证据材料：scan.pdf");
	}

	@Test
	void refusesProgramsTextEmptyAndOversizedFilesInChinese() {
		assertThatThrownBy(() -> check("合同.pdf", "application/pdf", PortalTestSupport.windowsProgram()))
			.isInstanceOf(BusinessRuleException.class).hasMessage("文件“合同.pdf”不是PDF、JPG或PNG格式，请上传扫描件或照片");
		assertThatThrownBy(() -> check("说明.png", "image/png", "<?php echo 1; ?>".getBytes()))
			.hasMessageContaining("不是PDF、JPG或PNG格式");
		assertThatThrownBy(() -> check("空.pdf", "application/pdf", new byte[0])).hasMessageContaining("是空文件");
		byte[] large = new byte[(int) MaterialFileCheck.MAX_BYTES + 1];
		System.arraycopy(PortalTestSupport.pdf("x"), 0, large, 0, 5);
		assertThatThrownBy(() -> check("大.pdf", "application/pdf", large)).hasMessageContaining("超过10MB");
		byte[] exactly = new byte[(int) MaterialFileCheck.MAX_BYTES];
		System.arraycopy(PortalTestSupport.pdf("x"), 0, exactly, 0, 5);
		assertThat(check("正好.pdf", "application/pdf", exactly).size()).isEqualTo(MaterialFileCheck.MAX_BYTES);
	}

	@Test
	void aWordShapedZipBombIsRefusedInWellUnderASecondOfCpu() {
		byte[] bomb = OfficeFiles.bomb(3 * 1024);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadCpuTime();
		assertThatThrownBy(() -> check("合同.docx", "application/pdf", bomb)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("文件“合同.docx”解压后单项达3.0GB，超过256MB的上限，疑似压缩炸弹，不予接收");
		long cpuNanos = threads.getCurrentThreadCpuTime() - before;
		System.out.printf(java.util.Locale.ROOT, "portal check of a 3 GiB bomb (%d KiB): refused in %.1f ms CPU%n",
				bomb.length / 1024, cpuNanos / 1e6);
		assertThat(cpuNanos).isLessThan(1_000_000_000L);
	}

	@Test
	void keepsOnlyTheLastSegmentOfTheFileName() {
		assertThat(MaterialFileCheck.fileName("C:\\Users\\王\\身份证.jpg")).isEqualTo("身份证.jpg");
		assertThat(MaterialFileCheck.fileName("../../etc/passwd\u0000.png")).isEqualTo("passwd.png");
		assertThat(MaterialFileCheck.fileName("")).isEqualTo("未命名文件");
	}

	private static CheckedFile check(String name, String type, byte[] content) {
		return MaterialFileCheck.check("evidence", ChecklistItem.EVIDENCE, new MockMultipartFile("evidence", name, type, content));
	}
}
