package cn.legalaid.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;


/**
 * Validation at the edge, for every module: the request filter over parameters, form fields and uploads, and the
 * JSON checks over every string, number and list element of a body (a {@code null} inside a list is refused).
 */
@Configuration(proxyBeanMethods = false)
class InputValidationConfiguration {

	@Bean
	FilterRegistrationBean<InputScreeningFilter> inputScreeningFilter(ColumnLimits limits,
			ObjectProvider<JsonMapper> json, ObjectProvider<MultipartConfigElement> multipart) {
		MultipartConfigElement config = multipart.getIfAvailable();
		String sizes = config == null ? "请减小上传内容"
				: "单个文件不能超过" + megabytes(config.getMaxFileSize()) + "，整个请求不能超过"
						+ megabytes(config.getMaxRequestSize());
		FilterRegistrationBean<InputScreeningFilter> registration = new FilterRegistrationBean<>(
				new InputScreeningFilter(limits, new RejectionResponses(json.getObject()), sizes));
		// after the character-encoding filter, before Spring Security (-100), so anonymous requests are screened too
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Request bodies are read by a copy of the application's JSON mapper with the edge checks; the mapper itself
	 * (events, stored JSON) stays as it was. Ordered after Spring Boot's own JSON converter customizer (order 0),
	 * whose converter this one replaces.
	 */
	@Bean
	@Order(1)
	ServerHttpMessageConvertersCustomizer jsonBodiesCheckedAtTheEdge(ColumnLimits limits, JsonMapper json) {
		JsonMapper checked = json.rebuild()
			.addModule(new JsonInputChecks(limits))
			.changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL))
			.build();
		return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(checked));
	}

	static String megabytes(long bytes) {
		return bytes < 0 ? "不限" : (bytes / (1024 * 1024)) + "MB";
	}

}
