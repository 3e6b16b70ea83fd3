package cn.legalaid.portal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.files.FileContent;
import org.springframework.web.multipart.MultipartFile;

/**
 * Accepts PDF, JPEG and PNG files of at most 10 MB. The type is read from the file's first bytes (magic numbers),
 * never from its name or the browser's content type, so a renamed program is refused.
 */
final class MaterialFileCheck {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private MaterialFileCheck() {
	}

	/** The checked file, or a Chinese refusal naming the file and the field it came in. */
	static CheckedFile check(String field, ChecklistItem item, MultipartFile file) {
		String name = fileName(file.getOriginalFilename());
		if (file.getSize() > MAX_BYTES) {
			throw new BusinessRuleException(field, "文件“" + name + "”超过10MB，请压缩或分开上传");
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new BusinessRuleException(field, "文件“" + name + "”读取失败，请重新上传");
		}
		if (content.length == 0) {
			throw new BusinessRuleException(field, "文件“" + name + "”是空文件，请重新选择");
		}
		FileContent.Examination examined = FileContent.examine(content);
		if (examined.refusal() != null) {
			throw new BusinessRuleException(field, examined.refusalOf(name));
		}
		String type = contentType(examined.kind());
		if (type == null) {
			throw new BusinessRuleException(field, "文件“" + name + "”不是PDF、JPG或PNG格式，请上传扫描件或照片");
		}
		return new CheckedFile(item, name, type, content, sha256(content));
	}

	/** application/pdf, image/jpeg or image/png by content (shared {@link FileContent} check); null for anything else. */
	private static String contentType(FileContent.Kind kind) {
		return kind == FileContent.Kind.PDF || kind != null && kind.isImage() ? kind.mimeType() : null;
	}

	/** The last segment of the name the browser sent, without control characters, at most 120 characters. */
	static String fileName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
		if (name.isEmpty()) {
			name = "未命名文件";
		}
		return name.length() > 120 ? name.substring(name.length() - 120) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
