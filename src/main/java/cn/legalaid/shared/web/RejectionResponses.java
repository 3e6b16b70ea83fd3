package cn.legalaid.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a refusal from a filter, before any controller: a problem detail (RFC 9457) for the API, a plain Chinese
 * page for the screens and the portal, each naming the refused fields.
 */
final class RejectionResponses {

	private final JsonMapper json;

	RejectionResponses(JsonMapper json) {
		this.json = json;
	}

	static String title(HttpStatus status) {
		return switch (status.value()) {
			case 413 -> "提交的内容过大";
			case 415 -> "不支持的数据格式";
			default -> "数据校验失败";
		};
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	void write(HttpServletRequest request, HttpServletResponse response, InvalidInputException ex) throws IOException {
		response.resetBuffer();
		response.setStatus(ex.status().value());
		response.setCharacterEncoding("UTF-8");
		if (ex.status() == HttpStatus.CONTENT_TOO_LARGE) {
			response.setHeader("Connection", "close");
		}
		if (isApi(request)) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "/problems/" + (ex.status() == HttpStatus.BAD_REQUEST ? "validation" : "invalid-request"));
			problem.put("title", title(ex.status()));
			problem.put("status", ex.status().value());
			problem.put("detail", ex.getMessage());
			problem.put("instance", request.getRequestURI());
			problem.put("errors", InputError.asProperty(ex.errors()));
			response.setContentType("application/problem+json;charset=UTF-8");
			response.getWriter().write(json.writeValueAsString(problem));
			return;
		}
		StringBuilder items = new StringBuilder();
		for (InputError e : ex.errors()) {
			items.append("<li><code>").append(HtmlUtils.htmlEscape(e.field())).append("</code>：")
				.append(HtmlUtils.htmlEscape(e.message())).append("</li>");
		}
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("""
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%d %s</title></head>
				<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">
				<main><h1>%d %s</h1><p id="input-error">提交的内容未被接受，请返回修改后重新提交：</p><ul>%s</ul>
				<p><a href="javascript:history.back()">返回上一页</a></p></main></body></html>
				""".formatted(ex.status().value(), title(ex.status()), ex.status().value(), title(ex.status()), items));
	}
}
