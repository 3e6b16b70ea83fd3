package cn.legalaid.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders a document: the Thymeleaf template (XHTML, Spring EL expressions; Thymeleaf 3.1 refuses static type
 * references such as {@code T(java.lang.Runtime)} in them) is filled with the case's values, then laid out to PDF by
 * openhtmltopdf with the project's embedded Chinese font. A template that does not render fails with
 * {@link TemplateProblem} so the template screen can say why.
 */
@Component
class DocumentRenderer {

	/** Why a template could not be rendered. */
	static class TemplateProblem extends RuntimeException {

		TemplateProblem(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private final SpringTemplateEngine engine;

	DocumentRenderer() {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCacheable(false);
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateResolver(resolver);
	}

	byte[] render(String template, Map<String, Object> values) {
		String html;
		try {
			html = engine.process(template, new Context(java.util.Locale.SIMPLIFIED_CHINESE, values));
		}
		catch (RuntimeException ex) {
			throw new TemplateProblem("模板填充失败：" + rootMessage(ex), ex);
		}
		return toPdf(html);
	}

	/**
	 * The page, letterhead and table styles every document shares ({@code documents/document.css}); they come first in
	 * the head, so a template's own {@code <style>} (an administrator's edit) still overrides them.
	 */
	private static final String BASE_STYLE = "<style>\n" + readBaseStyle() + "</style>\n";

	private static String readBaseStyle() {
		try (java.io.InputStream in = DocumentRenderer.class.getResourceAsStream("/documents/document.css")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException | NullPointerException ex) {
			throw new IllegalStateException("缺少文书样式 documents/document.css", ex);
		}
	}

	static String withBaseStyle(String html) {
		int head = html.indexOf("<head>");
		return head < 0 ? html : html.substring(0, head + 6) + "\n" + BASE_STYLE + html.substring(head + 6);
	}

	static byte[] toPdf(String html) {
		html = withBaseStyle(html);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(PdfFont::open, PdfFont.FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(PdfFont::open, PdfFont.FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			throw new TemplateProblem("版式生成失败（模板须为格式正确的XHTML）：" + rootMessage(ex), ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}
}
