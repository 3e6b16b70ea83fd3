package cn.legalaid.audit;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Logs every state-changing request (POST, PUT, PATCH, DELETE) of the screens and the API, every read named by
 * {@link cn.legalaid.shared.Audited} (views and exports of personal data), and every request refused access (outside
 * the data scope, not found, no permission; see {@link AccessRefusals}): the action named by {@code @Audited} (or
 * method and route), the path, the result. A request whose change committed
 * already carries its entry (written in that transaction by {@link OperationLogTransactions}); this interceptor
 * writes the entry of a request that changed nothing (refused, failed, invalid) after it completes, and corrects
 * the committed entry where the request still ended otherwise. A form sent back with validation errors, or an action
 * the rules refused (answered with the page and its {@code error} message, or a redirect carrying it), counts as
 * failed, with that message as its detail.
 */
class OperationLogInterceptor implements HandlerInterceptor {

	private static final String INVALID = OperationLogInterceptor.class.getName() + ".invalid";

	private static final String INVALID_DETAIL = "提交的数据未通过校验";

	private final OperationLog log;

	OperationLogInterceptor(OperationLog log) {
		this.log = log;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && PendingOperation.isLogged(request, method)) {
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
				.anyMatch(v -> v instanceof BindingResult br && br.hasErrors());
			String message = errorMessage(modelAndView.getModel()).orElse(null);
			if (message == null) {
				message = errorMessage(RequestContextUtils.getOutputFlashMap(request)).orElse(null);
			}
			if (invalid || message != null) {
				request.setAttribute(INVALID, message == null ? INVALID_DETAIL : message);
			}
		}
	}

	/**
	 * The message a screen answers a refused action with: the model's or the redirect's flash attribute
	 * {@code error}, or one named {@code ...Error} (the portal's forms), by the screens' convention.
	 */
	static Optional<String> errorMessage(Map<String, ?> attributes) {
		if (attributes == null) {
			return Optional.empty();
		}
		return attributes.entrySet()
			.stream()
			.filter(e -> e.getKey().equals("error") || e.getKey().endsWith("Error"))
			.map(Map.Entry::getValue)
			.filter(v -> v != null && !v.toString().isBlank())
			.map(Object::toString)
			.findFirst();
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		PendingOperation pending = PendingOperation.of(request).orElse(null);
		int status = ex == null || response.getStatus() >= 400 ? response.getStatus()
				: ex instanceof org.springframework.security.access.AccessDeniedException ? 403 : 500;
		String refusal = status >= 400 ? AccessRefusals.of(request, ex).orElse(null) : null;
		if (pending == null) {
			if (refusal != null && handler instanceof HandlerMethod method) {
				log.recordForCurrentActor(PendingOperation.describe(request, method).refusedEntry(status, refusal));
			}
			return;
		}
		PendingOperation.finish(request);
		String invalid = (String) request.getAttribute(INVALID);
		boolean succeeded = ex == null && status < 400 && invalid == null;
		String detail = ex != null ? ex.getClass().getSimpleName() : invalid;
		OperationLog.Entry entry = refusal != null ? pending.refusedEntry(status, refusal)
				: pending.entry(succeeded, status, detail);
		if (!pending.isLogged()) {
			log.recordForCurrentActor(entry);
		}
		else if (pending.differsFrom(succeeded, status)) {
			log.correct(pending.loggedId(), entry);
		}
	}
}
