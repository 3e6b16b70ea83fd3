package cn.legalaid.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Problem-detail bodies written by security filters, before any controller runs. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, int status, String title, String detail, String type)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json;charset=UTF-8");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
					+ ",\"detail\":\"" + detail + "\"}");
	}
}
