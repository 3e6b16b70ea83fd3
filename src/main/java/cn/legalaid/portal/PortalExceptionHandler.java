package cn.legalaid.portal;

import cn.legalaid.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import cn.legalaid.shared.web.InputErrorPages;
import cn.legalaid.shared.web.InvalidInputException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Error pages of the portal in its own public layout: too many requests (429), not found, conflicting change, and
 * input refused (400/413, naming the fields).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(basePackageClasses = PortalExceptionHandler.class)
class PortalExceptionHandler {

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

	@ExceptionHandler({ InvalidInputException.class, HttpMessageNotReadableException.class,
			TypeMismatchException.class, MissingServletRequestParameterException.class,
			MissingServletRequestPartException.class, MultipartException.class })
	String invalidInput(Exception ex, Model model, HttpServletResponse response) {
		return InputErrorPages.render(ex, model, response, "portal/error");
	}

	@ExceptionHandler(DataAccessException.class)
	String refusedByDatabase(DataAccessException ex, Model model, HttpServletResponse response) {
		return InputErrorPages.renderRefusedByDatabase(ex, model, response, "portal/error");
	}

	private static String page(Model model, int status, String message) {
		model.addAttribute("status", status);
		model.addAttribute("message", message);
		return "portal/error";
	}
}
