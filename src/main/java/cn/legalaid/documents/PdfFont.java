package cn.legalaid.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

/**
 * The Chinese font every PDF embeds: Noto Sans SC Regular (SIL Open Font License 1.1, {@code fonts/OFL.txt}),
 * shipped with the project so that PDFs look the same on a bare server without system fonts. Only the glyphs used
 * are embedded (subset).
 */
final class PdfFont {

	static final String FAMILY = "Noto Sans SC";

	static final String RESOURCE = "fonts/NotoSansSC-Regular.ttf";

	private static volatile byte[] bytes;

	private PdfFont() {
	}

	static InputStream open() {
		return new ByteArrayInputStream(bytes());
	}

	private static byte[] bytes() {
		byte[] b = bytes;
		if (b == null) {
			synchronized (PdfFont.class) {
				if (bytes == null) {
					try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
						bytes = in.readAllBytes();
					}
					catch (IOException ex) {
						throw new UncheckedIOException("font " + RESOURCE + " missing", ex);
					}
				}
				b = bytes;
			}
		}
		return b;
	}
}
