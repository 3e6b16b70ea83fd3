package cn.legalaid.portal;

import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.web.InputErrorPages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Error pages of the portal in its own public layout: too many requests (429), not found, conflicting change, and
 * input refused (400/413, naming the fields).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(basePackageClasses = PortalExceptionHandler.class)
class PortalExceptionHandler extends InputErrorPages {

	@Override
	protected String errorView() {
		return "portal/error";
	}

	@ExceptionHandler(TooManyRequestsException.class)
	String tooMany(TooManyRequestsException ex, Model model, HttpServletResponse response) {
		response.setStatus(429);
		response.setHeader("Retry-After", "60");
		return page(model, 429, ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, Model model, HttpServletResponse response) {
		response.setStatus(404);
		return page(model, 404, ex.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String conflict(Model model, HttpServletResponse response) {
		response.setStatus(409);
		return page(model, 409, "您的申请刚刚有了新的办理进展，请返回进度页面刷新后再操作");
	}

	private static String page(Model model, int status, String message) {
		model.addAttribute("status", status);
		model.addAttribute("message", message);
		return "portal/error";
	}
}
