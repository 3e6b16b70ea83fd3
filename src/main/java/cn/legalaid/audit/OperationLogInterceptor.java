package cn.legalaid.audit;

import java.util.Set;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Logs every state-changing request (POST, PUT, PATCH, DELETE) of the screens and the API after it completes:
 * the action named by {@link Audited} (or method and route), the path, the result. A form sent back with
 * validation errors counts as failed.
 */
class OperationLogInterceptor implements HandlerInterceptor {

	private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final String STARTED = OperationLogInterceptor.class.getName() + ".started";

	private static final String INVALID = OperationLogInterceptor.class.getName() + ".invalid";

	private final OperationLog log;

	OperationLogInterceptor(OperationLog log) {
		this.log = log;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute(STARTED, System.nanoTime());
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
		if (!MUTATING.contains(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
			return;
		}
		Audited audited = method.getMethodAnnotation(Audited.class);
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String action = audited != null ? audited.value() : request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
		int status = response.getStatus();
		boolean invalid = Boolean.TRUE.equals(request.getAttribute(INVALID));
		boolean succeeded = ex == null && status < 400 && !invalid;
		String detail = ex != null ? ex.getClass().getSimpleName() : invalid ? "提交的数据未通过校验" : null;
		Long started = (Long) request.getAttribute(STARTED);
		Integer duration = started == null ? null : (int) ((System.nanoTime() - started) / 1_000_000);
		Actor actor = CurrentActor.find().orElse(null);
		log.record(actor, actor == null ? null : actor.dataScope().unitPath(), null,
				new OperationLog.Entry(action, request.getMethod(), request.getRequestURI(), succeeded,
						ex != null && status < 400 ? 500 : status, detail, request.getRemoteAddr(), duration));
	}
}
