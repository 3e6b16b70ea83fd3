package cn.legalaid.shared.web;

import cn.legalaid.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Error pages of the screens: not found (also outside one's data scope), conflicting edits, and input refused
 * before or by the database (a 4xx page naming the fields, never a 500).
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class UiExceptionHandler extends InputErrorPages {

	@Override
	protected String errorView() {
		return "error/page";
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, Model model, HttpServletResponse response) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("message", ex.getMessage());
		return "error/page";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String conflict(Model model, HttpServletResponse response) {
		response.setStatus(409);
		model.addAttribute("status", 409);
		model.addAttribute("message", "数据已被他人修改，请刷新页面后重新编辑");
		return "error/page";
	}
}
