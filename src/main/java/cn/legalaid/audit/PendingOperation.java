package cn.legalaid.audit;

import java.util.Optional;
import java.util.Set;

import cn.legalaid.shared.Audited;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The operation-log entry of a request being handled that is always logged — a state-changing one, or a read
 * named by {@link Audited} (a view or export of personal data): what it is (action, method, path, address) from
 * the start, and whether it has already been written, by the first transaction of the request that commits a change
 * (see {@link OperationLogTransactions}), so that the interceptor writes it only where no change committed.
 */
final class PendingOperation {

	private static final String ATTRIBUTE = PendingOperation.class.getName();

	private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final String action;

	private final String httpMethod;

	private final String target;

	private final String clientIp;

	private final int expectedStatus;

	private final long startedNanos = System.nanoTime();

	/** The entry written with the request's committed change (a success with the expected status), if any. */
	private Long loggedId;

	private PendingOperation(String action, String httpMethod, String target, String clientIp, int expectedStatus) {
		this.action = action;
		this.httpMethod = httpMethod;
		this.target = target;
		this.clientIp = clientIp;
		this.expectedStatus = expectedStatus;
	}

	/** Starts the entry of a request handled by a controller method and keeps it with the request. */
	static void start(HttpServletRequest request, HandlerMethod handler) {
		request.setAttribute(ATTRIBUTE, describe(request, handler));
	}

	/** The entry of a request handled by a controller method, not kept (for a read that turns out refused). */
	static PendingOperation describe(HttpServletRequest request, HandlerMethod handler) {
		Audited audited = handler.getMethodAnnotation(Audited.class);
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String action = audited != null ? audited.value()
				: request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
		ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
		return new PendingOperation(action, request.getMethod(), request.getRequestURI(), request.getRemoteAddr(),
				status != null ? status.code().value() : 200);
	}

	/** Whether a controller method is always logged: it changes state, or it is named by {@link Audited}. */
	static boolean isLogged(HttpServletRequest request, HandlerMethod handler) {
		return MUTATING.contains(request.getMethod()) || handler.hasMethodAnnotation(Audited.class);
	}

	/** The request is answered: later transactions of its thread (e.g. saving the session) carry no entry. */
	static void finish(HttpServletRequest request) {
		request.removeAttribute(ATTRIBUTE);
	}

	static Optional<PendingOperation> of(HttpServletRequest request) {
		return Optional.ofNullable((PendingOperation) request.getAttribute(ATTRIBUTE));
	}

	/** The entry of the request this thread is handling, if it is a state-changing one. */
	static Optional<PendingOperation> ofCurrentRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes == null ? Optional.empty()
				: Optional.ofNullable((PendingOperation) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
	}

	/** The entry as it reads now; the duration runs from the start of the request until now. */
	OperationLog.Entry entry(boolean succeeded, int status, String detail) {
		int durationMs = (int) ((System.nanoTime() - startedNanos) / 1_000_000);
		return new OperationLog.Entry(action, httpMethod, target, succeeded, status, detail, clientIp, durationMs);
	}

	/** The entry of a request refused access; its action says so ("拒绝访问：…"), and its detail why. */
	OperationLog.Entry refusedEntry(int status, String detail) {
		int durationMs = (int) ((System.nanoTime() - startedNanos) / 1_000_000);
		return new OperationLog.Entry("拒绝访问：" + action, httpMethod, target, false, status, detail, clientIp,
				durationMs, true);
	}

	/** The entry of a change that is about to commit: a success with the status the handler declares. */
	OperationLog.Entry committingEntry() {
		return entry(true, expectedStatus, null);
	}

	boolean isLogged() {
		return loggedId != null;
	}

	void logged(long id) {
		loggedId = id;
	}

	/** The transaction that wrote the entry did not commit after all: the entry is not written. */
	void notLogged() {
		loggedId = null;
	}

	Long loggedId() {
		return loggedId;
	}

	/** Whether the written entry says otherwise than the request's outcome (failed later, or another status). */
	boolean differsFrom(boolean succeeded, int status) {
		return !succeeded || status != expectedStatus;
	}
}
