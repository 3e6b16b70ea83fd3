package cn.legalaid.identity;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides a handler's {@code @PreAuthorize} permission before Spring MVC binds and validates the request, so a caller
 * without the permission gets 403 whatever the body holds, instead of learning from a 400 which fields the action
 * takes. Method security still checks the same annotation when the method runs; this only moves the first decision
 * ahead of argument binding. The platform's expressions name authorities only (never method arguments), which is
 * what makes deciding without the arguments sound.
 */
class PermissionFirstInterceptor implements HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager permissions = new PreAuthorizeAuthorizationManager();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			AuthorizationResult result = permissions.authorize(
					() -> SecurityContextHolder.getContext().getAuthentication(), new UnboundInvocation(method));
			if (result != null && !result.isGranted()) {
				throw new AuthorizationDeniedException("无权执行此操作", result);
			}
		}
		return true;
	}

	/** The handler method as a method invocation whose arguments are not bound yet. */
	private record UnboundInvocation(HandlerMethod handler) implements MethodInvocation {

		@Override
		public Method getMethod() {
			return handler.getMethod();
		}

		@Override
		public Object[] getArguments() {
			return new Object[handler.getMethodParameters().length];
		}

		@Override
		public Object proceed() {
			throw new UnsupportedOperationException("only decides the permission");
		}

		@Override
		public Object getThis() {
			return handler.getBean() instanceof String ? null : handler.getBean();
		}

		@Override
		public AccessibleObject getStaticPart() {
			return handler.getMethod();
		}
	}
}
