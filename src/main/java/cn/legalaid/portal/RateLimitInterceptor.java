package cn.legalaid.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every portal request counts against its client address. The address is the one the servlet request reports,
 * i.e. X-Forwarded-For only as far as {@code server.forward-headers-strategy} lets Spring apply it.
 */
@Component
class RateLimitInterceptor implements HandlerInterceptor {

	private final RateLimiter limiter;

	private final PortalLimits limits;

	RateLimitInterceptor(RateLimiter limiter, PortalLimits limits) {
		this.limiter = limiter;
		this.limits = limits;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		limiter.hit("page:ip:" + request.getRemoteAddr(), limits.pagesPerMinutePerIp(), PortalLimits.MINUTE);
		return true;
	}
}
