package cn.legalaid.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Screens every request before anything else reads it (Spring Security included, so also anonymous requests): the
 * Content-Type (parseable, a known charset, a multipart boundary), the query string (well-formed %-escapes in
 * UTF-8), every parameter and form field (no NUL or control characters, no longer than its column, numbers within
 * their column), and every uploaded part (file name without control characters, within the size limits). A refused
 * request never reaches a controller: it is answered 400/413/415 with a problem detail naming the field (a page for
 * the screens), see {@link RejectionResponses}.
 */
final class InputScreeningFilter extends OncePerRequestFilter {

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,400}(\\.\\d{0,400})?|\\.\\d{1,400})([eE][-+]?\\d{1,4})?");

	private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*([^;]*)");

	private static final int MAX_FILE_NAME = 255;

	private final ColumnLimits limits;

	private final RejectionResponses responses;

	private final String sizeLimits;

	InputScreeningFilter(ColumnLimits limits, RejectionResponses responses, String sizeLimits) {
		this.limits = limits;
		this.responses = responses;
		this.sizeLimits = sizeLimits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			screen(request);
		}
		catch (InvalidInputException ex) {
			responses.write(request, response, ex);
			return;
		}
		chain.doFilter(request, response);
	}

	private void screen(HttpServletRequest request) {
		// a request whose parts are already parsed (MockMvc's multipart requests) has no boundary to check
		MediaType contentType = contentType(request.getHeader("Content-Type"),
				!(request instanceof MultipartHttpServletRequest));
		List<InputError> errors = new ArrayList<>();
		screenQuery(request.getQueryString(), errors);
		refuseIfAny(errors);
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (InvalidFileNameException ex) {
			throw new InvalidInputException(HttpStatus.BAD_REQUEST, "filename",
					"上传文件的文件名不能包含空字符（NUL）：" + displayed(ex.getName()));
		}
		catch (RuntimeException ex) {
			throw unreadable(ex);
		}
		parameters.forEach((name, values) -> screenParameter(name, values, errors));
		if (contentType != null && MediaType.MULTIPART_FORM_DATA.includes(contentType)) {
			screenParts(request, errors);
		}
		refuseIfAny(errors);
	}

	private static void refuseIfAny(List<InputError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(HttpStatus.BAD_REQUEST, errors);
		}
	}

	private static MediaType contentType(String header, boolean needsBoundary) {
		if (header == null || header.isBlank()) {
			return null;
		}
		Matcher charset = CHARSET.matcher(header);
		if (charset.find() && !isKnownCharset(charset.group(1))) {
			throw new InvalidInputException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type",
					"请求头 Content-Type 中的字符集不受支持，请使用 UTF-8");
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(header);
		}
		catch (InvalidMediaTypeException ex) {
			throw new InvalidInputException(HttpStatus.BAD_REQUEST, "Content-Type", "请求头 Content-Type 的格式不正确");
		}
		if (type.isWildcardType() || type.isWildcardSubtype()) {
			throw new InvalidInputException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type",
					"请求头 Content-Type 须为具体的数据格式（如 application/json），不能含通配符 *");
		}
		if (needsBoundary && type.getType().equals("multipart")) {
			String boundary = type.getParameter("boundary");
			if (boundary == null || boundary.isEmpty() || boundary.length() > 72) {
				throw new InvalidInputException(HttpStatus.BAD_REQUEST, "Content-Type",
						"请求头 Content-Type 为 multipart 时须带有效的 boundary 参数");
			}
		}
		return type;
	}

	private static boolean isKnownCharset(String name) {
		try {
			return Charset.isSupported(name.replace("\"", "").strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The query string, decoded strictly: a malformed %-escape or invalid UTF-8 names its parameter. */
	private void screenQuery(String query, List<InputError> errors) {
		if (query == null || query.isEmpty()) {
			return;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String rawName = eq < 0 ? pair : pair.substring(0, eq);
			String name = strictlyDecoded(rawName);
			if (name == null) {
				errors.add(new InputError(displayed(rawName), "参数名的百分号编码（%xx）或 UTF-8 编码不正确"));
				continue;
			}
			if (eq >= 0 && strictlyDecoded(pair.substring(eq + 1)) == null) {
				errors.add(new InputError(displayed(name), "参数值的百分号编码（%xx）或 UTF-8 编码不正确"));
			}
		}
	}

	private void screenParameter(String name, String[] values, List<InputError> errors) {
		String field = displayed(name);
		String nameProblem = InputText.nameProblem(name);
		if (nameProblem != null) {
			errors.add(new InputError(field, "参数名" + nameProblem));
			return;
		}
		String input = inputName(name);
		for (String value : values) {
			String problem = InputText.problem(value);
			if (problem == null) {
				problem = limits.lengthProblem(input, value);
			}
			if (problem == null && value != null && NUMBER.matcher(value.strip()).matches()) {
				problem = limits.rangeProblem(input, new BigDecimal(value.strip()));
			}
			if (problem != null) {
				errors.add(new InputError(field, problem));
				return;
			}
		}
	}

	private void screenParts(HttpServletRequest request, List<InputError> errors) {
		try {
			for (Part part : request.getParts()) {
				String fileName = part.getSubmittedFileName();
				String problem = InputText.nameProblem(fileName);
				if (problem == null && fileName != null && fileName.length() > MAX_FILE_NAME) {
					problem = "不能超过" + MAX_FILE_NAME + "个字符";
				}
				if (problem != null) {
					errors.add(new InputError(displayed(part.getName()), "文件名" + problem));
				}
			}
		}
		catch (RuntimeException ex) {
			throw unreadable(ex);
		}
		catch (IOException | ServletException ex) {
			throw new InvalidInputException(HttpStatus.BAD_REQUEST, "body", "上传的表单（multipart）内容格式不正确");
		}
	}

	/** Tomcat could not read the parameters or parts: too large (413) or malformed (400). */
	private InvalidInputException unreadable(RuntimeException ex) {
		if (tooLarge(ex)) {
			return new InvalidInputException(HttpStatus.CONTENT_TOO_LARGE, "body", "提交的内容过大：" + sizeLimits);
		}
		return new InvalidInputException(HttpStatus.BAD_REQUEST, "body",
				"提交的表单内容格式不正确（百分号编码、字符编码或 multipart 分段有误）");
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof InvalidParameterException p && p.getErrorCode() == 413) {
				return true;
			}
			if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| t.getClass().getSimpleName().contains("SizeException")) {
				return true;
			}
		}
		return false;
	}

	/** {@code client.name}, {@code adverseParties[0].name} and {@code name} are all checked as {@code name}. */
	static String inputName(String parameter) {
		String plain = parameter.replaceAll("\\[[^\\]]*\\]", "");
		int dot = plain.lastIndexOf('.');
		return dot < 0 ? plain : plain.substring(dot + 1);
	}

	/** A name as it may be shown back: control characters written as \\uXXXX, at most 100 characters. */
	static String displayed(String name) {
		StringBuilder out = new StringBuilder();
		name.codePoints().limit(100).forEach(c -> {
			if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF)) {
				out.append(String.format("\\u%04x", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	/** The %-decoded text in UTF-8, or {@code null} when an escape or the UTF-8 is malformed. */
	static String strictlyDecoded(String raw) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return null;
				}
				int hi = Character.digit(raw.charAt(i + 1), 16);
				int lo = Character.digit(raw.charAt(i + 2), 16);
				if (hi < 0 || lo < 0) {
					return null;
				}
				bytes.write(hi * 16 + lo);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				int codePoint = raw.codePointAt(i);
				bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
				i += Character.charCount(codePoint) - 1;
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}
}
