package cn.legalaid.portal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the portal's rate limit in front of every {@code /portal/**} request. */
@Configuration
class PortalWebConfiguration implements WebMvcConfigurer {

	private final RateLimitInterceptor rateLimit;

	PortalWebConfiguration(RateLimitInterceptor rateLimit) {
		this.rateLimit = rateLimit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(rateLimit).addPathPatterns("/portal", "/portal/**");
	}
}
