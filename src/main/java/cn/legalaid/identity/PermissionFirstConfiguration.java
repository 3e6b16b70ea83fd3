package cn.legalaid.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link PermissionFirstInterceptor} last, so the operation log has seen the request it refuses. */
@Configuration(proxyBeanMethods = false)
class PermissionFirstConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PermissionFirstInterceptor()).order(Ordered.LOWEST_PRECEDENCE);
	}
}
