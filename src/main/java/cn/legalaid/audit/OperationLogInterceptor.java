package cn.legalaid.audit;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Logs every state-changing request (POST, PUT, PATCH, DELETE) of the screens and the API: the action named by
 * {@link cn.legalaid.shared.Audited} (or method and route), the path, the result. A request whose change committed
 * already carries its entry (written in that transaction by {@link OperationLogTransactions}); this interceptor
 * writes the entry of a request that changed nothing (refused, failed, invalid) after it completes, and corrects
 * the committed entry where the request still ended otherwise. A form sent back with validation errors counts as
 * failed.
 */
class OperationLogInterceptor implements HandlerInterceptor {

	private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final String INVALID = OperationLogInterceptor.class.getName() + ".invalid";

	private final OperationLog log;

	OperationLogInterceptor(OperationLog log) {
		this.log = log;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (MUTATING.contains(request.getMethod()) && handler instanceof HandlerMethod method) {
			PendingOperation.start(request, method);
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView != null) {
			boolean invalid = modelAndView.getModel()
				.values()
				.stream()
				.anyMatch(v -> v instanceof BindingResult br && br.hasErrors())
					|| modelAndView.getModel().containsKey("error");
			if (invalid) {
				request.setAttribute(INVALID, Boolean.TRUE);
			}
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		PendingOperation pending = PendingOperation.of(request).orElse(null);
		if (pending == null) {
			return;
		}
		PendingOperation.finish(request);
		int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
		boolean invalid = Boolean.TRUE.equals(request.getAttribute(INVALID));
		boolean succeeded = ex == null && status < 400 && !invalid;
		String detail = ex != null ? ex.getClass().getSimpleName() : invalid ? "提交的数据未通过校验" : null;
		OperationLog.Entry entry = pending.entry(succeeded, status, detail);
		if (!pending.isLogged()) {
			log.recordForCurrentActor(entry);
		}
		else if (pending.differsFrom(succeeded, status)) {
			log.correct(pending.loggedId(), entry);
		}
	}
}
