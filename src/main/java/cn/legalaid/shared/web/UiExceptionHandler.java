package cn.legalaid.shared.web;

import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.StateConflictException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Error pages of the screens: not found (also outside one's data scope), a business rule's refusal, conflicting
 * edits, and input refused
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

	/**
	 * A rule that refuses what a screen asked for and that the screen did not answer itself (e.g. exporting the whole
	 * file of a case not yet archived): the rule's message on a 422 page (409 for a state conflict), never a 500.
	 */
	@ExceptionHandler(BusinessRuleException.class)
	String businessRule(BusinessRuleException ex, Model model, HttpServletResponse response) {
		int status = ex instanceof StateConflictException ? 409 : 422;
		response.setStatus(status);
		model.addAttribute("status", status);
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
