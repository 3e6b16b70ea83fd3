package cn.legalaid.audit;

import java.util.Optional;

import cn.legalaid.shared.AccessRefusal;
import cn.legalaid.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Notes the exception a controller raised before the exception handlers turn it into a response (it resolves
 * nothing itself), so that the operation log can tell a refused access from other failures: outside the data scope
 * ({@link AccessRefusal}), not found (which, by design, may also mean outside the scope), or without the permission.
 * What the log says is the refusal's reason or the Chinese message the caller saw — never personal data.
 */
final class AccessRefusals implements HandlerExceptionResolver, Ordered {

	private static final String ATTRIBUTE = AccessRefusals.class.getName();

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		request.setAttribute(ATTRIBUTE, ex);
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** Why the request was refused access, if it was: from the exception it raised (handled or not). */
	static Optional<String> of(HttpServletRequest request, Exception unhandled) {
		Object raised = unhandled != null ? unhandled : request.getAttribute(ATTRIBUTE);
		if (raised instanceof AccessRefusal refusal) {
			return Optional.of("超出数据范围：" + refusal.refusalReason());
		}
		if (raised instanceof NotFoundException notFound) {
			return Optional.of("未找到（不存在或不在数据范围内）：" + notFound.getMessage());
		}
		if (raised instanceof AccessDeniedException) {
			return Optional.of("无权限：缺少执行此操作所需的权限");
		}
		return Optional.empty();
	}
}
